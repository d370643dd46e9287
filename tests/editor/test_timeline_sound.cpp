// SPDX-License-Identifier: GPL-3.0-or-later
// The replay with the sound (issue #26, item 3): the Timeline dock's Play button plays the
// recording from the time replayed, the replayed map follows the playback's clock, and a
// time picked while it plays moves the playback there.
#include "playbackfixture.h"

#include "../../src/editor/context/editorcontext.h"
#include "../../src/editor/timeline/replayview.h"
#include "../../src/editor/timeline/timelinedock.h"
#include "../support/audioserver.h"

#include <QPushButton>

using namespace nwk;
using namespace nwk::test;

namespace {

TimelineDock *timelineOf(Window &w)
{
    auto *dock = w.window.context().feature<TimelineDock>();
    REQUIRE(dock);
    dock->show();
    dock->refresh();
    return dock;
}

QPushButton *playButton(TimelineDock *dock)
{
    auto *play = dock->findChild<QPushButton *>(QStringLiteral("timelinePlayButton"));
    REQUIRE(play);
    return play;
}

} // namespace

TEST_CASE("The timeline's Play is greyed out with the reason when there is no recording",
          "[timeline]")
{
    SessionFile file(sampleSession());
    Window w(file.path);
    TimelineDock *dock = timelineOf(w);
    dock->selectTime(500);
    QPushButton *play = playButton(dock);
    CHECK_FALSE(play->isEnabled());
    CHECK(play->toolTip() == playbackOf(w.window)->unavailableReason(500));
    CHECK_FALSE(play->toolTip().isEmpty());
}

TEST_CASE("The timeline plays the recording from the time replayed and the replay follows "
          "the sound, and scrubbing while it plays moves the sound",
          "[timeline][audio]")
{
    const QString problem = useTestAudioServer();
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    CleanSettings clean(QStringLiteral("playback"));
    QSettings().setValue(QString::fromLatin1(Playback::kLeadInKey), 0);
    RecordedFile file; // parts at 0:00-0:04 and 0:10-0:14
    Window w(file.path);
    TimelineDock *dock = timelineOf(w);
    Playback *playback = playbackOf(w.window);
    dock->selectTime(1000);
    QPushButton *play = playButton(dock);
    REQUIRE(play->isEnabled());
    QTest::mouseClick(play, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return dock->replay()->time() >= 2000; }, kWaitMs));
    CHECK(dock->replay()->isReplaying());
    CHECK(playback->currentPart() == 0);

    dock->selectTime(10500); // scrubbed while playing: the sound moves there
    REQUIRE(QTest::qWaitFor([&] { return playback->currentPart() == 1; }, kWaitMs));
    REQUIRE(QTest::qWaitFor([&] { return playback->clockPosition() >= 10500; }, kWaitMs));
    CHECK(playback->clockPosition() < 14100);
    playback->stop();
}
