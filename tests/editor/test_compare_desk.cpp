// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison as a researcher's tool (#23 item 2), on eleven schools (comparefixture.h)
// in a window of a laptop's real size: the table's first columns stay while every school's
// column is reached, a chosen recurring partner is haloed on every map and named by the
// tooltips, Ctrl+wheel zooms a tile (linked or not) and dragging pans it, the tiles size to
// the window, and Export Maps writes one sheet with every school's map.
// With NWK_SHOT_DIR set, the window is also saved there as PNG (to look at; run under
// xvfb-run with QT_QPA_PLATFORM=xcb for real fonts).
#include "comparefixture.h"

#include "../../src/editor/research/comparewindow.h"
#include "pdftext.h"

#include "nwk/core/geometry.h"
#include "nwk/render/comparisonsheet.h"
#include "nwk/render/mappainter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>

using namespace nwk;
using namespace nwk::test;

namespace {

struct Desk {
    CompareConfigHome config;
    ElevenSchools schools;
    std::unique_ptr<CompareWindow> window;

    explicit Desk(QSize size)
        : window(std::make_unique<CompareWindow>())
    {
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->addFiles(schools.files);
        window->resize(size);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        QApplication::processEvents();
        REQUIRE(window->table().schools.size() == ElevenSchools::kCount);
    }
    int recurringIndex(const QString &label) const
    {
        const auto &r = window->table().recurring;
        for (std::size_t i = 0; i < r.size(); ++i)
            if (r[i].label == label)
                return static_cast<int>(i);
        return -1;
    }
    void shot(const QString &name) const
    {
        const QByteArray folder = qgetenv("NWK_SHOT_DIR");
        if (!folder.isEmpty())
            window->grab().save(QString::fromLocal8Bit(folder) + QLatin1Char('/') + name);
    }
};

void wheel(QWidget *w, QPointF at, int delta, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(at, w->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

void mouse(QWidget *w, QEvent::Type type, QPointF at, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, at, w->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

} // namespace

TEST_CASE("At 1366x768 the table keeps its first columns and every school's column is reached",
          "[comparedesk]")
{
    Desk desk(QSize(1366, 768));
    CHECK(desk.window->width() <= 1366);
    CHECK(desk.window->height() <= 768);
    FrozenTable *table = desk.window->tableWidget();
    REQUIRE(table->columnCount() == 2 + ElevenSchools::kCount);
    REQUIRE(table->isVisible());
    QScrollBar *bar = table->horizontalScrollBar();
    CHECK(bar->maximum() > 0); // eleven schools do not fit: the table scrolls
    QTableView *frozen = table->frozenView();
    REQUIRE(frozen->isVisible());
    CHECK(frozen->isColumnHidden(2));
    CHECK_FALSE(frozen->isColumnHidden(1));
    CHECK(frozen->columnWidth(0) == table->columnWidth(0));
    CHECK(frozen->width() >= table->frozenWidth());
    CHECK(frozen->width() < table->viewport()->width() / 2); // room for the schools

    for (int c = 2; c < table->columnCount(); ++c) {
        const QModelIndex index = table->model()->index(0, c);
        table->scrollTo(index);
        QApplication::processEvents();
        const QRect cell = table->visualRect(index);
        INFO("school column " << c << " at " << cell.left() << ".." << cell.right());
        CHECK(cell.left() >= table->frozenWidth());              // not under the frozen part
        CHECK(cell.right() <= table->viewport()->width());       // whole
        CHECK(frozen->geometry().left() <= table->frameWidth()); // the frozen part stays
        const QRect measure = frozen->visualRect(table->model()->index(0, 1));
        CHECK(measure.left() >= 0);
        CHECK(measure.right() <= frozen->viewport()->width());
        CHECK(frozen->model()->index(0, 0).data().toString() == QStringLiteral("All"));
    }
    // Scrolled to the far right, the measure names are still there, over the scrolled-away
    // first columns of the table itself.
    bar->setValue(bar->maximum());
    QApplication::processEvents();
    CHECK(table->visualRect(table->model()->index(0, 1)).right() < table->frozenWidth());
    CHECK(frozen->visualRect(frozen->model()->index(0, 1)).left() == table->columnWidth(0));
    // Scrolling down moves both together.
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    QApplication::processEvents();
    CHECK(frozen->verticalScrollBar()->value() == table->verticalScrollBar()->value());
    desk.shot(QStringLiteral("compare-table-1366x768.png"));
}

TEST_CASE("A chosen recurring partner is haloed on every map and named by the tooltips",
          "[comparedesk]")
{
    Desk desk(QSize(1366, 768));
    const int clb = desk.recurringIndex(QStringLiteral("CLB"));
    REQUIRE(clb >= 0);
    const RecurringPartner &partner = desk.window->table().recurring[static_cast<std::size_t>(clb)];
    CHECK(partner.schools == ElevenSchools::kCount); // every spelling matched

    // Picked from the table: a row of the labels CLB was matched by.
    FrozenTable *table = desk.window->tableWidget();
    int row = -1;
    for (int r = 0; r < table->rowCount() && row < 0; ++r)
        if (table->item(r, 0)->data(CompareWindow::kRecurringRole).toInt() == clb &&
            table->item(r, 0)->data(CompareWindow::kRecurringRole).isValid())
            row = r;
    REQUIRE(row >= 0);
    CHECK(table->item(row, 1)->text() == QStringLiteral("CLB"));
    CHECK(table->item(row, 3)->text() == QStringLiteral("CLB (contactpersoon)"));
    table->setCurrentCell(row, 4);
    CHECK(desk.window->chosenPartner() == clb);
    CHECK(desk.window->partnerCombo()->currentText().startsWith(QStringLiteral("CLB (11")));

    desk.window->tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    const auto maps = desk.window->maps();
    REQUIRE(maps.size() == static_cast<std::size_t>(ElevenSchools::kCount));
    for (std::size_t s = 0; s < maps.size(); ++s) {
        SmallMap *map = maps[s];
        INFO(map->title().toStdString());
        CHECK(map->chosenName() == QStringLiteral("CLB"));
        REQUIRE(map->chosenIds() == partner.ids[s]);
        REQUIRE(map->chosenIds().size() == 1);
        const QString id = map->chosenIds().front();
        CHECK(map->highlighted().contains(id));
        // The tooltip over the partner names it and the recurring partner it matched.
        const QString tip = map->toolTipAt(map->partnerPosition(id));
        CHECK(tip.contains(QStringLiteral("“%1”").arg(partner.labels[s].front())));
        CHECK(tip.contains(QStringLiteral("recurring partner CLB")));
    }
    // The halo is painted: amber at its radius around the CLB of the second school.
    SmallMap *second = maps[1];
    const QImage image = second->grab().toImage();
    const QPointF centre = second->partnerPosition(second->chosenIds().front());
    const double radius = comparedHaloRadius() * second->scale();
    int amber = 0;
    for (int a = 0; a < 360; a += 15) {
        const QPoint spot =
            (centre + radius * QPointF(std::cos(a * M_PI / 180), std::sin(a * M_PI / 180)))
                .toPoint();
        const QColor c = image.pixelColor(spot);
        amber += c.red() > 200 && c.green() > 110 && c.green() < 200 && c.blue() < 90 ? 1 : 0;
    }
    CHECK(amber >= 12); // most of the ring (labels may cover some)
    desk.shot(QStringLiteral("compare-maps-1366x768.png"));

    // Picked from the list: another partner; none clears every map.
    const int onw = desk.recurringIndex(QStringLiteral("Ondersteuningsnetwerk"));
    REQUIRE(onw >= 0);
    desk.window->partnerCombo()->setCurrentIndex(desk.window->partnerCombo()->findData(onw));
    for (SmallMap *map : maps)
        CHECK(map->chosenName() == QStringLiteral("Ondersteuningsnetwerk"));
    desk.window->partnerCombo()->setCurrentIndex(0);
    for (SmallMap *map : maps)
        CHECK(map->chosenIds().isEmpty());
    CHECK(maps[0]->toolTipAt(QPointF(2, 2)).contains(QStringLiteral("recurring partners ringed")));
}

TEST_CASE("Ctrl+wheel zooms a tile at the pointer, dragging pans, linked tiles follow",
          "[comparedesk]")
{
    Desk desk(QSize(1366, 768));
    desk.window->tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    const auto maps = desk.window->maps();
    REQUIRE(maps.size() >= 2);
    SmallMap *tile = maps[0];
    const QTransform before = tile->transform();

    // The wheel alone scrolls the page, not the map.
    wheel(tile, QPointF(100, 100), 120, Qt::NoModifier);
    CHECK(tile->transform() == before);

    const QPointF at(tile->side() * 0.7, tile->side() * 0.3);
    const QPointF under = before.inverted().map(at);
    wheel(tile, at, 240, Qt::ControlModifier);
    CHECK(tile->zoom() == Approx(1.5625));
    CHECK(tile->transform() != before);
    const QPointF still = tile->transform().map(under); // the point under the pointer stays
    CHECK(still.x() == Approx(at.x()).margin(0.5));
    CHECK(still.y() == Approx(at.y()).margin(0.5));
    CHECK(maps[1]->zoom() == tile->zoom()); // linked
    CHECK(maps[1]->transform() == tile->transform());

    // Dragging pans by the pointer's way.
    const QPointF centre = tile->centre();
    mouse(tile, QEvent::MouseButtonPress, QPointF(150, 150), Qt::LeftButton);
    mouse(tile, QEvent::MouseMove, QPointF(130, 160), Qt::LeftButton);
    mouse(tile, QEvent::MouseButtonRelease, QPointF(130, 160), Qt::NoButton);
    CHECK(tile->centre().x() == Approx(centre.x() + 20 / tile->scale()));
    CHECK(tile->centre().y() == Approx(centre.y() - 10 / tile->scale()));
    CHECK(maps[1]->centre() == tile->centre());

    // Unlinked, a tile zooms alone; Whole Maps resets every tile.
    desk.window->linkZoomBox()->setChecked(false);
    wheel(maps[1], at, 120, Qt::ControlModifier);
    CHECK(maps[1]->zoom() > tile->zoom());
    QTest::mouseClick(desk.window->resetZoomButton(), Qt::LeftButton);
    for (SmallMap *map : maps)
        CHECK(map->zoom() == 1.0);
    CHECK(tile->transform() == before);
}

TEST_CASE("The tiles size to the window at 1366x768 and 1920x1080", "[comparedesk]")
{
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        Desk desk(size);
        desk.window->tabs()->setCurrentIndex(1);
        QApplication::processEvents();
        const auto maps = desk.window->maps();
        REQUIRE(maps.size() == static_cast<std::size_t>(ElevenSchools::kCount));
        const int viewport = desk.window->mapsScroll()->viewport()->width();
        INFO(size.width() << "x" << size.height() << ": tiles " << maps[0]->side() << " px");
        CHECK(maps[0]->side() >= 300); // readable
        for (SmallMap *map : maps) {
            CHECK(map->side() == maps[0]->side());
            CHECK(map->geometry().right() < viewport); // no map cut at the right
        }
        // The row is filled: one more tile would not fit.
        const int columns = static_cast<int>(std::count_if(
            maps.begin(), maps.end(), [&](SmallMap *m) { return m->y() == maps[0]->y(); }));
        CHECK((columns + 1) * maps[0]->side() > viewport - 8 * (columns + 2));
        // A fixed number of columns sizes the tiles to it.
        desk.window->columnsSpin()->setValue(2);
        CHECK(maps[0]->side() > viewport / 2 - 24);
        CHECK(maps[1]->geometry().right() < viewport);
        desk.window->columnsSpin()->setValue(0);
        desk.window->choosePartner(desk.recurringIndex(QStringLiteral("CLB")));
        desk.shot(QStringLiteral("compare-maps-%1x%2.png").arg(size.width()).arg(size.height()));
        desk.window->tabs()->setCurrentIndex(0);
        desk.shot(QStringLiteral("compare-table-%1x%2.png").arg(size.width()).arg(size.height()));
        desk.window->tabs()->setCurrentIndex(2);
        desk.shot(
            QStringLiteral("compare-recurring-%1x%2.png").arg(size.width()).arg(size.height()));
    }
}

TEST_CASE("Export Maps writes one sheet with every school's map, as SVG and as PDF",
          "[comparedesk]")
{
    Desk desk(QSize(1366, 768));
    desk.window->choosePartner(desk.recurringIndex(QStringLiteral("CLB")));
    const QString svg = desk.schools.dir.filePath(QStringLiteral("maps.svg"));
    desk.window->setSheetChooser([&] { return svg; });
    QTest::mouseClick(desk.window->sheetButton(), Qt::LeftButton);
    CHECK_FALSE(desk.window->problemsLabel()->isVisible());
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QXmlStreamReader xml(bytes);
    QStringList texts;
    int halos = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.attributes().value(QLatin1String("stroke")) == QLatin1String("#ff9f00"))
                ++halos;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    for (const QString &name : desk.schools.names)
        CHECK(texts.contains(name));
    CHECK(texts.contains(QStringLiteral("Comparison of 11 schools")));
    CHECK(halos == ElevenSchools::kCount); // the chosen CLB on every map
    // Every map's partners are drawn: each school's own label is in it.
    CHECK(texts.contains(QStringLiteral("CLB (contactpersoon)")));
    CHECK(texts.contains(QStringLiteral("DPB")));

    const QString pdf = desk.schools.dir.filePath(QStringLiteral("maps.pdf"));
    desk.window->setSheetChooser([&] { return pdf; });
    QTest::mouseClick(desk.window->sheetButton(), Qt::LeftButton);
    CHECK_FALSE(desk.window->problemsLabel()->isVisible());
    const QString text = testpdf::pdfText(pdf);
    for (const QString &name : desk.schools.names)
        CHECK(text.contains(name));
    CHECK(text.contains(QStringLiteral("Halo: CLB")));
    if (const QByteArray folder = qgetenv("NWK_SHOT_DIR"); !folder.isEmpty())
        QFile::copy(pdf, QString::fromLocal8Bit(folder) + QStringLiteral("/compare-sheet.pdf"));
}

TEST_CASE("Hovering a tile's marker names its partner where the map draws it", "[comparedesk]")
{
    // Two partners on one spot (the painter spreads them apart) and one whose distance was
    // not discussed (drawn in the sector's outer band).
    Session s = newSession();
    const MapGeometry g = MapGeometry::forSession(s);
    const int zorg = s.categoryIndex(QStringLiteral("zorg"));
    REQUIRE(zorg >= 0);
    const auto add = [&](const char *id, const char *label, double distance, double frac) {
        Partner p;
        p.id = QLatin1String(id);
        p.label = QLatin1String(label);
        p.category = QStringLiteral("zorg");
        p.placement =
            Placement{distance, normalizeAngle(g.sectorStart(zorg) + frac * g.sectorSpan())};
        s.partners.push_back(p);
        return &s.partners.back();
    };
    add("a", "CLB", 0.5, 0.5);
    add("b", "ONW", 0.5, 0.5);
    add("c", "PBD", 0.3, 0.15)->placement->distanceKind = DistanceKind::NotDiscussed;
    Partner d; // the neutral zone: no spot, drawn below the disc
    d.id = QStringLiteral("d");
    d.label = QStringLiteral("Bibliotheek");
    d.neutralZone = true;
    s.partners.push_back(d);
    RenderOptions o;
    o.showLegend = false;
    o.showTitle = false;
    const MapLayout layout = MapPainter().layoutMap(s, o);

    SmallMap map(s, QStringLiteral("De Regenboog"),
                 {{QStringLiteral("a"), QStringLiteral("CLB")},
                  {QStringLiteral("b"), QStringLiteral("ONW")},
                  {QStringLiteral("c"), QStringLiteral("PBD")},
                  {QStringLiteral("d"), QStringLiteral("Bibliotheek")}});
    map.setSide(600);
    map.setChosen(QStringLiteral("ONW"), {QStringLiteral("b")});
    // The two on one spot are drawn away from it.
    for (const char *id : {"a", "b"})
        REQUIRE(QLineF(layout.partners.value(QLatin1String(id)).position,
                       g.toPoint(*s.partner(QLatin1String(id))->placement))
                    .length() > 5.0);
    for (const char *id : {"a", "b", "c", "d"}) {
        const QString label = s.partner(QLatin1String(id))->label;
        INFO(label.toStdString());
        REQUIRE(layout.partners.contains(QLatin1String(id)));
        const QPointF drawn = map.toWidget(layout.partners.value(QLatin1String(id)).position);
        CHECK(QLineF(map.partnerPosition(QLatin1String(id)), drawn).length() < 0.5);
        CHECK(map.partnerAt(drawn) == QLatin1String(id));
        CHECK(
            map.toolTipAt(drawn).contains(QStringLiteral("“%1”, recurring partner %1").arg(label)));
    }
    // The chosen partner's halo is painted around its drawn marker.
    const QImage image = map.grab().toImage();
    const QPointF centre = map.toWidget(layout.partners.value(QStringLiteral("b")).position);
    const double radius = comparedHaloRadius() * map.scale();
    int amber = 0;
    for (int a = 0; a < 360; a += 15) {
        const QPoint spot =
            (centre + radius * QPointF(std::cos(a * M_PI / 180), std::sin(a * M_PI / 180)))
                .toPoint();
        const QColor c = image.pixelColor(spot);
        amber += c.red() > 200 && c.green() > 110 && c.green() < 200 && c.blue() < 90 ? 1 : 0;
    }
    CHECK(amber >= 12);
}
