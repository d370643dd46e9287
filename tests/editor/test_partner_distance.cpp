// SPDX-License-Identifier: GPL-3.0-or-later
// The Distance section of a partner's properties (schema 3, issue #20): how the
// distance was stated, why near or far, the geographic distance, who wishes the
// desired placement, participants' own placements and former placements; each edit
// one undo step, in the saved file, and refused in annotation mode.
#include "dialoginput.h"
#include "modalrun.h"
#include "partnerstatements.h"

#include "nwk/core/validation.h"
#include "nwk/editor/mapcontextmenu.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>

#include <memory>

using namespace nwk;
using namespace nwk::test;

namespace {
const QString kPa1 = QStringLiteral("pa1");
const Placement kPa1At{0.5, 128.0};
} // namespace

TEST_CASE("Distance section: stated as not discussed, why, valence, geographic distance",
          "[properties][statements]")
{
    SessionFile file;
    Window w(file.path);
    clickPartner(w, kPa1);
    openSection(w, "partnerDistanceSection");
    const int steps = w.stack().count();

    auto *kind = widgetOf<QComboBox>(w, "partnerDistanceKindCombo");
    REQUIRE(kind->isEnabled());
    CHECK(kind->currentIndex() == 0); // on the rings
    chooseIndex(kind, 1);
    REQUIRE(w.partner(kPa1).placement);
    CHECK(w.partner(kPa1).placement->distanceKind == DistanceKind::NotDiscussed);
    CHECK(w.partner(kPa1).placement->distance == Approx(0.5)); // kept: only the sector counts
    CHECK(w.stack().count() == steps + 1);

    auto *note = widgetOf<QPlainTextEdit>(w, "partnerPlacementNoteEdit");
    focusWidget(note);
    QTest::keyClicks(note, QStringLiteral("te dicht op de huid"));
    chooseIndex(widgetOf<QComboBox>(w, "partnerPlacementValenceCombo"), 2);
    auto *geo = widgetOf<QLineEdit>(w, "partnerGeoDistanceEdit");
    focusWidget(geo);
    QTest::keyClicks(geo, QStringLiteral("naast de school"));
    typeAndEnter(widgetOf<QDoubleSpinBox>(w, "partnerGeoKmSpin"), QStringLiteral("0.5"));
    CHECK(w.stack().count() == steps + 6); // one step per field, per valence passed

    const Partner &p = w.partner(kPa1);
    CHECK(p.placementNote == QStringLiteral("te dicht op de huid"));
    CHECK(p.placementValence == Valence::Negative);
    CHECK(p.geoDistance == QStringLiteral("naast de school"));
    CHECK(p.geoKm == Approx(0.5));

    REQUIRE(w.window.save());
    const QByteArray bytes = file.bytes();
    CHECK(bytes.contains("\"distanceKind\": \"not-discussed\""));
    CHECK(bytes.contains("\"placementValence\": \"negative\""));
    const Partner saved = *file.read().partner(kPa1);
    CHECK(saved.placement->distanceKind == DistanceKind::NotDiscussed);
    CHECK(saved.placementNote == QStringLiteral("te dicht op de huid"));
    CHECK(saved.geoDistance == QStringLiteral("naast de school"));
    CHECK(saved.geoKm == Approx(0.5));

    w.stack().undo(); // the km only
    CHECK(w.partner(kPa1).geoKm == -1.0);
    CHECK(widgetOf<QDoubleSpinBox>(w, "partnerGeoKmSpin")->text() == QStringLiteral("unknown"));
    CHECK(w.partner(kPa1).geoDistance == QStringLiteral("naast de school"));
    for (int i = 0; i < 5; ++i)
        w.stack().undo();
    CHECK(w.partner(kPa1).placement == kPa1At);
    CHECK(kind->currentIndex() == 0);
}

TEST_CASE("Distance section: on the school, and who wishes the desired placement",
          "[properties][statements]")
{
    Session s = withTwoParticipants();
    s.partner(kPa1)->desiredPlacement = Placement{0.2, 128.0};
    SessionFile file(s);
    Window w(file.path);
    clickPartner(w, kPa1);
    openSection(w, "partnerDistanceSection");
    const int steps = w.stack().count();

    chooseIndex(widgetOf<QComboBox>(w, "partnerDistanceKindCombo"), 2); // passes 1: 2 steps
    CHECK(w.partner(kPa1).placement->distanceKind == DistanceKind::OnSchool);

    auto *desiredBy = widgetOf<QListWidget>(w, "partnerDesiredByList");
    REQUIRE(desiredBy->isVisible());
    REQUIRE(desiredBy->count() == 2);
    CHECK(desiredBy->item(1)->text() == QStringLiteral("P2 \u2013 zorgco\u00f6rdinator"));
    focusWidget(desiredBy);
    desiredBy->setCurrentRow(1);
    QTest::keyClick(desiredBy, Qt::Key_Space);
    CHECK(w.partner(kPa1).desiredBy == QStringList{QStringLiteral("pt2")});
    CHECK(w.stack().count() == steps + 3);

    REQUIRE(w.window.save());
    const Partner saved = *file.read().partner(kPa1);
    CHECK(saved.placement->distanceKind == DistanceKind::OnSchool);
    CHECK(saved.desiredBy == QStringList{QStringLiteral("pt2")});

    // Clearing the desired placement takes who wished it along, in one step: the file stays
    // valid.
    auto *desired = widgetOf<QCheckBox>(w, "partnerDesiredCheck");
    focusWidget(desired);
    QTest::keyClick(desired, Qt::Key_Space);
    CHECK_FALSE(w.partner(kPa1).desiredPlacement);
    CHECK(w.partner(kPa1).desiredBy.isEmpty());
    CHECK(validate(w.doc().session()).empty());
    CHECK_FALSE(desiredBy->isVisible());
    CHECK(w.stack().count() == steps + 4);
    w.stack().undo();
    CHECK(w.partner(kPa1).desiredBy == QStringList{QStringLiteral("pt2")});
}

TEST_CASE("Distance section: a participant's own placement, added, edited and removed",
          "[properties][statements]")
{
    SessionFile file(withTwoParticipants());
    Window w(file.path);
    clickPartner(w, kPa1);
    openSection(w, "partnerDistanceSection");
    const int steps = w.stack().count();

    InNextModal dialog(&w.window, [](QWidget *d) {
        chooseIndex(field<QComboBox>(d, "alternativeParticipantCombo"), 1);
        typeInto(field<QLineEdit>(d, "alternativeNoteEdit"), QStringLiteral("voor mij heel dicht"));
        clickExport(d);
    });
    clickButton(w, "partnerAddAlternativeButton");
    dialog.requireDone();
    backToWindow(w);
    REQUIRE(w.partner(kPa1).alternatives.size() == 1);
    AlternativePlacement a = w.partner(kPa1).alternatives[0];
    CHECK(a.participantId == QStringLiteral("pt2"));
    CHECK(a.note == QStringLiteral("voor mij heel dicht"));
    CHECK(a.placement == kPa1At); // where it is now, to be set closer
    CHECK(isDisputed(w.partner(kPa1)));
    CHECK(w.stack().count() == steps + 1);
    auto *list = widgetOf<QListWidget>(w, "partnerAlternativesList");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("P2 \u2013 zorgco\u00f6rdinator: ")));

    typeAndEnter(widgetOf<QDoubleSpinBox>(w, "partnerAlternativeDistanceSpin"),
                 QStringLiteral("0.1"));
    CHECK(w.partner(kPa1).alternatives[0].placement.distance == Approx(0.1));
    CHECK(w.partner(kPa1).placement == kPa1At); // the agreed position stays
    CHECK(w.stack().count() == steps + 2);

    REQUIRE(w.window.save());
    const Partner saved = *file.read().partner(kPa1);
    REQUIRE(saved.alternatives.size() == 1);
    CHECK(saved.alternatives[0].participantId == QStringLiteral("pt2"));
    CHECK(saved.alternatives[0].placement.distance == Approx(0.1));

    clickButton(w, "partnerRemoveAlternativeButton");
    CHECK(w.partner(kPa1).alternatives.empty());
    CHECK(w.stack().count() == steps + 3);
    w.stack().undo();
    REQUIRE(w.partner(kPa1).alternatives.size() == 1);
    CHECK(w.partner(kPa1).alternatives[0].placement.distance == Approx(0.1));
}

TEST_CASE("Distance section: keep the current position as former, then move the partner",
          "[properties][statements]")
{
    SessionFile file;
    Window w(file.path);
    clickPartner(w, kPa1);
    openSection(w, "partnerDistanceSection");
    const int steps = w.stack().count();

    InNextModal dialog(&w.window, [](QWidget *d) {
        typeInto(field<QLineEdit>(d, "formerWhenEdit"), QStringLiteral("tot 2018"));
        typeInto(field<QPlainTextEdit>(d, "formerWhyEdit"), QStringLiteral("nieuwe directie"));
        clickExport(d);
    });
    clickButton(w, "partnerKeepFormerButton");
    dialog.requireDone();
    backToWindow(w);
    REQUIRE(w.partner(kPa1).formerPlacements.size() == 1);
    const FormerPlacement f = w.partner(kPa1).formerPlacements[0];
    CHECK(f.placement == kPa1At);
    CHECK(f.when == QStringLiteral("tot 2018"));
    CHECK(f.why == QStringLiteral("nieuwe directie"));
    CHECK(w.stack().count() == steps + 1);
    CHECK(widgetOf<QListWidget>(w, "partnerFormerList")->count() == 1);

    typeAndEnter(widgetOf<QDoubleSpinBox>(w, "partnerDistanceSpin"), QStringLiteral("0.9"));
    CHECK(w.partner(kPa1).placement->distance == Approx(0.9));
    CHECK(w.partner(kPa1).formerPlacements[0].placement == kPa1At);

    REQUIRE(w.window.save());
    const Partner saved = *file.read().partner(kPa1);
    REQUIRE(saved.formerPlacements.size() == 1);
    CHECK(saved.formerPlacements[0].when == QStringLiteral("tot 2018"));
    CHECK(saved.placement->distance == Approx(0.9));

    clickButton(w, "partnerRemoveFormerButton");
    CHECK(w.partner(kPa1).formerPlacements.empty());
    w.stack().undo();
    CHECK(w.partner(kPa1).formerPlacements.size() == 1);
}

TEST_CASE("Map context menu: a participant's placement and the former position",
          "[contextmenu][statements]")
{
    SessionFile file(withTwoParticipants());
    Window w(file.path);
    auto *contextMenu = w.window.findChild<MapContextMenu *>(QStringLiteral("mapContextMenu"));
    REQUIRE(contextMenu);
    std::unique_ptr<QMenu> menu(contextMenu->buildPartnerMenu(kPa1));
    REQUIRE(menu);
    const int steps = w.stack().count();

    auto *add = menu->findChild<QAction *>(QStringLiteral("addAlternativeAction"));
    REQUIRE(add);
    InNextModal dialog(&w.window, [](QWidget *d) { clickExport(d); }); // P1, no note
    add->trigger();
    dialog.requireDone();
    REQUIRE(w.partner(kPa1).alternatives.size() == 1);
    CHECK(w.partner(kPa1).alternatives[0].participantId == QStringLiteral("pt1"));

    auto *former = menu->findChild<QAction *>(QStringLiteral("keepFormerAction"));
    REQUIRE(former);
    REQUIRE(former->isEnabled());
    InNextModal formerDialog(&w.window, [](QWidget *d) { clickExport(d); });
    former->trigger();
    formerDialog.requireDone();
    REQUIRE(w.partner(kPa1).formerPlacements.size() == 1);
    CHECK(w.stack().count() == steps + 2);

    std::unique_ptr<QMenu> unplaced(contextMenu->buildPartnerMenu(QStringLiteral("pa4")));
    CHECK_FALSE(unplaced->findChild<QAction *>(QStringLiteral("keepFormerAction"))->isEnabled());
}

TEST_CASE("Distance statements are refused in annotation mode", "[properties][statements]")
{
    SessionFile file(withTwoParticipants());
    Window w(file.path);
    clickPartner(w, kPa1);
    openSection(w, "partnerDistanceSection");
    QTest::keyClick(&w.window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(w.doc().annotationMode());
    const Session before = w.doc().session();
    const int steps = w.stack().count();
    CHECK_FALSE(widgetOf<QComboBox>(w, "partnerDistanceKindCombo")->isEnabled()); // locked

    // The map's menu still offers it; the document refuses the step.
    QSignalSpy refused(&w.doc(), &SessionDocument::groupEditRefused);
    auto *contextMenu = w.window.findChild<MapContextMenu *>(QStringLiteral("mapContextMenu"));
    REQUIRE(contextMenu);
    std::unique_ptr<QMenu> menu(contextMenu->buildPartnerMenu(kPa1));
    InNextModal dialog(&w.window, [](QWidget *d) { clickExport(d); });
    menu->findChild<QAction *>(QStringLiteral("addAlternativeAction"))->trigger();
    dialog.requireDone();
    CHECK(refused.count() == 1);
    CHECK(w.doc().session() == before);
    CHECK(w.stack().count() == steps);
}

TEST_CASE("Open Distance and Priority sections fit the Properties dock of a 1366x768 laptop",
          "[properties][statements]")
{
    SessionFile file(withTwoParticipants());
    Window w(file.path);
    w.window.resize(1366, 768);
    QTest::qWait(50);
    clickPartner(w, kPa1);
    openSection(w, "partnerDistanceSection");
    openSection(w, "partnerPrioritySection");
    auto *header = widgetOf<QToolButton>(w, "partnerPrioritySection");
    QScrollArea *area = nullptr;
    for (QWidget *p = header->parentWidget(); p && !area; p = p->parentWidget())
        area = qobject_cast<QScrollArea *>(p);
    REQUIRE(area);
    INFO("page " << area->widget()->minimumSizeHint().width() << " px, viewport "
                 << area->viewport()->width() << " px");
    CHECK(area->horizontalScrollBar()->maximum() == 0); // nothing cut off at the side
}

TEST_CASE("The Placement box says how the distance was stated, and turning keeps it",
          "[properties][statements]")
{
    SessionFile file;
    Window w(file.path);
    clickPartner(w, kPa1);
    openSection(w, "partnerDistanceSection");
    chooseIndex(widgetOf<QComboBox>(w, "partnerDistanceKindCombo"), 1); // not discussed
    auto *where = widgetOf<QLabel>(w, "partnerPlacementLabel");
    CHECK(where->text().endsWith(QStringLiteral("Distance: distance not discussed")));

    // Turning the partner within the map keeps its distance not discussed.
    typeAndEnter(widgetOf<QDoubleSpinBox>(w, "partnerAngleSpin"), QStringLiteral("140"));
    REQUIRE(w.partner(kPa1).placement);
    CHECK(w.partner(kPa1).placement->angle == Approx(140.0));
    CHECK(w.partner(kPa1).placement->distanceKind == DistanceKind::NotDiscussed);
    // Typing a distance states it: on the rings.
    typeAndEnter(widgetOf<QDoubleSpinBox>(w, "partnerDistanceSpin"), QStringLiteral("0.2"));
    CHECK(w.partner(kPa1).placement->distanceKind == DistanceKind::Ring);
    CHECK(w.partner(kPa1).placement->distance == Approx(0.2));
    CHECK_FALSE(where->text().contains(QStringLiteral("not discussed")));
}
