// SPDX-License-Identifier: GPL-3.0-or-later
// The document records the map's history while the session clock runs (maphistory.h):
// the replay at a time equals the map saved at that time, the history survives a save
// and a load, and nothing is recorded in annotation mode or without a running clock.
#include <catch2/catch.hpp>

#include "nwk/core/maphistory.h"
#include "nwk/core/sessionio.h"
#include "nwk/editor/cardcommands.h"
#include "nwk/editor/changevalue.h"
#include "nwk/editor/linkcommands.h"
#include "nwk/editor/markcommands.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/partnercommands.h"
#include "nwk/editor/sessionclock.h"
#include "nwk/editor/sessiondocument.h"

#include <QDir>
#include <QTemporaryDir>

#include <algorithm>

using namespace nwk;

namespace {

struct FakeClock {
    QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    FakeClock()
    {
        SessionClock::setNowSourceForTesting([this] { return now; });
    }
    ~FakeClock() { SessionClock::setNowSourceForTesting({}); }
    void at(qint64 ms) { now = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC).addMSecs(ms); }
};

Partner partner(const char *id, double angle)
{
    Partner p;
    p.id = QString::fromLatin1(id);
    p.label = QStringLiteral("Partner ") + p.id;
    p.placement = Placement{0.5, angle};
    return p;
}

/// A session whose clock started at the fake clock's 10:00, with one partner on the map.
Session runningSession()
{
    Session s = newSession();
    Participant p1;
    p1.id = QStringLiteral("p1");
    p1.code = QStringLiteral("P1");
    s.participants.push_back(p1);
    s.partners.push_back(partner("pa1", 10));
    s.recordingStarted = QStringLiteral("2026-12-07T10:00:00.000Z");
    return s;
}

template <typename T> std::vector<T> byId(const SharedVector<T> &items)
{
    std::vector<T> out = items.vector();
    std::sort(out.begin(), out.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return out;
}

/// The map's objects, in id order (the replay keeps the order of first addition).
auto mapOf(const Session &s)
{
    return std::make_tuple(byId(s.partners), byId(s.links), byId(s.groups), byId(s.missingPartners),
                           byId(s.relativePlacements));
}

void move(SessionDocument &doc, const char *id, double angle)
{
    doc.push(new MovePartners(&doc, {{QString::fromLatin1(id), Placement{0.5, angle}, QString()}},
                              QStringLiteral("Move")));
}

} // namespace

TEST_CASE("the replay at each time equals the map saved at that time, also after a load",
          "[history][editor]")
{
    FakeClock clock;
    QTemporaryDir dir;
    SessionDocument doc;
    doc.reset(runningSession());
    std::vector<std::pair<qint64, QString>> saved; // time, file saved then
    const auto saveCopy = [&](qint64 t) {
        const QString file = dir.filePath(QStringLiteral("at-%1.nwk").arg(t));
        REQUIRE(writeSessionFile(doc.session(), file).isEmpty());
        saved.emplace_back(t, file);
    };

    clock.at(1000);
    doc.push(new AddPartner(&doc, partner("pa2", 200)));
    saveCopy(1000);
    CHECK(doc.session().history.size() == 2); // the baseline (pa1) and pa2

    clock.at(2000); // a drag: one event at its release
    doc.setLive(true);
    for (double angle : {20.0, 30.0, 40.0}) {
        clock.at(2000 + static_cast<qint64>(angle));
        move(doc, "pa1", angle);
    }
    CHECK(doc.session().history.size() == 2);
    doc.setLive(false);
    CHECK(doc.session().history.size() == 3);
    CHECK(doc.session().history.back().atMs == 2040);
    saveCopy(2040);

    clock.at(3000);
    Link l;
    l.id = QStringLiteral("l1");
    l.from = QStringLiteral("pa1");
    l.to = QStringLiteral("pa2");
    doc.push(new AddLink(&doc, l));
    clock.at(3500);
    doc.push(makeToggleMarkCommand(&doc, QStringLiteral("p1"), {QStringLiteral("pa2")}));
    saveCopy(3500);

    clock.at(4000);
    doc.push(new RemovePartners(&doc, {QStringLiteral("pa2")}));
    CHECK(doc.session().links.empty());
    saveCopy(4000);

    clock.at(5000); // an undo is itself a timed change
    doc.undo();
    CHECK(doc.session().partners.size() == 2);
    saveCopy(5000);
    clock.at(6000);
    doc.redo();
    saveCopy(6000);

    const QString file = dir.filePath(QStringLiteral("session.nwk"));
    const QString error = doc.saveAs(file);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    SessionDocument reopened;
    REQUIRE_FALSE(hasErrors(reopened.load(file)));
    REQUIRE(reopened.session().history == doc.session().history);

    CHECK(mapAt(reopened.session(), 999).partners.empty()); // before the first change
    for (const auto &[t, copy] : saved) {
        INFO("t = " << t);
        const SessionReadResult atT = readSessionFile(copy);
        REQUIRE(atT.session);
        CHECK(mapOf(mapAt(reopened.session(), t)) == mapOf(*atT.session));
        CHECK(mapOf(mapAt(reopened.session(), t + 499)) == mapOf(*atT.session));
    }
}

TEST_CASE("nothing is recorded without a running clock, after the recording stopped or in "
          "annotation mode",
          "[history][editor]")
{
    FakeClock clock;
    SessionDocument doc;
    SECTION("the clock has not started")
    {
        Session s = runningSession();
        s.recordingStarted.clear();
        doc.reset(s);
        doc.push(new AddPartner(&doc, partner("pa2", 200)));
        CHECK_FALSE(doc.recordsHistory());
        CHECK(doc.session().history.empty());
    }
    SECTION("the recording was stopped for good")
    {
        Session s = runningSession();
        s.recording.stoppedMs = 500;
        doc.reset(s);
        clock.at(1000);
        doc.push(new AddPartner(&doc, partner("pa2", 200)));
        CHECK(doc.session().history.empty());
    }
    SECTION("annotation mode: research steps are not the map's history")
    {
        doc.reset(runningSession());
        doc.setAnnotationMode(true);
        clock.at(1000);
        Annotation a;
        a.id = QStringLiteral("an1");
        a.memo = QStringLiteral("memo");
        CHECK(doc.push(new AddObject<Annotation>(&doc, a, QStringLiteral("Annotate"))));
        CHECK_FALSE(doc.push(new AddPartner(&doc, partner("pa2", 200))));
        CHECK(doc.session().history.empty());
    }
    SECTION("the baseline is the map as it stands when the clock starts")
    {
        Session s = runningSession();
        s.recordingStarted.clear();
        doc.reset(s);
        doc.push(new AddPartner(&doc, partner("pa2", 200))); // before: not an event
        CHECK(doc.session().history.empty());
        clock.at(0);
        doc.push(new ChangeValue<RecordingStartedField>(&doc, QString(), SessionClock::nowIso(),
                                                        QStringLiteral("Start recording")));
        REQUIRE(doc.session().history.size() == 2); // pa1 and pa2 as they stood
        CHECK(doc.session().history[0].atMs == 0);
        CHECK(doc.session().history[1].partner->placement->angle == 200);
        clock.at(1000);
        move(doc, "pa1", 90);
        REQUIRE(doc.session().history.size() == 3);
        CHECK(doc.session().history[2].partner->placement->angle == 90);
        CHECK(doc.session().history[2].atMs == 1000);
    }
}

TEST_CASE("the history is a log: undo does not take it back and it keeps the document modified",
          "[history][editor]")
{
    FakeClock clock;
    QTemporaryDir dir;
    SessionDocument doc;
    doc.reset(runningSession());
    QStringList appended;
    QObject::connect(&doc, &SessionDocument::historyAppended,
                     [&](int count) { appended.append(QString::number(count)); });
    REQUIRE(doc.saveAs(dir.filePath(QStringLiteral("s.nwk"))).isEmpty());
    clock.at(1000);
    move(doc, "pa1", 50);
    clock.at(2000);
    doc.undo(); // back to the saved step, but the history grew
    CHECK(doc.session().partners[0].placement->angle == 10);
    CHECK(doc.session().history.size() == 3);
    CHECK(doc.session().history.back().atMs == 2000);
    CHECK(doc.isModified());
    CHECK(appended == QStringList{QStringLiteral("2"), QStringLiteral("1")});
}

TEST_CASE("while replaying every step is refused", "[history][editor]")
{
    FakeClock clock;
    SessionDocument doc;
    doc.reset(runningSession());
    move(doc, "pa1", 50);
    int refused = 0;
    QObject::connect(&doc, &SessionDocument::groupEditRefused, [&] { ++refused; });
    doc.setReplaying(true);
    CHECK_FALSE(doc.push(new AddPartner(&doc, partner("pa2", 200))));
    doc.undo();
    CHECK(doc.session().partners.size() == 1);
    CHECK(doc.session().partners[0].placement->angle == 50);
    CHECK(refused == 2);
    doc.setReplaying(false);
    doc.undo();
    CHECK(doc.session().partners[0].placement->angle == 10);
}
