// SPDX-License-Identifier: GPL-3.0-or-later
// CardsPanel: navigation, the session clock, memos.
#include "cardpage.h"
#include "cardspanel.h"
#include "cardtexts.h"
#include "nwk/editor/cardcommands.h"
#include "nwk/editor/markcommands.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/sessionclock.h"
#include "nwk/editor/sessiondocument.h"
#include "protocolpage.h"
#include "shared/annotationmarker.h"
#include "shared/capturenotice.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QUndoStack>

namespace nwk {

void CardsPanel::goToCard(int index)
{
    const int count = static_cast<int>(m_deck.cards.size());
    if (index < 0 || index >= count || index == m_current)
        return;
    const bool forward = index > m_current;
    const Session &s = m_document->session();
    const qint64 now = SessionClock::elapsedMs(s);

    CardProgress leaving =
        cardProgressOrDefault(s, m_deck.cards[static_cast<std::size_t>(m_current)].id);
    if (now >= 0 && m_enteredAtMs >= 0) {
        leaving.spentMs += std::max<qint64>(0, now - m_enteredAtMs);
        if (leaving.startedMs < 0)
            leaving.startedMs = m_enteredAtMs;
        leaving.endedMs = now;
    }
    // "Done" means covered: moving on marks a card Done only when something was
    // kept on it (a note or a quote). A card left with nothing kept was only passed
    // through: it is "Not started" again (its time still counts). The status box
    // sets any status by hand.
    const bool kept = !leaving.notes.empty() || !leaving.quotes.empty();
    if (!kept && leaving.status == CardStatus::InProgress)
        leaving.status = CardStatus::NotStarted;
    else if (forward && kept &&
             (leaving.status == CardStatus::InProgress || leaving.status == CardStatus::NotStarted))
        leaving.status = CardStatus::Done;

    const DeckCard &target = m_deck.cards[static_cast<std::size_t>(index)];
    CardProgress entering = cardProgressOrDefault(s, target.id);
    if (entering.status == CardStatus::NotStarted)
        entering.status = CardStatus::InProgress;
    if (now >= 0 && entering.startedMs < 0)
        entering.startedMs = now;

    auto *step = new QUndoCommand(tr("Go to card \u201c%1\u201d").arg(target.theme));
    auto *a = new SetCardProgress(m_document, leaving, QString(), QString(), step);
    auto *b = new SetCardProgress(m_document, entering, QString(), QString(), step);
    const bool changes = a->changes() || b->changes();
    m_current = index;
    m_enteredAtMs = now;
    if (changes)
        m_document->push(step);
    else
        delete step;
    showCurrent();
}

void CardsPanel::nextCard()
{
    goToCard(m_current + 1);
}

void CardsPanel::previousCard()
{
    goToCard(m_current - 1);
}

void CardsPanel::nextQuestion()
{
    m_tabs->setCurrentWidget(m_page);
    QWidget *focus = QApplication::focusWidget();
    if (qobject_cast<NoteEdit *>(focus) && m_page->isAncestorOf(focus))
        m_page->focusNextQuestion();
    else
        m_page->focusQuestion(m_page->currentRow());
}

void CardsPanel::beginQuote()
{
    m_tabs->setCurrentWidget(m_page);
    m_page->beginQuote();
}

void CardsPanel::beginMemo()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && !m_memoBar->isAncestorOf(focus))
        m_focusBeforeMemo = focus;
    m_memoBar->show();
    m_memoEdit->setFocus(Qt::ShortcutFocusReason);
}

void CardsPanel::saveMemo()
{
    const QString text = m_memoEdit->text().trimmed();
    if (!text.isEmpty()) {
        Memo memo;
        memo.id = uniqueId(m_document->session(), QStringLiteral("mo"));
        memo.kind = static_cast<MemoKind>(m_memoKind->currentData().toInt());
        memo.text = text;
        memo.atMs = SessionClock::elapsedMs(m_document->session());
        m_document->push(
            new AddObject<Memo>(m_document, memo, tr("Memo: %1").arg(memoKindText(memo.kind))));
        //: Status bar after Enter in the memo bar: %1 the memo's text, %2 its kind
        noticeCapture(
            this,
            tr("Memo kept: %1 \u2014 %2").arg(quotedSnippet(memo.text), memoKindText(memo.kind)));
    }
    m_memoEdit->clear();
    m_memoBar->hide();
    if (m_focusBeforeMemo)
        m_focusBeforeMemo->setFocus();
}

void CardsPanel::removeMemo()
{
    QListWidgetItem *item = m_memos->currentItem();
    if (!item)
        return;
    // One step with the annotations on it (the file refuses an annotation on nothing).
    const QString id = item->data(Qt::UserRole).toString();
    auto *command = new QUndoCommand(tr("Remove memo"));
    appendAnnotationRemovals(m_document, AnnotationTarget::Memo, id, command);
    new RemoveObject<Memo>(m_document, id, QString(), command);
    m_document->push(command);
}

void CardsPanel::refreshMemos()
{
    const Session &s = m_document->session();
    const QString current =
        m_memos->currentItem() ? m_memos->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker block(m_memos);
    m_memos->clear();
    for (const Memo &m : s.memos) {
        auto *item = new QListWidgetItem(
            QStringLiteral("[%1] %2: %3")
                .arg(SessionClock::format(m.atMs), memoKindText(m.kind), m.text),
            m_memos);
        item->setData(Qt::UserRole, m.id);
        markAnnotated(item, annotationCount(s, AnnotationTarget::Memo, m.id));
        if (m.id == current)
            m_memos->setCurrentItem(item);
    }
}

void CardsPanel::startRecording()
{
    const Session &s = m_document->session();
    if (!s.recordingStarted.isEmpty())
        return;
    auto *step = new QUndoCommand(tr("Start recording"));
    new ChangeValue<RecordingStartedField>(m_document, QString(), SessionClock::nowIso(), QString(),
                                           step);
    if (!m_deck.cards.empty()) {
        CardProgress current =
            cardProgressOrDefault(s, m_deck.cards[static_cast<std::size_t>(m_current)].id);
        if (current.status == CardStatus::NotStarted)
            current.status = CardStatus::InProgress;
        if (current.startedMs < 0)
            current.startedMs = 0;
        new SetCardProgress(m_document, current, QString(), QString(), step);
    }
    m_document->push(step);
    m_enteredAtMs = 0;
    tick();
}

void CardsPanel::setStartAction(QAction *action)
{
    disconnect(m_startButton, &QPushButton::clicked, this, &CardsPanel::startRecording);
    m_startAction = action;
    connect(m_startButton, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, this, [this] { tick(); });
    tick();
}

void CardsPanel::sessionReset()
{
    // The current card of a reopened session: the first one in progress, else the
    // first not started; its visit time counts from the next navigation on.
    m_enteredAtMs = -1;
    const Session &s = m_document->session();
    int current = -1;
    for (std::size_t i = 0; i < m_deck.cards.size() && current < 0; ++i)
        if (cardProgressOrDefault(s, m_deck.cards[i].id).status == CardStatus::InProgress)
            current = static_cast<int>(i);
    for (std::size_t i = 0; i < m_deck.cards.size() && current < 0; ++i)
        if (cardProgressOrDefault(s, m_deck.cards[i].id).status == CardStatus::NotStarted)
            current = static_cast<int>(i);
    m_current = std::max(0, current);
    m_protocol->refresh();
    showCurrent();
    refreshMemos();
}

} // namespace nwk
