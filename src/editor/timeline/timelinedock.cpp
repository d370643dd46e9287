// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedock.h"

#include "context/editorcontext.h"
#include "nwk/core/clocktext.h"
#include "nwk/core/maphistory.h"
#include "nwk/editor/cards/focusgroup.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/sessionclock.h"
#include "nwk/editor/sessiondocument.h"
#include "playback/playback.h"
#include "replayview.h"
#include "timelinesound.h"
#include "timelinestrip.h"
#include "transcript/transcriptfeature.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <climits>

namespace nwk {

TimelineDock::TimelineDock(SessionDocument *document, ReplayView *replay, QWidget *parent)
    : QDockWidget(tr("Timeline"), parent)
    , m_document(document)
    , m_replay(replay)
{
    setObjectName(QStringLiteral("timelineDock"));
    buildUi();
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &TimelineDock::refresh);
    // While the clock runs, "now" moves on: the strip and the scrub bar follow every few seconds.
    auto *clock = new QTimer(this);
    clock->start(5000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (isVisible() && SessionClock::elapsedMs(m_document->session()) > m_slider->maximum())
            refresh();
    });
    connect(m_document, &SessionDocument::changed, this, &TimelineDock::scheduleRefresh);
    connect(m_document, &SessionDocument::historyAppended, this, &TimelineDock::scheduleRefresh);
    connect(m_document, &SessionDocument::sessionReset, this, &TimelineDock::scheduleRefresh);
    connect(m_replay, &ReplayView::replayingChanged, this, &TimelineDock::replayingChanged);
    connect(m_document, &SessionDocument::groupEditRefused, this, [this] {
        if (m_document->isReplaying() && m_replay->isVisible())
            m_replay->banner()->setText(
                tr("Replay %1 — the replayed map cannot be edited. Esc returns to the live map.")
                    .arg(fullClockText(m_replay->time())));
    });
}

void TimelineDock::buildUi()
{
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *row = new QHBoxLayout;
    m_cards = new QComboBox(body);
    m_cards->setObjectName(QStringLiteral("timelineCardFilter"));
    m_cards->setAccessibleName(tr("Card filter"));
    m_cards->setToolTip(tr("Show only the events of one card"));
    m_participants = new QComboBox(body);
    m_participants->setObjectName(QStringLiteral("timelineParticipantFilter"));
    m_participants->setAccessibleName(tr("Participant filter"));
    m_participants->setToolTip(tr("Show only what one participant said, marked or joined"));
    m_time = new QLabel(body);
    m_time->setObjectName(QStringLiteral("timelineTime"));
    m_live = new QPushButton(tr("Live Map"), body);
    m_live->setObjectName(QStringLiteral("timelineLiveButton"));
    m_live->setToolTip(tr("Leave the replay and show the live map (Esc)"));
    m_live->setEnabled(false);
    row->addWidget(new QLabel(tr("Card:"), body));
    row->addWidget(m_cards, 1);
    row->addWidget(new QLabel(tr("Participant:"), body));
    row->addWidget(m_participants, 1);
    row->addWidget(m_time);
    row->addWidget(m_live);
    layout->addLayout(row);
    m_bar = row;

    m_strip = new TimelineStrip(body);
    layout->addWidget(m_strip);
    m_slider = new QSlider(Qt::Horizontal, body);
    m_slider->setObjectName(QStringLiteral("timelineScrubBar"));
    m_slider->setToolTip(tr("Scrub to replay how the map was built"));
    m_slider->setAccessibleName(tr("Replay time"));
    m_slider->setSingleStep(1000);
    m_slider->setPageStep(60000);
    m_sliderRow = new QHBoxLayout;
    m_sliderRow->addWidget(m_slider);
    layout->addLayout(m_sliderRow);

    m_list = new QTreeWidget(body);
    m_list->setObjectName(QStringLiteral("timelineEvents"));
    m_list->setHeaderLabels({tr("Time"), tr("What"), tr("Text")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    setWidget(body);

    connect(m_strip, &TimelineStrip::timePicked, this, &TimelineDock::selectTime);
    connect(m_slider, &QSlider::valueChanged, this, [this](int ms) {
        if (m_replay->time() != ms)
            selectTime(ms);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        selectTime(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        selectTime(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_live, &QPushButton::clicked, this, &TimelineDock::returnToLive);
    connect(m_cards, &QComboBox::currentIndexChanged, this, &TimelineDock::applyFilters);
    connect(m_participants, &QComboBox::currentIndexChanged, this, &TimelineDock::applyFilters);
}

void TimelineDock::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    auto *replay = new ReplayView(context.document, context.view, context.view->parentWidget());
    auto *dock = new TimelineDock(context.document, replay, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    toggle->setToolTip(tr("Show the session on its clock and replay how the map was built"));
    toggle->setStatusTip(toggle->toolTip());
    context.menu(MenuId::View)->addAction(toggle);
    context.registerDock(DockId::Timeline, dock);
    context.provide(dock);
    new TimelineSound(dock, context.feature<Playback>()); // the replay with the sound
    // The transcript's cues, on the session clock, in the talk lane.
    auto *transcript = context.feature<TranscriptFeature>();
    dock->setMoreEvents([dock, transcript] {
        return transcriptTimelineEvents(dock->m_document->session(), transcript->clockTranscript());
    });
    connect(transcript, &TranscriptFeature::transcriptChanged, dock,
            &TimelineDock::scheduleRefresh);
    // Cards and protocol steps by their names in the session's deck, not their ids.
    if (auto *group = context.feature<FocusGroup>())
        dock->setDeckSource([group]() -> const Deck * { return &group->deck(); });
    connect(context.document, &SessionDocument::deckChanged, dock, &TimelineDock::scheduleRefresh);
}

void TimelineDock::setDeckSource(std::function<const Deck *()> deck)
{
    m_deck = std::move(deck);
    scheduleRefresh();
}

void TimelineDock::setMoreEvents(std::function<std::vector<TimelineEvent>()> source)
{
    m_more = std::move(source);
    scheduleRefresh();
}

void TimelineDock::addToBar(QWidget *control)
{
    m_bar->insertWidget(m_bar->indexOf(m_live), control);
}

void TimelineDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TimelineDock::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_refresh->start();
}

qint64 TimelineDock::endMs() const
{
    const Session &s = m_document->session();
    qint64 end = std::max<qint64>(SessionClock::elapsedMs(s), s.recording.stoppedMs);
    for (const TimelineEvent &e : m_all)
        end = std::max({end, e.atMs, e.endMs});
    return std::max<qint64>(end, 1000);
}

void TimelineDock::refresh()
{
    m_stale = false;
    m_all = timelineEvents(m_document->session());
    if (m_more) {
        std::vector<TimelineEvent> more = m_more();
        const auto middle = static_cast<std::ptrdiff_t>(m_all.size());
        m_all.insert(m_all.end(), more.begin(), more.end());
        std::inplace_merge(
            m_all.begin(), m_all.begin() + middle, m_all.end(),
            [](const TimelineEvent &a, const TimelineEvent &b) { return a.atMs < b.atMs; });
    }
    setWindowTitle(m_document->session().history.size() >= kMaxRecordedHistory
                       ? tr("Timeline (the map's history is full: changes are no longer "
                            "recorded)")
                       : tr("Timeline"));
    alignScrubBar();
    const qint64 end = endMs();
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, static_cast<int>(std::min<qint64>(end, INT_MAX)));
    fillFilters();
    applyFilters();
}

void TimelineDock::alignScrubBar()
{
    // The handle's centre over the strip's time: the bar starts half a handle before the
    // plot and ends half a handle after it.
    const int half = m_slider->style()->pixelMetric(QStyle::PM_SliderLength, nullptr, m_slider) / 2;
    const QMargins plot = m_strip->plotMargins();
    m_sliderRow->setContentsMargins(std::max(0, plot.left() - half), 0,
                                    std::max(0, plot.right() - half), 0);
}

void TimelineDock::selectTime(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, m_slider->maximum());
    m_replay->showAt(ms);
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(static_cast<int>(ms));
    }
    m_strip->setCursor(ms);
    m_time->setText(fullClockText(ms));
    Q_EMIT timeSelected(ms);
}

void TimelineDock::returnToLive()
{
    m_replay->leave();
}

void TimelineDock::replayingChanged(bool on)
{
    m_live->setEnabled(on);
    if (!on) {
        m_strip->setCursor(-1);
        m_time->clear();
    }
}

} // namespace nwk
