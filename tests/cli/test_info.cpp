// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart-cli info: the summary shows the session's counts.
#include "clitest.h"

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace nwk;
using namespace nwk::clitest;

namespace {

/// The numbers at the end of the table row that starts (after indentation) with `label`.
std::vector<int> rowNumbers(const QString &out, const QString &label)
{
    std::vector<int> numbers;
    for (const auto &line : out.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(label + QStringLiteral("  ")))
            continue;
        const QStringList cells =
            trimmed.mid(label.size())
                .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const auto &cell : cells)
            numbers.push_back(cell.toInt());
        break;
    }
    return numbers;
}

QString infoOf(const Session &s, const QStringList &extra = {})
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("school.nwk"));
    REQUIRE(writeSessionFile(s, file).isEmpty());
    const CliResult r = runCli(QStringList{QStringLiteral("info"), file} + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.normalExit);
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.err.isEmpty());
    return r.out;
}

} // namespace

TEST_CASE("info shows partners per category and ring", "[cli][info]")
{
    const QString out = infoOf(sampleSession());
    INFO(out.toStdString());

    CHECK(out.contains(QStringLiteral("Partners (7: 6 placed, 1 unplaced)")));
    const QStringList header = linesStartingWith(out, QStringLiteral("  Category"));
    REQUIRE(header.size() == 1);
    CHECK(header.first().simplified() ==
          QStringLiteral("Category dichtbij tussenin veraf unplaced total"));

    using Row = std::vector<int>;
    CHECK(rowNumbers(out, QStringLiteral("Professionalisering van het team")) ==
          Row{0, 1, 0, 0, 1});
    CHECK(rowNumbers(out, QStringLiteral("Pedagogisch-didactisch aanbod voor leerlingen")) ==
          Row{0, 1, 0, 0, 1});
    CHECK(rowNumbers(out, QStringLiteral("Zorg voor leerlingen")) == Row{1, 0, 1, 0, 2});
    CHECK(rowNumbers(out, QStringLiteral("Werk en stage buiten de school")) == Row{0, 0, 0, 1, 1});
    CHECK(rowNumbers(out, QStringLiteral("Beleid")) == Row{0, 0, 0, 0, 0});
    CHECK(rowNumbers(out, QStringLiteral("Onderzoek")) == Row{0, 1, 0, 0, 1});
    CHECK(rowNumbers(out, QStringLiteral("Interne actoren")) == Row{0, 0, 1, 0, 1});
    CHECK(rowNumbers(out, QStringLiteral("Total")) == Row{1, 3, 2, 1, 7});
}

TEST_CASE("info shows school, participants, links, missing partners, cards", "[cli][info]")
{
    const Session s = sampleSession();
    const QString out = infoOf(s);
    INFO(out.toStdString());

    CHECK(linesStartingWith(out, QStringLiteral("School:"))
              .value(0)
              .endsWith(QStringLiteral("Sint-Jozefschool (pseudonym: School-A)")));
    CHECK(linesStartingWith(out, QStringLiteral("Date:"))
              .value(0)
              .endsWith(QStringLiteral("2019-03-14")));

    CHECK(out.contains(QStringLiteral("Participants (3)")));
    const QStringList p2 = linesStartingWith(out, QStringLiteral("  P2 "));
    REQUIRE(p2.size() == 1);
    CHECK(p2.first().simplified() == QStringLiteral("P2 zorgcoördinator care 1"));
    CHECK(linesStartingWith(out, QStringLiteral("  P1 ")).value(0).simplified() ==
          QStringLiteral("P1 leerkracht teacher 1"));

    CHECK(out.contains(QStringLiteral("Links (4)")));
    using Row = std::vector<int>;
    CHECK(rowNumbers(out, QStringLiteral("collaborates")) == Row{2});
    CHECK(rowNumbers(out, QStringLiteral("part-of")) == Row{1});
    CHECK(rowNumbers(out, QStringLiteral("funds")) == Row{1});

    CHECK(out.contains(QStringLiteral("Missing partners (2)")));
    CHECK(linesStartingWith(out, QStringLiteral("  Bibliotheek")).value(0).simplified() ==
          QStringLiteral("Bibliotheek Pedagogisch-didactisch aanbod voor leerlingen hoped-for"));

    const Deck deck = builtinDeck(QStringLiteral("nl"));
    REQUIRE(deck.cards.size() >= 2);
    CHECK(out.contains(QStringLiteral("Cards: 1 done, 1 in progress, 0 skipped, %1 total; "
                                      "time spent 0:02:35")
                           .arg(deck.cards.size())));
    CHECK(out.contains(QStringLiteral("Metaphors: 2")));
}

TEST_CASE("info labels categories and rings in the chosen language", "[cli][info]")
{
    const QString out = infoOf(sampleSession(), {QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(out.toStdString());
    CHECK(linesStartingWith(out, QStringLiteral("  Category")).value(0).simplified() ==
          QStringLiteral("Category close in between far unplaced total"));
    CHECK(rowNumbers(out, QStringLiteral("Pupil care")) == std::vector<int>{1, 0, 1, 0, 2});
}

TEST_CASE("info on an empty session and on bad input", "[cli][info]")
{
    const QString out = infoOf(newSession());
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("Participants: none")));
    CHECK(out.contains(QStringLiteral("Partners (0: 0 placed, 0 unplaced)")));
    CHECK(rowNumbers(out, QStringLiteral("Total")) == std::vector<int>{0, 0, 0, 0, 0});

    const QString bad = QStringLiteral(NWK_TEST_DATA "/cli/dangling-link.nwk");
    const CliResult r = runCli({QStringLiteral("info"), bad});
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(bad + QStringLiteral(": /links/0/to")));

    CHECK(runCli({QStringLiteral("info")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("info"), bad, QStringLiteral("--lang"), QStringLiteral("fr")})
              .exitCode == 2);
}

TEST_CASE("info tells the recording: audio parts and those not on disk, consent, transcript, "
          "the map's history",
          "[cli][info]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Session s = sampleSession();
    REQUIRE(s.participants.size() == 3);
    s.recordingStarted = QStringLiteral("2026-12-07T10:00:00.000Z");
    AudioPart first;
    first.file = QStringLiteral("school.audio/part-001.wav");
    first.durationMs = 61000;
    AudioPart second;
    second.file = QStringLiteral("school.audio/part-002.wav");
    second.startMs = 70000;
    second.durationMs = 59000;
    s.recording.parts = {first, second};
    s.recording.consentedBy = {s.participants[0].id, s.participants[2].id};
    s.transcript.file = QStringLiteral("school %1.srt"); // "%1" stays as it is
    s.transcript.offsetMs = -5000;
    TranscriptSpeaker named;
    named.speaker = QStringLiteral("Jan Peeters");
    named.participantId = s.participants[1].id;
    TranscriptSpeaker unassigned;
    unassigned.speaker = QStringLiteral("Interviewer");
    s.transcript.speakers = {named, unassigned};
    std::vector<MapEvent> history;
    for (int i = 0; i < 3; ++i) {
        MapEvent e;
        e.atMs = 1000 * (i + 1);
        e.id = s.partners[static_cast<std::size_t>(i)].id;
        e.partner = s.partners[static_cast<std::size_t>(i)];
        history.push_back(e);
    }
    s.history = history;
    const QString file = dir.filePath(QStringLiteral("school.nwk"));
    REQUIRE(writeSessionFile(s, file).isEmpty());
    // Only the first part is on disk; the transcript is not.
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("school.audio")));
    QFile part(dir.filePath(first.file));
    REQUIRE(part.open(QIODevice::WriteOnly));
    part.write("RIFF");
    part.close();

    const CliResult r = runCli({QStringLiteral("info"), file});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(
        QStringLiteral("Audio: 2 parts, 0:02:00 recorded; consent: 2 of 3 participants")));
    CHECK(r.out.contains(QStringLiteral("  not beside the file: school.audio/part-002.wav\n")));
    CHECK(r.out.contains(QStringLiteral(
        "Transcript: school %1.srt (not beside the file), offset -0:00:05, 1 speaker assigned")));
    CHECK(r.out.contains(QStringLiteral("Map history: 3 timed changes")));
    CHECK_FALSE(r.out.contains(QStringLiteral("Jan Peeters"))); // a speaker may be a name

    const CliResult j = runCli({QStringLiteral("info"), QStringLiteral("--json"), file});
    REQUIRE(j.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
    const QJsonObject audio = o.value(QStringLiteral("audio")).toObject();
    CHECK(audio.value(QStringLiteral("parts")).toInt() == 2);
    CHECK(audio.value(QStringLiteral("recordedMs")).toInteger() == 120000);
    CHECK(audio.value(QStringLiteral("consented")).toInt() == 2);
    CHECK(audio.value(QStringLiteral("missingParts")).toArray() ==
          QJsonArray{QStringLiteral("school.audio/part-002.wav")});
    const QJsonObject transcript = o.value(QStringLiteral("transcript")).toObject();
    CHECK(transcript.value(QStringLiteral("offsetMs")).toInteger() == -5000);
    CHECK(transcript.value(QStringLiteral("found")).toBool() == false);
    CHECK(transcript.value(QStringLiteral("speakersAssigned")).toInt() == 1);
    CHECK(o.value(QStringLiteral("historyEvents")).toInt() == 3);
    CHECK_FALSE(j.out.contains(QStringLiteral("Jan Peeters")));

    // A session without any: said so.
    const QString plain = infoOf(sampleSession());
    CHECK(plain.contains(QStringLiteral("Audio: none; consent: 0 of 3 participants")));
    CHECK(plain.contains(QStringLiteral("Transcript: none")));
    CHECK(plain.contains(QStringLiteral("Map history: 0 timed changes")));
}
