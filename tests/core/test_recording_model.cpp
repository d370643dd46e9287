// SPDX-License-Identifier: GPL-3.0-or-later
// What the recording adds to the session file (recording.h, MapEvent): round trips,
// validation with JSON paths, and what anonymised exports keep of it.
#include <catch2/catch.hpp>

#include "nwk/core/anonymise.h"
#include "nwk/core/sessionio.h"
#include "nwk/core/validation.h"

using namespace nwk;

namespace {

Session recordedSession()
{
    Session s = newSession();
    Participant p1;
    p1.id = QStringLiteral("p1");
    p1.code = QStringLiteral("P1");
    s.participants.push_back(p1);
    Partner clb;
    clb.id = QStringLiteral("pa1");
    clb.label = QStringLiteral("Juf Ann");
    clb.kind = PartnerKind::Person;
    clb.pseudonym = QStringLiteral("Leerkracht A");
    clb.placement = Placement{0.4, 90.0};
    s.partners.push_back(clb);
    s.recordingStarted = QStringLiteral("2026-12-07T10:00:00.000Z");
    s.recording.parts.push_back({QStringLiteral("school.audio/part-001.wav"),
                                 0,
                                 61000,
                                 QStringLiteral("Built-in microphone"),
                                 {}});
    s.recording.parts.push_back(
        {QStringLiteral("school.audio/part-002.wav"), 75000, 5000, QString(), {}});
    s.recording.consentedBy = {QStringLiteral("p1")};
    s.recording.stoppedMs = 80000;
    s.transcript.file = QStringLiteral("school.srt");
    s.transcript.offsetMs = -2500;
    s.transcript.speakers.push_back({QStringLiteral("Ann"), QStringLiteral("p1"), {}});
    MapEvent added;
    added.atMs = 1000;
    added.kind = MapObjectKind::Partner;
    added.id = clb.id;
    added.partner = clb;
    MapEvent gone;
    gone.atMs = 2000;
    gone.kind = MapObjectKind::Link;
    gone.id = QStringLiteral("l1");
    gone.removed = true;
    s.history.push_back(added);
    s.history.push_back(gone);
    return s;
}

QStringList messages(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << d.toString();
    return out;
}

} // namespace

TEST_CASE("the recording, transcript and history survive a save and a load", "[io][recording]")
{
    const Session s = recordedSession();
    CHECK(validate(s).empty());
    const QByteArray bytes = serializeSession(s);
    CHECK(bytes.contains("\"part-002.wav") == false); // the path is written whole
    CHECK(bytes.contains("\"school.audio/part-002.wav\""));
    const SessionReadResult r = parseSession(bytes);
    INFO(messages(r.diagnostics).join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.session);
    CHECK(r.session->recording == s.recording);
    CHECK(r.session->transcript == s.transcript);
    CHECK(r.session->history == s.history);
    CHECK(serializeSession(*r.session) == bytes);
}

TEST_CASE("a session without a recording writes none of its keys", "[io][recording]")
{
    const QByteArray bytes = serializeSession(newSession());
    CHECK_FALSE(bytes.contains("\"recording\""));
    CHECK_FALSE(bytes.contains("\"transcript\""));
    CHECK_FALSE(bytes.contains("\"history\""));
}

TEST_CASE("validation names what is wrong in the recording and the history",
          "[validation][recording]")
{
    Session s = recordedSession();
    s.recording.parts[1].file = QStringLiteral("../elsewhere.wav");
    s.recording.parts[1].startMs = 30000; // inside the first part
    s.recording.consentedBy << QStringLiteral("p9");
    s.transcript.file = QStringLiteral("/home/someone/t.srt");
    s.history[1].atMs = 500;                          // earlier than the event before
    s.history[0].partner->id = QStringLiteral("pa2"); // not the event's id
    MapEvent wrong;
    wrong.atMs = 3000;
    wrong.kind = MapObjectKind::Group;
    wrong.id = QStringLiteral("g1");
    wrong.link = Link{};
    s.history.push_back(wrong);
    const QStringList m = messages(validate(s));
    INFO(m.join(QLatin1Char('\n')).toStdString());
    CHECK(m.contains(QStringLiteral("/recording/parts/1/file: \"../elsewhere.wav\" is not a "
                                    "relative path inside the session's folder")));
    CHECK(m.contains(QStringLiteral(
        "/recording/parts/1/startMs: starts before the part before it ends (61000 ms)")));
    CHECK(m.contains(QStringLiteral("/recording/consentedBy/1: unknown participant \"p9\"")));
    CHECK(m.contains(QStringLiteral("/transcript/file: \"/home/someone/t.srt\" is not a relative "
                                    "path inside the session's folder")));
    CHECK(
        m.contains(QStringLiteral("/history/1/atMs: earlier than the event before it (1000 ms)")));
    CHECK(m.contains(
        QStringLiteral("/history/0: the value's id \"pa2\" is not the event's id \"pa1\"")));
    CHECK(m.contains(QStringLiteral("/history/2: needs exactly one value, its \"group\"")));
    CHECK(m.size() == 7);
}

TEST_CASE("an anonymised session keeps no audio, no transcript and no name in its history",
          "[anonymise][recording]")
{
    const Session s = recordedSession();
    const Session open = sessionForExport(s, false);
    CHECK(open.recording.parts.size() == 2);
    CHECK(open.transcript.file == QStringLiteral("school.srt"));
    const Session anonymous = sessionForExport(s, true);
    CHECK(anonymous.recording.parts.empty());
    CHECK(anonymous.transcript == TranscriptRef{});
    REQUIRE(anonymous.history[0].partner);
    CHECK(anonymous.history[0].partner->label == QStringLiteral("Leerkracht A"));
    CHECK_FALSE(serializeSession(anonymous).contains("Juf Ann"));
}

TEST_CASE("the history is written compact: a later value of an object as a merge patch",
          "[io][recording]")
{
    Session s = recordedSession();
    Partner clb = *s.history[0].partner;
    for (int i = 1; i <= 3; ++i) {
        clb.placement = Placement{0.1 * i, 30.0 * i};
        if (i == 2)
            clb.marks = {QStringLiteral("p1")};
        if (i == 3)
            clb.marks.clear(); // a key that goes: null in the patch
        MapEvent moved;
        moved.atMs = 2000 + 1000 * i;
        moved.kind = MapObjectKind::Partner;
        moved.id = clb.id;
        moved.partner = clb;
        s.history.push_back(moved);
    }
    const QByteArray bytes = serializeSession(s);
    CHECK(bytes.count("\"patch\"") == 3);
    CHECK(bytes.count("\"Juf Ann\"") == 2); // the partner itself and its first event
    const SessionReadResult r = parseSession(bytes);
    INFO(messages(r.diagnostics).join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.session);
    CHECK(r.session->history == s.history);
    CHECK(serializeSession(*r.session) == bytes);
}

TEST_CASE("a history patch without an earlier value is refused with its path", "[io][recording]")
{
    QByteArray bytes = serializeSession(recordedSession());
    // The first event's value (not its "kind": "partner"): the key followed by an object.
    const qsizetype event = bytes.indexOf("\"partner\": {", bytes.indexOf("\"history\""));
    REQUIRE(event > 0);
    bytes.replace(event, 9, "\"patch\"");
    const SessionReadResult r = parseSession(bytes);
    CHECK_FALSE(r.session);
    INFO(messages(r.diagnostics).join(QLatin1Char('\n')).toStdString());
    CHECK(messages(r.diagnostics)
              .contains(QStringLiteral(
                  "/history/0/patch: no earlier value of \"partner/pa1\" to apply it to")));
}

TEST_CASE("an anonymised export replaces the name of a person the history holds, also one "
          "removed since",
          "[anonymise][recording]")
{
    Session s = recordedSession();
    Partner jan;
    jan.id = QStringLiteral("pa9");
    jan.label = QStringLiteral("Jan de Vries");
    jan.kind = PartnerKind::Person;
    jan.pseudonym = QStringLiteral("Ouder B");
    MapEvent added;
    added.atMs = 2500;
    added.kind = MapObjectKind::Partner;
    added.id = jan.id;
    added.partner = jan;
    s.history.push_back(added);
    MapEvent removed;
    removed.atMs = 2600;
    removed.kind = MapObjectKind::Partner;
    removed.id = jan.id;
    removed.removed = true;
    s.history.push_back(removed); // not on the map any more
    Memo memo;
    memo.id = QStringLiteral("m1");
    memo.text = QStringLiteral("Jan de Vries kwam ter sprake");
    s.memos.push_back(memo);
    const QByteArray bytes = serializeSession(sessionForExport(s, true));
    CHECK_FALSE(bytes.contains("Jan de Vries"));
    CHECK(bytes.contains("Ouder B kwam ter sprake"));
}
