// SPDX-License-Identifier: GPL-3.0-or-later
// The cards panel (a dock beside the map): the session clock, navigation through
// the deck's cards, the current card, an overview of status and time, the
// protocol and the research memos.
//
// The current card is view state (not in the file). Navigation is one undo step
// when it changes the model: the card left gets its time (spentMs += time since
// it was entered, when the clock runs; endedMs) and, when leaving forward, status
// done; the card entered becomes "in progress" (and gets startedMs).
#pragma once

#include "nwk/core/deck.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;

class QVBoxLayout;

namespace nwk {

class CardPage;
class ProtocolPage;
class SessionDocument;

class CardsPanel : public QWidget {
    Q_OBJECT

public:
    explicit CardsPanel(SessionDocument *document, QWidget *parent = nullptr);

    /// Shows `deck`; `source` describes where it came from, `problem` (when not
    /// empty) is shown in a warning banner (e.g. a broken deck file).
    void setDeck(const Deck &deck, const QString &source, const QString &problem);
    const Deck &deck() const { return m_deck; }
    /// Shows a message in the banner (empty: hides it).
    void setMessage(const QString &message);
    QString message() const;

    int currentIndex() const { return m_current; }
    CardPage *cardPage() const { return m_page; }
    void setSelectionSource(std::function<QStringList()> source);

public Q_SLOTS:
    void goToCard(int index);
    void nextCard();
    void previousCard();
    void nextQuestion();
    void beginQuote();
    void beginMemo();
    void startRecording();
    /// The Start button triggers `action` (the recorder's Start Recording, which starts the
    /// clock too) instead of starting the clock only, and is enabled with it.
    void setStartAction(QAction *action);
    /// After a new or loaded session (and its deck): picks the current card.
    void sessionReset();

Q_SIGNALS:
    void currentCardChanged(int index);

private:
    void addHeader(QVBoxLayout *layout);
    void addTabs(QVBoxLayout *layout);
    void addMemoBar(QVBoxLayout *layout);
    void showCurrent();
    void refreshCards();
    void refreshMemos();
    void refreshOverview();
    void tick();
    void saveMemo();
    void removeMemo();
    qint64 runningMs() const;
    QString phaseTitle(int phase) const;

    SessionDocument *m_document;
    Deck m_deck;
    int m_current = 0;
    qint64 m_enteredAtMs = -1; ///< session-clock time the current card was entered; -1 = unknown

    QLabel *m_banner = nullptr;
    QLabel *m_deckLabel = nullptr;
    QPushButton *m_startButton = nullptr;
    QAction *m_startAction = nullptr;
    QLabel *m_clock = nullptr;
    QComboBox *m_cardCombo = nullptr;
    QTabWidget *m_tabs = nullptr;
    CardPage *m_page = nullptr;
    QTreeWidget *m_overview = nullptr;
    ProtocolPage *m_protocol = nullptr;
    QListWidget *m_memos = nullptr;
    QWidget *m_memoBar = nullptr;
    QComboBox *m_memoKind = nullptr;
    QLineEdit *m_memoEdit = nullptr;
    QWidget *m_focusBeforeMemo = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace nwk
