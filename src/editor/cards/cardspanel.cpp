// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardspanel.h"

#include "cardpage.h"
#include "cardtexts.h"
#include "nwk/editor/cardcommands.h"
#include "nwk/editor/sessionclock.h"
#include "nwk/editor/sessiondocument.h"
#include "protocolpage.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nwk {

namespace {
/// Alt+1..4 in the memo bar's fields choose the memo kind in `kind`.
class MemoKindKeys final : public QObject {
public:
    explicit MemoKindKeys(QComboBox *kind)
        : QObject(kind)
        , m_kind(kind)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto type = event->type();
        if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        auto *key = static_cast<QKeyEvent *>(event);
        const int index = key->key() - Qt::Key_1;
        const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (modifiers != Qt::AltModifier || index < 0 || index >= m_kind->count())
            return QObject::eventFilter(watched, event);
        event->accept(); // ShortcutOverride: the key comes to this field, not to a shortcut
        if (type == QEvent::KeyPress)
            m_kind->setCurrentIndex(index);
        return true;
    }

private:
    QComboBox *m_kind;
};
} // namespace

CardsPanel::CardsPanel(SessionDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("cardsPanel"));
    setMinimumWidth(360);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    addHeader(layout); // the deck, the clock, the card navigation
    addTabs(layout);   // card, overview, protocol, memos
    addMemoBar(layout);

    connect(document, &SessionDocument::cardsChanged, this, &CardsPanel::refreshCards);
    onChange(document, {ChangeKind::Participant}, this, [this] { refreshCards(); });
    connect(document, &SessionDocument::partnersChanged, this, &CardsPanel::refreshCards);
    onChange(document, {ChangeKind::Memo, ChangeKind::Annotation}, this,
             [this] { refreshMemos(); });
    // An annotation changes the markers of the quotes, metaphors and closing answers.
    onChange(document, {ChangeKind::Annotation}, this, [this] { m_page->refresh(); });
    onChange(document,
             {ChangeKind::ProtocolStep, ChangeKind::ClosingAnswer, ChangeKind::Metaphor,
              ChangeKind::Participant, ChangeKind::Annotation},
             m_protocol, [protocol = m_protocol] { protocol->refresh(); });
    connect(document, &SessionDocument::recordingStartedChanged, this, [this] {
        if (SessionClock::elapsedMs(m_document->session()) < 0)
            m_enteredAtMs = -1;
        tick();
    });

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &CardsPanel::tick);
    m_timer->start();
}

void CardsPanel::setSelectionSource(std::function<QStringList()> source)
{
    m_page->setSelectionSource(std::move(source));
}

void CardsPanel::setMessage(const QString &message)
{
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

QString CardsPanel::message() const
{
    return m_banner->text();
}

QString CardsPanel::phaseTitle(int phase) const
{
    const QString title = m_deck.phaseTitles.value(phase - 1);
    return title.isEmpty() ? tr("Phase %1").arg(phase) : title;
}

void CardsPanel::setDeck(const Deck &deck, const QString &source, const QString &problem)
{
    const QString oldId =
        m_current < static_cast<int>(m_deck.cards.size()) ? m_deck.cards[m_current].id : QString();
    m_deck = deck;
    m_deckLabel->setText(source.isEmpty() ? m_deck.title
                                          : tr("%1 \u2013 %2").arg(m_deck.title, source));
    setMessage(problem);
    {
        const QSignalBlocker block(m_cardCombo);
        m_cardCombo->clear();
        for (const DeckCard &c : m_deck.cards)
            m_cardCombo->addItem(QStringLiteral("%1 \u00b7 %2").arg(phaseTitle(c.phase), c.theme));
    }
    m_current = 0;
    for (std::size_t i = 0; i < m_deck.cards.size(); ++i)
        if (m_deck.cards[i].id == oldId)
            m_current = static_cast<int>(i);
    m_protocol->setDeck(m_deck);
    showCurrent();
    refreshMemos();
}

void CardsPanel::showCurrent()
{
    if (m_deck.cards.empty()) {
        m_page->setCard(DeckCard{}, tr("This deck has no cards."));
        return;
    }
    const DeckCard &card = m_deck.cards[static_cast<std::size_t>(m_current)];
    m_page->setCard(card, tr("%1 \u00b7 card %2 of %3")
                              .arg(phaseTitle(card.phase))
                              .arg(m_current + 1)
                              .arg(m_deck.cards.size()));
    {
        const QSignalBlocker block(m_cardCombo);
        m_cardCombo->setCurrentIndex(m_current);
    }
    refreshOverview();
    tick();
    Q_EMIT currentCardChanged(m_current);
}

void CardsPanel::refreshCards()
{
    m_page->refresh();
    refreshOverview();
}

void CardsPanel::refreshOverview()
{
    const Session &s = m_document->session();
    m_overview->clear();
    qint64 total = 0;
    int done = 0;
    QTreeWidgetItem *phaseItem = nullptr;
    int phase = -1;
    qint64 phaseTime = 0;
    auto closePhase = [&] {
        if (phaseItem)
            phaseItem->setText(2, SessionClock::format(phaseTime));
    };
    for (std::size_t i = 0; i < m_deck.cards.size(); ++i) {
        const DeckCard &card = m_deck.cards[i];
        if (card.phase != phase) {
            closePhase();
            phase = card.phase;
            phaseTime = 0;
            phaseItem = new QTreeWidgetItem(m_overview, {phaseTitle(phase)});
            QFont f = phaseItem->font(0);
            f.setBold(true);
            for (int c = 0; c < 3; ++c)
                phaseItem->setFont(c, f);
            phaseItem->setExpanded(true);
        }
        const CardProgress p = cardProgressOrDefault(s, card.id);
        qint64 spent = p.spentMs;
        if (static_cast<int>(i) == m_current)
            spent += runningMs();
        phaseTime += spent;
        total += spent;
        done += p.status == CardStatus::Done ? 1 : 0;
        auto *item = new QTreeWidgetItem(
            phaseItem, {card.theme, cardStatusText(p.status), SessionClock::format(spent)});
        item->setData(0, Qt::UserRole, static_cast<int>(i));
        if (static_cast<int>(i) == m_current) {
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
            item->setText(0, QStringLiteral("\u25b6 ") + card.theme);
        }
    }
    closePhase();
    auto *totalItem = new QTreeWidgetItem(
        m_overview, {tr("Total (%1 of %2 done)").arg(done).arg(m_deck.cards.size()), QString(),
                     SessionClock::format(total)});
    QFont f = totalItem->font(0);
    f.setBold(true);
    for (int c = 0; c < 3; ++c)
        totalItem->setFont(c, f);
    m_overview->expandAll();
    m_overview->resizeColumnToContents(1);
    m_overview->resizeColumnToContents(2);
}

qint64 CardsPanel::runningMs() const
{
    const qint64 now = SessionClock::elapsedMs(m_document->session());
    return now >= 0 && m_enteredAtMs >= 0 ? std::max<qint64>(0, now - m_enteredAtMs) : 0;
}

void CardsPanel::tick()
{
    const qint64 now = SessionClock::elapsedMs(m_document->session());
    m_startButton->setEnabled(m_startAction ? m_startAction->isEnabled() : now < 0);
    if (now < 0 && m_document->session().recordingStarted.isEmpty()) {
        //: The cards panel's session clock before it is started
        m_clock->setText(tr("Clock not started"));
    } else if (now < 0) {
        //: The cards panel's session clock of a session held more than 12 hours ago
        m_clock->setText(tr("Session not live"));
    } else {
        //: The cards panel's session clock, e.g. "Clock 0:41:12" (the audio has its own REC sign)
        m_clock->setText(tr("Clock %1").arg(SessionClock::format(now)));
    }
    m_page->setRunningTime(runningMs());
    if (m_overview->isVisible())
        refreshOverview();
}

void CardsPanel::addHeader(QVBoxLayout *layout)
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("deckMessage"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3d2e00; border: "
                                           "1px solid #e0c060; padding: 4px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_deckLabel = new QLabel(this);
    m_deckLabel->setObjectName(QStringLiteral("deckLabel"));
    m_deckLabel->setWordWrap(true);
    layout->addWidget(m_deckLabel);

    auto *clockRow = new QHBoxLayout;
    m_startButton = new QPushButton(tr("Start &Recording"), this);
    m_startButton->setObjectName(QStringLiteral("startRecordingButton"));
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("sessionClock"));
    m_clock->setToolTip(tr("The session clock: cards, quotes, notes, memos and the map's "
                           "changes are timed on it"));
    QFont clockFont = m_clock->font();
    clockFont.setBold(true);
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.2);
    m_clock->setFont(clockFont);
    clockRow->addWidget(m_startButton);
    clockRow->addStretch();
    clockRow->addWidget(m_clock);
    layout->addLayout(clockRow);
    connect(m_startButton, &QPushButton::clicked, this, &CardsPanel::startRecording);

    auto *navRow = new QHBoxLayout;
    auto *prev = new QPushButton(QStringLiteral("\u25c0"), this);
    prev->setObjectName(QStringLiteral("previousCardButton"));
    prev->setToolTip(tr("Previous card (Ctrl+PgUp, Alt+Left)"));
    prev->setFixedWidth(36);
    auto *next = new QPushButton(QStringLiteral("\u25b6"), this);
    next->setObjectName(QStringLiteral("nextCardButton"));
    next->setToolTip(tr("Next card (Ctrl+PgDown, Alt+Right)"));
    next->setFixedWidth(36);
    m_cardCombo = new QComboBox(this);
    m_cardCombo->setObjectName(QStringLiteral("cardCombo"));
    m_cardCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cardCombo->setMinimumContentsLength(16);
    navRow->addWidget(prev);
    navRow->addWidget(m_cardCombo, 1);
    navRow->addWidget(next);
    layout->addLayout(navRow);
    connect(prev, &QPushButton::clicked, this, &CardsPanel::previousCard);
    connect(next, &QPushButton::clicked, this, &CardsPanel::nextCard);
    connect(m_cardCombo, &QComboBox::activated, this, &CardsPanel::goToCard);
}

void CardsPanel::addTabs(QVBoxLayout *layout)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("cardsTabs"));
    m_page = new CardPage(m_document, m_tabs);
    m_tabs->addTab(m_page, tr("&Card"));
    m_overview = new QTreeWidget(m_tabs);
    m_overview->setObjectName(QStringLiteral("cardsOverview"));
    m_overview->setHeaderLabels({tr("Card"), tr("Status"), tr("Time")});
    m_overview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_overview->header()->setStretchLastSection(false);
    m_tabs->addTab(m_overview, tr("O&verview"));
    connect(m_overview, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item->data(0, Qt::UserRole);
        if (index.isValid()) {
            goToCard(index.toInt());
            m_tabs->setCurrentWidget(m_page);
        }
    });
    m_protocol = new ProtocolPage(m_document, m_tabs);
    m_tabs->addTab(m_protocol, tr("&Protocol"));
    auto *memoPage = new QWidget(m_tabs);
    auto *memoLayout = new QVBoxLayout(memoPage);
    m_memos = new QListWidget(memoPage);
    m_memos->setObjectName(QStringLiteral("memoList"));
    m_memos->setWordWrap(true);
    memoLayout->addWidget(m_memos);
    auto *removeMemo = new QPushButton(tr("Remove Memo"), memoPage);
    memoLayout->addWidget(removeMemo, 0, Qt::AlignLeft);
    connect(removeMemo, &QPushButton::clicked, this, &CardsPanel::removeMemo);
    m_tabs->addTab(memoPage, tr("&Memos"));
    layout->addWidget(m_tabs, 1);
}

void CardsPanel::addMemoBar(QVBoxLayout *layout)
{
    // The inline memo field (Ctrl+M): kind by Alt+1..4 (while the bar has the focus) or
    // the combo; Enter saves.
    m_memoBar = new QWidget(this);
    m_memoBar->setObjectName(QStringLiteral("memoBar"));
    auto *memoRow = new QHBoxLayout(m_memoBar);
    memoRow->setContentsMargins(0, 0, 0, 0);
    m_memoKind = new QComboBox(m_memoBar);
    m_memoKind->setObjectName(QStringLiteral("memoKind"));
    for (int i = 0; i < 4; ++i)
        m_memoKind->addItem(
            tr("%1 (Alt+%2)").arg(memoKindText(static_cast<MemoKind>(i))).arg(i + 1), i);
    m_memoEdit = new QLineEdit(m_memoBar);
    m_memoEdit->setObjectName(QStringLiteral("memoEdit"));
    m_memoEdit->setPlaceholderText(tr("Research memo; Enter saves, Esc cancels"));
    m_memoEdit->setAccessibleName(tr("Research memo"));
    m_memoEdit->setToolTip(tr("A research memo at this moment; Enter saves, Esc cancels"));
    memoRow->addWidget(m_memoKind);
    memoRow->addWidget(m_memoEdit, 1);
    layout->addWidget(m_memoBar);
    m_memoBar->hide();
    // Alt+1..4 choose the kind while the memo bar has the focus. They are taken
    // by the bar's fields (ShortcutOverride), not bound as shortcuts: the window's
    // "Mark for participant 1..4" (Alt+1..4) would make them ambiguous and the key
    // would code nothing, or the wrong thing (docs/shortcuts.md).
    auto *kindKeys = new MemoKindKeys(m_memoKind);
    m_memoEdit->installEventFilter(kindKeys);
    m_memoKind->installEventFilter(kindKeys);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_memoBar);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        m_memoEdit->clear();
        m_memoBar->hide();
        if (m_focusBeforeMemo)
            m_focusBeforeMemo->setFocus();
    });
    connect(m_memoEdit, &QLineEdit::returnPressed, this, &CardsPanel::saveMemo);
}

} // namespace nwk
