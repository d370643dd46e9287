// SPDX-License-Identifier: GPL-3.0-or-later
// The Timeline dock: scrubbing replays the map in the scene (read-only), Esc returns to the
// live map, the filters by card and participant, the time announced for playback, the
// lanes' names, the deck's names for cards and steps, and the replay in Projection Mode.
#include "editorfixture.h"

#include "../../src/editor/context/editorcontext.h"
#include "../../src/editor/timeline/replayview.h"
#include "../../src/editor/timeline/timelinedock.h"
#include "../../src/editor/timeline/timelinestrip.h"
#include "nwk/editor/cards/focusgroup.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/markcommands.h"
#include "nwk/editor/partnercommands.h"
#include "nwk/editor/sessionclock.h"

#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStyle>
#include <QToolTip>
#include <QTreeWidget>

using namespace nwk;
using namespace nwk::test;

namespace {

struct FakeClock {
    static QDateTime start() { return QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC); }
    QDateTime now = start();
    FakeClock()
    {
        SessionClock::setNowSourceForTesting([this] { return now; });
    }
    ~FakeClock() { SessionClock::setNowSourceForTesting({}); }
    void at(qint64 ms) { now = start().addMSecs(ms); }
};

/// The sample session with its clock started at 10:00, two cards and a participant.
Session timedSession()
{
    Session s = sampleSession();
    s.recordingStarted = QStringLiteral("2026-12-07T10:00:00.000Z");
    Participant p1;
    p1.id = QStringLiteral("p1");
    p1.code = QStringLiteral("P1");
    p1.role = QStringLiteral("directeur");
    s.participants.push_back(p1);
    s.cards[0].startedMs = 0;
    s.cards[0].endedMs = 2500;
    s.cards[0].quotes[0].atMs = 500;
    CardProgress second;
    second.cardId = QStringLiteral("samenwerking");
    second.startedMs = 2500;
    s.cards.push_back(second);
    return s;
}

void move(SessionDocument &doc, const char *id, double angle, const char *category)
{
    REQUIRE(doc.push(new MovePartners(
        &doc, {{QString::fromLatin1(id), Placement{0.5, angle}, QString::fromLatin1(category)}},
        QStringLiteral("Move"))));
}

struct TimelineWindow {
    FakeClock clock;
    SessionFile file{timedSession()};
    Window w{file.path};
    TimelineDock *dock = w.window.context().feature<TimelineDock>();

    TimelineWindow()
    {
        clock.at(1000);
        move(w.doc(), "pa1", 100, "zorg"); // the baseline and the move, at 0:00:01
        clock.at(3000);
        REQUIRE(w.doc().push(
            makeToggleMarkCommand(&w.doc(), QStringLiteral("p1"), {QStringLiteral("pa2")})));
        clock.at(5000);
        move(w.doc(), "pa1", 200, "zorg");
        clock.at(6000);
        dock->show();
        dock->refresh();
    }
};

} // namespace

TEST_CASE("scrubbing the timeline replays the map in the scene and Esc returns",
          "[timeline][editor]")
{
    TimelineWindow t;
    ReplayView *replay = t.dock->replay();
    // The baseline (4 partners, 3 links, 1 group), the move, the mark, the second move.
    REQUIRE(t.w.doc().session().history.size() == 11);
    CHECK(t.dock->scrubBar()->maximum() == 6000);
    QSignalSpy picked(t.dock, &TimelineDock::timeSelected);

    t.dock->scrubBar()->setValue(3000);
    REQUIRE(replay->isReplaying());
    CHECK(t.w.doc().isReplaying());
    CHECK(replay->isVisible());
    CHECK_FALSE(t.w.view().isVisible());
    CHECK(replay->banner()->text() == QStringLiteral("Replay 0:00:03 — Esc to return"));
    REQUIRE(picked.count() == 1);
    CHECK(picked.at(0).at(0).toLongLong() == 3000);
    const Session &shown = replay->replayDocument()->session();
    CHECK(shown.partner(QStringLiteral("pa1"))->placement->angle == 100);
    CHECK(shown.partner(QStringLiteral("pa2"))->marks == QStringList{QStringLiteral("p1")});
    const QPointF at3 = replay->scene()->partnerPosition(QStringLiteral("pa1"));

    t.dock->scrubBar()->setValue(6000); // the end: the map as it is now
    CHECK(replay->scene()->partnerPosition(QStringLiteral("pa1")) ==
          t.w.scene().partnerPosition(QStringLiteral("pa1")));
    CHECK(replay->scene()->partnerPosition(QStringLiteral("pa1")) != at3);
    t.dock->scrubBar()->setValue(500); // before the first change: an empty map
    CHECK(replay->replayDocument()->session().partners.empty());
    CHECK(replay->scene()->partnerItem(QStringLiteral("pa1")) == nullptr);

    SECTION("editing is refused while replaying")
    {
        t.dock->selectTime(3000);
        const Session before = t.w.doc().session();
        CHECK_FALSE(t.w.doc().push(new AddPartner(&t.w.doc(), Partner{})));
        t.w.doc().undo();
        // A drag on the replayed map moves nothing.
        QGraphicsView *view = replay->view();
        const QPoint from = view->mapFromScene(at3);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view->viewport(), from + QPoint(60, 40));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, from + QPoint(60, 40));
        CHECK(replay->replayDocument()->session().partner(QStringLiteral("pa1"))->placement ==
              Placement{0.5, 100});
        CHECK(t.w.doc().session() == before);
        CHECK(replay->banner()->text().contains(QStringLiteral("cannot be edited")));
    }
    SECTION("Esc returns to the live map, which can be edited again")
    {
        t.dock->scrubBar()->setFocus();
        QTest::keyClick(t.dock->scrubBar(), Qt::Key_Escape);
        CHECK_FALSE(replay->isReplaying());
        CHECK_FALSE(t.w.doc().isReplaying());
        CHECK(t.w.view().isVisible());
        CHECK_FALSE(replay->isVisible());
        move(t.w.doc(), "pa1", 210, "zorg");
    }
}

TEST_CASE("the timeline filters its events by card and by participant", "[timeline][editor]")
{
    TimelineWindow t;
    const auto &all = t.dock->shownEvents();
    const std::size_t everything = all.size();
    REQUIRE(everything > 4);
    CHECK(t.dock->eventList()->topLevelItemCount() == static_cast<int>(everything));

    t.dock->setParticipantFilter(QStringLiteral("p1"));
    REQUIRE(t.dock->shownEvents().size() == 1);
    CHECK(t.dock->shownEvents()[0].change == MapChangeKind::Marked);
    CHECK(t.dock->shownEvents()[0].objectId == QStringLiteral("pa2"));
    CHECK(t.dock->eventList()->topLevelItemCount() == 1);

    t.dock->setParticipantFilter({});
    t.dock->setCardFilter(QStringLiteral("samenwerking"));
    const auto &onCard = t.dock->shownEvents();
    REQUIRE_FALSE(onCard.empty());
    CHECK(onCard.size() < everything);
    for (const TimelineEvent &e : onCard)
        CHECK((e.cardId == QStringLiteral("samenwerking") ||
               (e.kind == TimelineKind::Card && e.objectId == QStringLiteral("samenwerking"))));
    // The quote at 0:00:00.5 is on the first card; the move at 0:00:05 on the second.
    CHECK(std::none_of(onCard.begin(), onCard.end(),
                       [](const TimelineEvent &e) { return e.kind == TimelineKind::Quote; }));
    CHECK(std::any_of(onCard.begin(), onCard.end(), [](const TimelineEvent &e) {
        return e.kind == TimelineKind::MapChange && e.atMs == 5000;
    }));
    // Clicking an event replays the map at its time.
    QTreeWidgetItem *first = t.dock->eventList()->topLevelItem(0);
    t.dock->eventList()->itemClicked(first, 0);
    CHECK(t.dock->replay()->time() == first->data(0, Qt::UserRole).toLongLong());
}

TEST_CASE("the timeline names cards and protocol steps as the deck does, not by their ids",
          "[timeline][editor]")
{
    FakeClock clock;
    Session s = timedSession();
    ProtocolStepState step;
    step.stepId = QStringLiteral("stap2");
    step.done = true;
    step.atMs = 1500;
    step.note = QStringLiteral("consent of all four");
    s.protocol.push_back(step);
    SessionFile file{s};
    Window w{file.path};
    auto *dock = w.window.context().feature<TimelineDock>();
    dock->show();
    dock->refresh();
    const Deck &deck = w.window.context().feature<FocusGroup>()->deck();
    REQUIRE(deck.card(QStringLiteral("betekenisonderhandeling")));
    const QString theme = deck.card(QStringLiteral("betekenisonderhandeling"))->theme;
    QString stepText;
    for (const DeckProtocolStep &d : deck.protocolSteps)
        if (d.id == QLatin1String("stap2"))
            stepText = d.text;
    REQUIRE_FALSE(theme.isEmpty());
    REQUIRE_FALSE(stepText.isEmpty());

    QStringList shown; // "What: text" as the list shows them
    QTreeWidget *list = dock->eventList();
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        shown.append(list->topLevelItem(i)->text(1) + QStringLiteral(": ") +
                     list->topLevelItem(i)->text(2));
    INFO(shown.join(QLatin1Char('\n')).toStdString());
    CHECK(shown.contains(QStringLiteral("Card: ") + theme));
    CHECK(shown.contains(QStringLiteral("Protocol step: ") + stepText.simplified() +
                         QStringLiteral(" \u2014 consent of all four")));
    CHECK_FALSE(shown.contains(QStringLiteral("Card: betekenisonderhandeling")));
    CHECK(dock->cardFilter()->findText(theme) > 0);
    CHECK(dock->cardFilter()->findText(QStringLiteral("betekenisonderhandeling")) < 0);
}

TEST_CASE("the timeline strip names its lanes and says what each holds", "[timeline][editor]")
{
    TimelineWindow t;
    TimelineStrip *strip = t.dock->strip();
    QApplication::processEvents();
    // The plot starts right of the widest lane name; time 0 is drawn there.
    const int widest = std::max({strip->fontMetrics().horizontalAdvance(QStringLiteral("Cards")),
                                 strip->fontMetrics().horizontalAdvance(QStringLiteral("Talk")),
                                 strip->fontMetrics().horizontalAdvance(QStringLiteral("Map")),
                                 strip->fontMetrics().horizontalAdvance(QStringLiteral("Steps"))});
    CHECK(strip->xOf(0) >= widest);
    // The scrub bar's handle stands under the strip's time, at the start, middle and end.
    QSlider *bar = t.dock->scrubBar();
    REQUIRE(QTest::qWaitFor([&] { return bar->isVisible() && bar->width() > 200; }));
    const int handle = bar->style()->pixelMetric(QStyle::PM_SliderLength, nullptr, bar);
    for (const int ms : {bar->minimum(), bar->maximum() / 2, bar->maximum()}) {
        const int onBar = QStyle::sliderPositionFromValue(bar->minimum(), bar->maximum(), ms,
                                                          bar->width() - handle) +
                          handle / 2;
        const double barX = bar->mapTo(t.dock, QPoint(onBar, 0)).x();
        const double stripX = strip->mapTo(t.dock, QPoint(0, 0)).x() + strip->xOf(ms);
        INFO("at " << ms << " ms: handle " << barX << ", strip " << stripX);
        CHECK(std::abs(barX - stripX) <= 2.0);
    }
    // The lanes' tooltips, from top to bottom.
    QStringList tips;
    const int top = strip->minimumSizeHint().height();
    for (int y = 8; y < top; y += 4) {
        QHelpEvent help(QEvent::ToolTip, QPoint(static_cast<int>(strip->xOf(1000)), y),
                        strip->mapToGlobal(QPoint(static_cast<int>(strip->xOf(1000)), y)));
        QApplication::sendEvent(strip, &help);
        const QString tip = QToolTip::text().section(QLatin1Char(':'), 0, 0);
        if (QToolTip::isVisible() && (tips.isEmpty() || tips.last() != tip))
            tips.append(tip);
    }
    QToolTip::hideText();
    INFO(tips.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(tips.size() >= 4);
    CHECK(tips.mid(0, 4) == QStringList{QStringLiteral("Cards"), QStringLiteral("Talk"),
                                        QStringLiteral("Map"), QStringLiteral("Steps")});
}

TEST_CASE("the replayed map draws as the live map does, in Projection Mode too",
          "[timeline][editor][projection]")
{
    QSettings().setValue(QStringLiteral("view/projectionMode"), false);
    TimelineWindow t;
    QAction *projection = t.w.action(QStringLiteral("Projection Mode"));
    projection->trigger();
    REQUIRE(t.w.scene().baseRenderOptions().highContrast);
    t.dock->selectTime(2000);
    MapScene *replayed = t.dock->replay()->scene();
    CHECK(replayed->baseRenderOptions().highContrast);
    const int projectedLabel = replayed->mapPainter().style().labelFont.pixelSize();
    CHECK(t.dock->replay()->view()->backgroundBrush() == t.w.view().backgroundBrush());
    // Switched off during the replay: the replayed map follows at once.
    projection->trigger();
    REQUIRE(QTest::qWaitFor([&] { return !replayed->baseRenderOptions().highContrast; }));
    CHECK(t.dock->replay()->view()->backgroundBrush() == t.w.view().backgroundBrush());
    CHECK(replayed->mapPainter().style().labelFont.pixelSize() < projectedLabel);
    t.dock->returnToLive();
    QSettings().remove(QStringLiteral("view/projectionMode"));
}
