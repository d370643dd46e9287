// SPDX-License-Identifier: GPL-3.0-or-later
// The transcript in the timeline (issue #26, item 4): the imported transcript's cues on the
// session clock in the Timeline dock, following the offset, filtered by the participant
// their speaker is.
#include "transcriptfixture.h"

#include "../../src/editor/context/editorcontext.h"
#include "../../src/editor/timeline/timelinedock.h"

using namespace nwk;
using namespace nwk::test;

namespace {

std::vector<TimelineEvent> cues(const TimelineDock *dock)
{
    std::vector<TimelineEvent> out;
    for (const TimelineEvent &e : dock->shownEvents())
        if (e.kind == TimelineKind::TranscriptCue)
            out.push_back(e);
    return out;
}

} // namespace

TEST_CASE("The timeline shows the transcript's cues on the session clock and filters them by "
          "their speaker's participant",
          "[timeline][transcript]")
{
    SessionFile file(transcriptSession());
    Window w(file.path);
    TranscriptUi ui(w);
    auto *dock = w.window.context().feature<TimelineDock>();
    dock->show();
    CHECK(cues(dock).empty());

    ui.import(kRegenboogSrt);
    ui.typeOffset(QStringLiteral("0:00:10"));
    dock->refresh();
    std::vector<TimelineEvent> shown = cues(dock);
    REQUIRE(shown.size() >= 7);
    CHECK(shown[0].atMs == 14000); // 0:00:04 on the transcript's clock, +10 s
    CHECK(shown[1].atMs == 20200);
    CHECK(shown[1].text.startsWith(QStringLiteral("Vooral met het CLB")));
    CHECK(shown[1].cardId == QStringLiteral("actoreninventarisatie")); // current from 0:00:15

    ui.assign(QStringLiteral("Anna"), 1); // P1
    dock->refresh();
    const auto p1 = dock->participantFilter()->findData(QStringLiteral("pt1"));
    REQUIRE(p1 >= 0);
    dock->participantFilter()->setCurrentIndex(p1);
    shown = cues(dock);
    REQUIRE(shown.size() == 3); // Anna's three cues
    CHECK(shown[0].participantId == QStringLiteral("pt1"));
    CHECK(shown[1].atMs == 27000);
    CHECK(shown[2].atMs == 55600);
}
