// SPDX-License-Identifier: GPL-3.0-or-later
// The Timeline dock (View > Timeline): the session on its clock (core/timeline.h) from the
// start to now or its end, as a strip and a list of events, filtered by card and by
// participant. Picking a time (the strip, the scrub bar, an event) replays the map as it
// was then (ReplayView, read-only) and announces the time (timeSelected) for playback.
#pragma once

#include "nwk/core/timeline.h"

#include <QDockWidget>

#include <functional>
#include <vector>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;
class QTreeWidget;

namespace nwk {

struct Deck;
class EditorContext;
class ReplayView;
class SessionDocument;
class TimelineStrip;

class TimelineDock : public QDockWidget {
    Q_OBJECT

public:
    TimelineDock(SessionDocument *document, ReplayView *replay, QWidget *parent = nullptr);

    /// Adds the dock (hidden, below the map) and its toggle to the View menu; registers it as
    /// DockId::Timeline and provides itself (context.feature<TimelineDock>()) so that playback
    /// can follow timeSelected().
    static void install(EditorContext &context);

    /// Replays the map at `ms` and emits timeSelected(ms).
    void selectTime(qint64 ms);
    /// Back to the live map.
    void returnToLive();
    /// Reads the session again now (the dock does it shortly after each change).
    void refresh();

    /// The events shown: the session's, filtered (card, participant).
    const std::vector<TimelineEvent> &shownEvents() const { return m_shown; }
    void setCardFilter(const QString &cardId);               ///< empty = every card
    void setParticipantFilter(const QString &participantId); ///< empty = everyone

    /// Events from outside the session file shown too (the transcript's cues); called at
    /// each refresh.
    void setMoreEvents(std::function<std::vector<TimelineEvent>()> source);
    /// The deck whose card themes and protocol steps name the cards' and steps' events
    /// (FocusGroup's); without it they show their ids.
    void setDeckSource(std::function<const Deck *()> deck);
    /// What the list and the card filter show for `e`: its text, a card's theme, a step's
    /// text with its note; the id when there is nothing else.
    QString textOf(const TimelineEvent &e) const;

    /// Puts a control in the dock's bar, before Live Map (the sound's Play button).
    void addToBar(QWidget *control);

    ReplayView *replay() const { return m_replay; }
    QSlider *scrubBar() const { return m_slider; }
    TimelineStrip *strip() const { return m_strip; }
    QTreeWidget *eventList() const { return m_list; }
    QComboBox *cardFilter() const { return m_cards; }
    QComboBox *participantFilter() const { return m_participants; }

Q_SIGNALS:
    /// A time was picked on the timeline (session clock, ms): playback may play from there.
    void timeSelected(qint64 ms);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void scheduleRefresh();
    void fillFilters();
    void applyFilters();
    void fillList();
    void alignScrubBar(); ///< the scrub bar's times under the strip's
    void replayingChanged(bool on);
    qint64 endMs() const;

    SessionDocument *m_document;
    ReplayView *m_replay;
    std::vector<TimelineEvent> m_all;
    std::vector<TimelineEvent> m_shown;
    QComboBox *m_cards = nullptr;
    QComboBox *m_participants = nullptr;
    QLabel *m_time = nullptr;
    QPushButton *m_live = nullptr;
    QHBoxLayout *m_bar = nullptr;
    TimelineStrip *m_strip = nullptr;
    QSlider *m_slider = nullptr;
    QHBoxLayout *m_sliderRow = nullptr;
    QTreeWidget *m_list = nullptr;
    QTimer *m_refresh = nullptr;
    bool m_stale = true;
    std::function<std::vector<TimelineEvent>()> m_more;
    std::function<const Deck *()> m_deck;
};

} // namespace nwk
