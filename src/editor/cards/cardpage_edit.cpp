// SPDX-License-Identifier: GPL-3.0-or-later
// CardPage: mirroring the model, editing notes and quotes.
#include "cardpage.h"
#include "cardpagewidgets.h"
#include "cardtexts.h"
#include "shared/annotationmarker.h"
#include "shared/capturenotice.h"
#include "shared/plaintip.h"
#include <QUndoCommand>
#include <QUndoStack>

#include "nwk/editor/markcommands.h"

#include "nwk/editor/cardcommands.h"
#include "nwk/editor/cards/partnerquotes.h"
#include "nwk/editor/sectionmarks.h"
#include "nwk/editor/sessionclock.h"
#include "nwk/editor/sessiondocument.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolButton>

#include <algorithm>

namespace nwk {

namespace {
QuestionNote *findNote(CardProgress &p, const QString &questionId)
{
    auto it = std::find_if(p.notes.begin(), p.notes.end(),
                           [&](const QuestionNote &n) { return n.questionId == questionId; });
    return it == p.notes.end() ? nullptr : &*it;
}

QString partnerLabels(const Session &s, const QStringList &ids)
{
    QStringList labels;
    for (const QString &id : ids)
        if (const Partner *p = s.partner(id))
            labels.append(p->label);
    return labels.join(QStringLiteral(", "));
}
} // namespace

void CardPage::noteEdited(int row)
{
    const Row &r = m_rows[static_cast<std::size_t>(row)];
    CardProgress p = cardProgressOrDefault(m_document->session(), m_card.id);
    const QString text = r.edit->toPlainText();
    QuestionNote *note = findNote(p, r.questionId);
    if (!note) {
        QuestionNote fresh;
        fresh.questionId = r.questionId;
        p.notes.push_back(fresh);
        note = &p.notes.back();
    }
    note->text = text;
    note->atMs = SessionClock::elapsedMs(m_document->session());
    if (text.isEmpty() && note->partnerIds.isEmpty())
        p.notes.erase(p.notes.begin() + (note - p.notes.data()));
    if (p.status == CardStatus::NotStarted)
        p.status = CardStatus::InProgress;
    push(p, tr("Note on %1").arg(m_card.theme), QStringLiteral("note:") + r.questionId,
         !m_newBurst);
    m_newBurst = false;
    if (!text.trimmed().isEmpty()) {
        const QString number = r.label->text().section(QLatin1Char(' '), 0, 0);
        //: Status bar while a note is typed: %1 the note's last words, %2 the question's number
        noticeCapture(
            this,
            tr("Note kept: %1 \u2014 question %2").arg(quotedSnippet(text.right(60)), number));
    }
}

void CardPage::linkNote(int row)
{
    const Row &r = m_rows[static_cast<std::size_t>(row)];
    const QStringList selected = m_selection ? m_selection() : QStringList();
    CardProgress p = cardProgressOrDefault(m_document->session(), m_card.id);
    QuestionNote *note = findNote(p, r.questionId);
    if (!note) {
        QuestionNote fresh;
        fresh.questionId = r.questionId;
        fresh.atMs = SessionClock::elapsedMs(m_document->session());
        p.notes.push_back(fresh);
        note = &p.notes.back();
    }
    note->partnerIds = selected;
    if (note->text.isEmpty() && selected.isEmpty())
        p.notes.erase(p.notes.begin() + (note - p.notes.data()));
    push(p, selected.isEmpty() ? tr("Unlink note") : tr("Link note to partners"));
    m_newBurst = true;
}

void CardPage::beginQuote()
{
    updateQuoteTarget();
    m_ui->quoteEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->quoteEdit->selectAll();
}

void CardPage::updateQuoteTarget()
{
    if (m_rows.empty()) {
        m_ui->quoteTarget->setText(tr("Quote for the card"));
        return;
    }
    const QString text = m_rows[static_cast<std::size_t>(m_current)].label->text();
    m_ui->quoteTarget->setText(tr("Quote for: %1").arg(text));
    m_ui->quoteTarget->setToolTip(plainToolTip(text));
}

void CardPage::addQuote()
{
    const QString text = m_ui->quoteEdit->text().trimmed();
    if (text.isEmpty() || m_card.id.isEmpty())
        return;
    const Session &s = m_document->session();
    CardProgress p = cardProgressOrDefault(s, m_card.id);
    Quote q;
    q.id = uniqueId(s, QStringLiteral("q"));
    q.questionId = currentQuestionId();
    q.text = text;
    q.participantId = m_ui->quoteParticipant->currentData().toString();
    q.atMs = SessionClock::elapsedMs(s);
    p.quotes.push_back(q);
    if (p.status == CardStatus::NotStarted)
        p.status = CardStatus::InProgress;
    push(p, tr("Add quote"));
    m_newBurst = true;
    m_ui->quoteEdit->clear();
    showQuote(q.id);
    const QString speaker = m_ui->quoteParticipant->currentIndex() > 0
                                ? m_ui->quoteParticipant->currentText()
                                : tr("speaker unknown");
    //: Status bar after a quote is added: %1 the quote, %2 who said it
    noticeCapture(this, tr("Quote kept: %1 \u2014 %2").arg(quotedSnippet(q.text), speaker));
}

void CardPage::showQuote(const QString &quoteId)
{
    for (int i = 0; i < m_ui->quotes->count(); ++i) {
        QListWidgetItem *item = m_ui->quotes->item(i);
        if (item->data(Qt::UserRole).toString() != quoteId)
            continue;
        m_ui->quotes->setCurrentItem(item);
        m_ui->quotes->scrollToItem(item);
        // The list sits low in the scrolling card: bring the kept quote into view.
        const QRect rect = m_ui->quotes->visualItemRect(item);
        const QPoint at = m_ui->quotes->viewport()->mapTo(m_scroll->widget(), rect.center());
        m_scroll->ensureVisible(at.x(), at.y(), 20, rect.height());
        return;
    }
}

QString CardPage::currentQuoteId() const
{
    const QListWidgetItem *item = m_ui->quotes->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CardPage::linkQuote()
{
    const QString quoteId = currentQuoteId();
    if (quoteId.isEmpty())
        return;
    CardProgress p = cardProgressOrDefault(m_document->session(), m_card.id);
    for (Quote &q : p.quotes)
        if (q.id == quoteId)
            q.partnerIds = m_selection ? m_selection() : QStringList();
    push(p, tr("Link quote to partners"));
    m_newBurst = true;
}

void CardPage::removeQuote()
{
    const QString quoteId = currentQuoteId();
    if (quoteId.isEmpty())
        return;
    CardProgress p = cardProgressOrDefault(m_document->session(), m_card.id);
    std::erase_if(p.quotes, [&](const Quote &q) { return q.id == quoteId; });
    // Annotations on the quote go with it in the same step: the file refuses
    // annotations that point at nothing.
    auto *command = new QUndoCommand(tr("Remove quote"));
    appendAnnotationRemovals(m_document, AnnotationTarget::Quote, quoteId, command);
    new SetCardProgress(m_document, p, tr("Remove quote"), QString(), command);
    m_document->push(command);
    m_newBurst = true;
}

void CardPage::refresh()
{
    const Session &s = m_document->session();
    const CardProgress p = cardProgressOrDefault(s, m_card.id);
    {
        const QSignalBlocker block(m_ui->status);
        m_ui->status->setCurrentIndex(static_cast<int>(p.status));
    }
    {
        const QSignalBlocker block(m_ui->record);
        const auto mark = sectionMarkOf(s, m_card.id, QString());
        m_ui->record->setCurrentIndex(m_ui->record->findData(mark ? static_cast<int>(*mark) : -1));
    }
    setRunningTime(m_runningMs);

    QStringList numbers;
    for (Row &r : m_rows) {
        numbers.append(r.label->text().section(QLatin1Char(' '), 0, 0));
        QString text;
        QStringList partners;
        for (const QuestionNote &n : p.notes)
            if (n.questionId == r.questionId) {
                text = n.text;
                partners = n.partnerIds;
            }
        if (r.edit->toPlainText() != text) {
            const QSignalBlocker block(r.edit);
            r.edit->setPlainText(text);
            r.edit->moveCursor(QTextCursor::End);
        }
        // An empty field says the researcher's mark on the question, if any.
        const QString number = numbers.constLast();
        const auto mark = sectionMarkOf(s, m_card.id, r.questionId);
        r.edit->setPlaceholderText(
            mark ? tr("Notes for %1 (report: %2)").arg(number, sectionStateText(mark))
                 : tr("Notes for %1").arg(number));
        const QString linked =
            partners.isEmpty() ? tr("Link") : tr("Linked: %1").arg(partnerLabels(s, partners));
        r.link->setText(r.link->fontMetrics().elidedText(linked, Qt::ElideRight, 140));
        r.link->setToolTip(partners.isEmpty()
                               ? tr("Link this note to the partners selected on the map")
                               : plainToolTip(linked));
    }

    // Participants for the quote's speaker.
    const QString chosen = m_ui->quoteParticipant->currentData().toString();
    {
        const QSignalBlocker block(m_ui->quoteParticipant);
        m_ui->quoteParticipant->clear();
        m_ui->quoteParticipant->addItem(tr("(speaker unknown)"), QString());
        for (const Participant &pt : s.participants) {
            const QString role =
                pt.role.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(pt.role);
            m_ui->quoteParticipant->addItem(pt.code + role, pt.id);
        }
        m_ui->quoteParticipant->setCurrentIndex(
            std::max(0, m_ui->quoteParticipant->findData(chosen)));
    }

    const QString current = currentQuoteId();
    {
        const QSignalBlocker block(m_ui->quotes);
        m_ui->quotes->clear();
        for (const Quote &q : p.quotes) {
            QString number;
            for (std::size_t i = 0; i < m_rows.size(); ++i)
                if (m_rows[i].questionId == q.questionId)
                    number = numbers.value(static_cast<int>(i));
            QString text = quoteDisplayText(s, q);
            if (!number.isEmpty())
                text = number + QStringLiteral(" \u00b7 ") + text;
            if (q.atMs >= 0)
                text += QStringLiteral("  [%1]").arg(SessionClock::format(q.atMs));
            if (!q.partnerIds.isEmpty())
                text += QStringLiteral("  \u2192 ") + partnerLabels(s, q.partnerIds);
            auto *item = new QListWidgetItem(text, m_ui->quotes);
            item->setData(Qt::UserRole, q.id);
            markAnnotated(item, annotationCount(s, AnnotationTarget::Quote, q.id));
            if (q.id == current) {
                m_ui->quotes->setCurrentItem(item);
            }
        }
    }
    Q_EMIT m_ui->quotes->itemSelectionChanged();
}

} // namespace nwk
