// SPDX-License-Identifier: GPL-3.0-or-later
#include "playtargets.h"

#include "cards/cardpage.h"
#include "cards/cardspanel.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"

#include <QAbstractButton>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTreeWidget>

namespace nwk {

namespace {

template <class T> qint64 atMsById(const SharedVector<T> &items, const QString &id)
{
    for (const T &item : items)
        if (item.id == id)
            return item.atMs;
    return -1;
}

template <class T> T *ancestor(QObject *object)
{
    for (QObject *o = object; o; o = o->parent())
        if (auto *t = qobject_cast<T *>(o))
            return t;
    return nullptr;
}

qint64 noteTime(const Session &s, const QString &cardId, const QString &questionId)
{
    for (const CardProgress &card : s.cards)
        if (card.cardId == cardId)
            for (const QuestionNote &note : card.notes)
                if (note.questionId == questionId)
                    return note.atMs;
    return -1;
}

qint64 cardStart(const Session &s, const QString &cardId)
{
    for (const CardProgress &card : s.cards)
        if (card.cardId == cardId)
            return card.startedMs;
    return -1;
}

/// A card row of the cards' overview (its deck index in UserRole).
qint64 overviewTime(QTreeWidget *tree, const Session &s, bool *found)
{
    const QTreeWidgetItem *item = tree->currentItem();
    const CardsPanel *panel = ancestor<CardsPanel>(tree);
    if (!item || !panel || !item->data(0, Qt::UserRole).isValid())
        return -1;
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index < 0 || index >= static_cast<int>(panel->deck().cards.size()))
        return -1;
    *found = true;
    return cardStart(s, panel->deck().cards[static_cast<std::size_t>(index)].id);
}

} // namespace

qint64 clockTimeOf(const Session &s, AnnotationTarget kind, const QString &id)
{
    switch (kind) {
    case AnnotationTarget::Quote:
        for (const CardProgress &card : s.cards)
            for (const Quote &q : card.quotes)
                if (q.id == id)
                    return q.atMs;
        return -1;
    case AnnotationTarget::CardNote: {
        const qsizetype slash = id.indexOf(QLatin1Char('/'));
        return slash < 0 ? -1 : noteTime(s, id.left(slash), id.mid(slash + 1));
    }
    case AnnotationTarget::ClosingAnswer:
        for (const ClosingAnswer &a : s.closingAnswers)
            if (a.questionId == id)
                return a.atMs;
        return -1;
    case AnnotationTarget::Metaphor:
        return atMsById(s.metaphors, id);
    case AnnotationTarget::Memo:
        return atMsById(s.memos, id);
    case AnnotationTarget::Partner:
        if (const Partner *p = s.partner(id))
            return p->addedMs;
        return -1;
    default:
        return -1;
    }
}

qint64 clockTimeOfFocus(QWidget *focus, const Session &s, const MapScene *scene, bool *found)
{
    bool dummy = false;
    bool &is = found ? *found : dummy;
    is = false;
    if (!focus)
        return -1;
    const QString name = focus->objectName();
    if (auto *list = qobject_cast<QListWidget *>(focus)) {
        const QListWidgetItem *item = list->currentItem();
        const QString id = item ? item->data(Qt::UserRole).toString() : QString();
        AnnotationTarget kind = AnnotationTarget::Session;
        if (name == QLatin1String("cardQuotes"))
            kind = AnnotationTarget::Quote;
        else if (name == QLatin1String("metaphorList"))
            kind = AnnotationTarget::Metaphor;
        else if (name == QLatin1String("memoList"))
            kind = AnnotationTarget::Memo;
        if (kind == AnnotationTarget::Session || id.isEmpty())
            return -1;
        is = true;
        return clockTimeOf(s, kind, id);
    }
    if (qobject_cast<QPlainTextEdit *>(focus)) {
        if (name.startsWith(QLatin1String("closing:"))) {
            is = true;
            return clockTimeOf(s, AnnotationTarget::ClosingAnswer, name.mid(8));
        }
        if (const CardPage *page = ancestor<CardPage>(focus);
            page && name.startsWith(QLatin1String("note:"))) {
            is = true;
            return noteTime(s, page->cardId(), name.mid(5));
        }
        return -1;
    }
    if (qobject_cast<QAbstractButton *>(focus) && name.startsWith(QLatin1String("step:"))) {
        is = true;
        for (const ProtocolStepState &step : s.protocol)
            if (step.stepId == name.mid(5))
                return step.done ? step.atMs : -1;
        return -1;
    }
    if (auto *tree = qobject_cast<QTreeWidget *>(focus);
        tree && name == QLatin1String("cardsOverview"))
        return overviewTime(tree, s, &is);
    if (scene && qobject_cast<MapView *>(focus)) {
        const QStringList selected = scene->selectedPartnerIds();
        if (selected.isEmpty())
            return -1;
        is = true;
        return clockTimeOf(s, AnnotationTarget::Partner, selected.front());
    }
    return -1;
}

} // namespace nwk
