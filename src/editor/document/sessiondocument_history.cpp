// SPDX-License-Identifier: GPL-3.0-or-later
// The map's history (Session::history): after every step the document compares the map
// with the map as last recorded and appends the changes at the session clock's time; a
// log, not an edit (no undo step). And the replay lock of the timeline.
#include "nwk/core/maphistory.h"
#include "nwk/editor/sessionclock.h"
#include "nwk/editor/sessiondocument.h"

#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace nwk {

namespace {

/// Copies only the map's collections (O(1): they are shared).
void copyMap(const Session &from, Session &to)
{
    to.partners = from.partners;
    to.links = from.links;
    to.groups = from.groups;
    to.missingPartners = from.missingPartners;
    to.relativePlacements = from.relativePlacements;
}

} // namespace

bool SessionDocument::recordsHistory() const
{
    const qint64 now = SessionClock::elapsedMs(m_session);
    if (now < 0 || m_annotationMode)
        return false;
    const qint64 stopped = m_session.recording.stoppedMs;
    return stopped < 0 || now <= stopped;
}

void SessionDocument::resetHistoryBase()
{
    // A history that does not end in the map as it stands (edited while not recording, by
    // hand or by an older version) is caught up by the next recorded change.
    m_heldHistory.clear();
    m_historyBase = Session{};
    copyMap(m_session.history.empty() ? m_session : mapAt(m_session, lastHistoryMs(m_session)),
            m_historyBase);
}

void SessionDocument::holdBetweenRecordings()
{
    // Between Stop Recording and a new Start (the clock runs): the changes keep their times,
    // held until the recording starts again (recordingResumed()); a stop for good drops them.
    const qint64 now = SessionClock::elapsedMs(m_session);
    if (now < 0 || m_annotationMode || m_session.history.empty())
        return;
    const qint64 atMs =
        std::max(now, m_heldHistory.empty() ? lastHistoryMs(m_session) : m_heldHistory.back().atMs);
    for (MapEvent &e : mapEvents(m_historyBase, m_session, atMs))
        m_heldHistory.push_back(std::move(e));
    copyMap(m_session, m_historyBase);
    m_heldHistory.resize(std::min(m_heldHistory.size(), kMaxRecordedHistory));
}

void SessionDocument::recordingResumed()
{
    recordHistory();
}

void SessionDocument::recordHistory()
{
    if (m_live)
        return; // recorded when the gesture ends
    if (!recordsHistory()) {
        // The baseline, when recording starts, is the map as it then stands.
        if (m_session.history.empty())
            copyMap(m_session, m_historyBase);
        else
            holdBetweenRecordings();
        return;
    }
    std::vector<MapEvent> events = std::exchange(m_heldHistory, {});
    const qint64 atMs = std::max(SessionClock::elapsedMs(m_session),
                                 events.empty() ? lastHistoryMs(m_session) : events.back().atMs);
    if (m_session.history.empty())
        events = baselineEvents(m_historyBase, atMs);
    for (MapEvent &e : mapEvents(m_historyBase, m_session, atMs))
        events.push_back(std::move(e));
    copyMap(m_session, m_historyBase);
    const std::size_t room =
        kMaxRecordedHistory - std::min(kMaxRecordedHistory, m_session.history.size());
    if (events.size() > room) // full: the session must stay saveable (maphistory.h)
        events.resize(room);
    appendHistory(std::move(events));
}

void SessionDocument::appendHistory(std::vector<MapEvent> events)
{
    if (events.empty())
        return;
    const int count = static_cast<int>(events.size());
    std::vector<MapEvent> &history = m_session.history.detach();
    history.insert(history.end(), std::make_move_iterator(events.begin()),
                   std::make_move_iterator(events.end()));
    markUnsaved();
    Q_EMIT historyAppended(count);
}

void SessionDocument::setReplaying(bool on)
{
    if (on == m_replaying)
        return;
    m_replaying = on;
    Q_EMIT replayingChanged(on);
}

} // namespace nwk
