// SPDX-License-Identifier: GPL-3.0-or-later
// Transcripts in the editor (issue #26, item 4): Session > Import Transcript… reads a file
// into the Transcript dock on the session clock, the offset is an undo step, search ignores
// accents, and selected cues become a quote by role in the card current at their time.
#include "transcriptfixture.h"

#include "playbackfixture.h"

#include "../support/audioserver.h"

using namespace nwk;
using namespace nwk::test;

namespace {

const Quote *onlyQuote(const Session &s, const QString &cardId)
{
    for (const CardProgress &p : s.cards)
        if (p.cardId == cardId && p.quotes.size() == 1)
            return &p.quotes.front();
    return nullptr;
}

} // namespace

TEST_CASE("An SRT imported through Session > Import Transcript shows its cues on the session "
          "clock and opens again with the session",
          "[transcript]")
{
    SessionFile file(transcriptSession());
    std::optional<Window> w(std::in_place, file.path);
    TranscriptUi ui(*w);
    const int steps = w->stack().count();

    ui.import(kRegenboogSrt);
    // Copied beside the session file (it was elsewhere) and referred to by its name.
    const QString copy =
        QFileInfo(file.path).dir().filePath(QStringLiteral("focusgroep-regenboog.srt"));
    CHECK(readBytes(copy) == readBytes(kRegenboogSrt));
    CHECK(w->doc().session().transcript.file == QStringLiteral("focusgroep-regenboog.srt"));
    CHECK(w->stack().count() == steps + 1);
    CHECK(ui.dock->isVisible());
    REQUIRE(ui.rows() == 8);
    CHECK(ui.cell(0, 0) == QStringLiteral("0:00:04"));
    CHECK(ui.cell(1, 1) == QStringLiteral("Anna"));
    CHECK(ui.cell(1, 2) ==
          QStringLiteral("Vooral met het CLB. De zorgcoördinator belt hen bijna elke week."));

    ui.typeOffset(QStringLiteral("0:02:00"));
    CHECK(w->doc().session().transcript.offsetMs == 120000);
    CHECK(ui.cell(0, 0) == QStringLiteral("0:02:04"));
    CHECK(ui.cell(7, 0) == QStringLiteral("0:02:45"));
    CHECK(w->stack().count() == steps + 2);
    w->doc().undo();
    CHECK(ui.cell(0, 0) == QStringLiteral("0:00:04"));
    CHECK(ui.find<QSpinBox>("transcriptOffset")->text() == QStringLiteral("0:00:00"));
    w->doc().redo();
    CHECK(ui.cell(0, 0) == QStringLiteral("0:02:04"));
    CHECK(ui.find<QSpinBox>("transcriptOffset")->text() == QStringLiteral("0:02:00"));
    w->doc().undo();
    w->doc().undo(); // the import
    CHECK(ui.rows() == 0);
    CHECK(w->doc().session().transcript.file.isEmpty());
    w->doc().redo();
    w->doc().redo();
    CHECK(ui.cell(0, 0) == QStringLiteral("0:02:04"));

    REQUIRE(w->window.save());
    w.reset();
    Window again(file.path);
    TranscriptUi reopened(again);
    REQUIRE(reopened.rows() == 8);
    CHECK(reopened.cell(0, 0) == QStringLiteral("0:02:04"));

    SECTION("a different file of the same name beside the session is never overwritten")
    {
        QFile::remove(copy);
        QFile other(copy);
        REQUIRE(other.open(QIODevice::WriteOnly));
        other.write("1\n00:00:01,000 --> 00:00:02,000\nEen ander gesprek.\n");
        other.close();
        const QByteArray theirs = readBytes(copy);
        reopened.import(kRegenboogSrt);
        CHECK(readBytes(copy) == theirs);
        CHECK(again.doc().session().transcript.file ==
              QStringLiteral("focusgroep-regenboog-2.srt"));
        CHECK(reopened.rows() == 8);
    }
    SECTION("a missing transcript is said in the dock; the session opens")
    {
        again.window.close();
        REQUIRE(QFile::remove(copy));
        Window third(file.path);
        TranscriptUi missing(third);
        CHECK(missing.rows() == 0);
        const QString said = missing.find<QLabel>("transcriptProblems")->text();
        CHECK(said.contains(QStringLiteral("focusgroep-regenboog.srt is missing")));
        CHECK(third.doc().session().transcript.file == QStringLiteral("focusgroep-regenboog.srt"));
    }
}

TEST_CASE("A malformed transcript is refused with its located message and changes nothing",
          "[transcript]")
{
    SessionFile file(transcriptSession());
    QTemporaryDir elsewhere;
    const QString broken = elsewhere.filePath(QStringLiteral("kapot.srt"));
    QFile f(broken);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Focusgroep De Regenboog\nnotities van de tweede sessie\n");
    f.close();
    Window w(file.path);
    TranscriptUi ui(w);
    const int steps = w.stack().count();
    const Session before = w.doc().session();

    ModalAnswerer box(QMessageBox::Ok);
    ui.import(broken);
    REQUIRE(box.seen);
    CHECK(box.text.contains(QStringLiteral("kapot.srt was not imported")));
    CHECK(box.informativeText.startsWith(QStringLiteral("kapot.srt:1: ")));
    CHECK(w.doc().session() == before);
    CHECK(w.stack().count() == steps);
    CHECK_FALSE(
        QFileInfo::exists(QFileInfo(file.path).dir().filePath(QStringLiteral("kapot.srt"))));
    CHECK(ui.rows() == 0);
}

TEST_CASE("Searching the transcript finds a word without its accents, next and previous",
          "[transcript]")
{
    SessionFile file(transcriptSession());
    Window w(file.path);
    TranscriptUi ui(w);
    ui.import(kRegenboogSrt);

    auto *search = ui.find<QLineEdit>("transcriptSearch");
    typeInto(search, QStringLiteral("coordinator"));
    // "1 match(es)" without the English plural forms the application loads.
    CHECK(ui.find<QLabel>("transcriptHits")->text().startsWith(QStringLiteral("1 match")));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(ui.table->selectionModel()->isRowSelected(1, {}));

    typeInto(search, QStringLiteral("EEN keer"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(ui.table->selectionModel()->isRowSelected(4, {})); // "één keer"
    typeInto(search, QStringLiteral("met"));
    CHECK(ui.find<QLabel>("transcriptHits")->text().startsWith(QStringLiteral("3 match")));
    QTest::mouseClick(ui.find<QToolButton>("transcriptNext"), Qt::LeftButton);
    CHECK(ui.table->selectionModel()->isRowSelected(0, {}));
    QTest::mouseClick(ui.find<QToolButton>("transcriptPrevious"), Qt::LeftButton);
    CHECK(ui.table->selectionModel()->isRowSelected(2, {})); // wraps round to the last
}

TEST_CASE("Two selected cues make one quote by the speaker's participant in the card current "
          "at their time",
          "[transcript]")
{
    SessionFile file(transcriptSession());
    Window w(file.path);
    TranscriptUi ui(w);
    ui.import(kRegenboogSrt);
    ui.assign(QStringLiteral("Anna"), 1); // P1, the zorgcoördinator
    CHECK(ui.cell(1, 1) == QStringLiteral("P1 (zorgcoördinator)"));
    const int steps = w.stack().count();

    ui.click(1);
    ui.click(2, Qt::ShiftModifier);
    QTest::mouseClick(ui.find<QPushButton>("transcriptMakeQuote"), Qt::LeftButton);
    CHECK(w.stack().count() == steps + 1);
    REQUIRE(w.window.save());
    const Session saved = file.read();
    // Cue 2 starts at 0:00:10.200, when the first card was current (its second card began
    // at 0:00:15, before cue 3).
    const Quote *q = onlyQuote(saved, QStringLiteral("betekenisonderhandeling"));
    REQUIRE(q);
    CHECK(q->text == QStringLiteral("Vooral met het CLB. De zorgcoördinator belt hen bijna elke "
                                    "week. En met de buurtwerking, voor de naschoolse opvang."));
    CHECK(q->participantId == QStringLiteral("pt1"));
    CHECK(q->atMs == 10200);
    w.doc().undo();
    CHECK(onlyQuote(w.doc().session(), QStringLiteral("betekenisonderhandeling")) == nullptr);
}

TEST_CASE("A quote from an unassigned speaker has no participant and never the speaker's name",
          "[transcript]")
{
    SessionFile file(transcriptSession());
    Window w(file.path);
    TranscriptUi ui(w);
    ui.import(kRegenboogSrt);
    ui.typeOffset(QStringLiteral("0:00:30")); // Bram's cue 4 at 0:00:52: the second card

    ui.click(3);
    QTest::mouseClick(ui.find<QPushButton>("transcriptMakeQuote"), Qt::LeftButton);
    REQUIRE(w.window.save());
    const Session saved = file.read();
    const Quote *q = onlyQuote(saved, QStringLiteral("actoreninventarisatie"));
    REQUIRE(q);
    CHECK(q->text ==
          QStringLiteral("Ik zou de ouderraad er ook bij zetten, die zijn echt geëngageerd."));
    CHECK(q->participantId.isEmpty());
    CHECK(q->atMs == 52000);
    CHECK_FALSE(file.bytes().contains("Bram"));
}

TEST_CASE("Play from Here on a cue is greyed out with the reason when the recording does "
          "not cover it",
          "[transcript]")
{
    SessionFile file(transcriptSession()); // no recording
    Window w(file.path);
    TranscriptUi ui(w);
    ui.import(kRegenboogSrt);
    ui.click(2);
    auto *play = ui.find<QPushButton>("transcriptPlay");
    CHECK_FALSE(play->isEnabled());
    CHECK(play->toolTip() == playbackOf(w.window)->unavailableReason(17000));
    CHECK_FALSE(play->toolTip().isEmpty());
}

TEST_CASE("Play from Here on a cue plays the recording from the cue's clock time minus the "
          "lead-in",
          "[transcript][audio]")
{
    const QString problem = useTestAudioServer();
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    CleanSettings clean(QStringLiteral("playback"));
    QSettings().setValue(QString::fromLatin1(Playback::kLeadInKey), 2);
    Session s = transcriptSession();
    s.recordingStarted = QStringLiteral("2026-03-12T09:00:00.000Z");
    s.recording.parts = {part("regenboog.audio/part-001.wav", 0, 30000)};
    SessionFile file(s);
    writeSine(file.dir.filePath(QStringLiteral("regenboog.audio/part-001.wav")), 30);
    Window w(file.path);
    TranscriptUi ui(w);
    ui.import(kRegenboogSrt);
    ui.typeOffset(QStringLiteral("-0:00:02"));
    ui.click(2); // 0:00:17 on the transcript's clock, 0:00:15 on the session's
    auto *play = ui.find<QPushButton>("transcriptPlay");
    REQUIRE(play->isEnabled());
    Playback *playback = playbackOf(w.window);
    FirstPosition first(playback);
    QTest::mouseClick(play, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return first.clockMs >= 0; }, kWaitMs));
    CHECK(playback->currentPart() == 0);
    CHECK(first.clockMs >= 13000 - 200); // 15 s minus the 2 s lead-in
    INFO("reported " << first.elapsedMs << " ms after the click");
    CHECK(first.clockMs < first.latest(13000)); // not from the cue's time (15000)
    playback->stop();
}

TEST_CASE("An untitled session is saved before a transcript is imported (or nothing happens)",
          "[transcript]")
{
    SessionFile file(transcriptSession());
    Window w(file.path);
    w.doc().reset(transcriptSession()); // untitled
    TranscriptUi ui(w);
    ModalAnswerer box(QMessageBox::Cancel);
    w.action(QStringLiteral("Import Transcript\u2026"))->trigger();
    REQUIRE(box.seen);
    CHECK(box.text.startsWith(QStringLiteral("Save the session first")));
    CHECK(w.doc().session().transcript.file.isEmpty());
    CHECK(w.stack().count() == 0);
}

TEST_CASE("Align to Clock Time sets the offset so that the selected cue starts then",
          "[transcript]")
{
    SessionFile file(transcriptSession());
    Window w(file.path);
    TranscriptUi ui(w);
    ui.import(kRegenboogSrt);
    ui.click(3); // Bram at 0:00:22 on the transcript's clock
    InNextModal typed(ui.dock, [](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        REQUIRE(edit);
        CHECK(edit->text() == QStringLiteral("0:00:22"));
        typeInto(edit, QStringLiteral("0:41:12"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QMetaObject::invokeMethod(ui.dock, "alignSelected");
    typed.requireDone();
    CHECK(w.doc().session().transcript.offsetMs == (41 * 60 + 12 - 22) * 1000);
    CHECK(ui.cell(3, 0) == QStringLiteral("0:41:12"));
}

TEST_CASE("Saving the session into another folder takes its transcript along", "[transcript]")
{
    SessionFile file(transcriptSession());
    Window w(file.path);
    TranscriptUi ui(w);
    ui.import(kRegenboogSrt);
    QTemporaryDir other;
    const QString moved = other.filePath(QStringLiteral("regenboog-kopie.nwk"));
    REQUIRE(w.doc().saveAs(moved).isEmpty());
    CHECK(readBytes(other.filePath(QStringLiteral("focusgroep-regenboog.srt"))) ==
          readBytes(kRegenboogSrt));
    CHECK(ui.rows() == 8);
    CHECK(ui.find<QLabel>("transcriptProblems")->text().isEmpty());
}
