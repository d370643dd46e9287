// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline table: every timed thing of the session on its clock (timelineEvents(),
// nwk/core/timeline.h), one row each: cards and audio parts as spans, quotes, notes, memos,
// metaphors, closing answers, protocol steps, participants joining and leaving, and the
// map's changes. Drawn from the session as sessionForExport() gives it: anonymised, texts
// and labels are anonymised as the quotes are and there are no audio parts.
#include "csvtable.h"
#include "exportcommon.h"
#include "nwk/core/clocktext.h"
#include "nwk/core/timeline.h"

namespace nwk::dataexport {

namespace {

template <typename E> QString enumText(E value)
{
    const std::string_view spelling = toString(value);
    return QString::fromLatin1(spelling.data(), static_cast<qsizetype>(spelling.size()));
}

} // namespace

CsvRows timelineTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{"egoID", "atMs", "endMs", "time", "endTime", "kind", "change", "objectKind",
               "objectId", "cardId", "participantId", "text"}};
    t.numbers({"atMs", "endMs"});
    t.idColumn = 8; // "objectId"
    const QString ego = egoId(s, o);
    for (const TimelineEvent &e : timelineEvents(s)) {
        const bool mapChange = e.kind == TimelineKind::MapChange;
        const bool onMap = mapChange || e.kind == TimelineKind::PartnerAdded;
        t.add({ego, timeMs(e.atMs), timeMs(e.endMs), fullClockText(e.atMs), fullClockText(e.endMs),
               enumText(e.kind), mapChange ? enumText(e.change) : QString(),
               onMap ? enumText(e.objectKind) : QString(), e.objectId, e.cardId, e.participantId,
               e.text});
    }
    return t;
}

} // namespace nwk::dataexport
