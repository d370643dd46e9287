// SPDX-License-Identifier: GPL-3.0-or-later
// The structured SVG of the map: groups with ids, classes and titles, text as text,
// the legend's entries, the options, and that it renders like the map image.
#include "../support/examplesession.h"
#include "render_fixtures.h"
#include "svg_inspect.h"

#include "nwk/core/sessionio.h"
#include "nwk/render/exporters.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <cmath>

using namespace nwk;
using nwk::test::inspectSvg;
using nwk::test::squash;
using nwk::test::SvgDocument;
using nwk::testdata::exampleSession;

namespace {

QString kindName(PartnerKind k)
{
    return QString::fromLatin1(toString(k).data(), static_cast<qsizetype>(toString(k).size()));
}

QString linkKindName(LinkKind k)
{
    return QString::fromLatin1(toString(k).data(), static_cast<qsizetype>(toString(k).size()));
}

/// Mean colour of each cell of a grid over the image, composited on white.
std::vector<QColor> cells(const QImage &img, int cols, int rows)
{
    std::vector<QColor> out;
    const QImage im = img.convertToFormat(QImage::Format_ARGB32);
    for (int cy = 0; cy < rows; ++cy) {
        for (int cx = 0; cx < cols; ++cx) {
            double r = 0, g = 0, b = 0;
            int n = 0;
            for (int y = cy * im.height() / rows; y < (cy + 1) * im.height() / rows; ++y) {
                for (int x = cx * im.width() / cols; x < (cx + 1) * im.width() / cols; ++x) {
                    const QColor c = im.pixelColor(x, y);
                    const double a = c.alphaF();
                    r += c.red() * a + 255 * (1 - a);
                    g += c.green() * a + 255 * (1 - a);
                    b += c.blue() * a + 255 * (1 - a);
                    ++n;
                }
            }
            n = std::max(n, 1);
            out.emplace_back(static_cast<int>(r / n), static_cast<int>(g / n),
                             static_cast<int>(b / n));
        }
    }
    return out;
}

/// Mean difference per channel of the cell colours (0 = same, 255 = opposite).
double cellDifference(const QImage &a, const QImage &b)
{
    const std::vector<QColor> ca = cells(a, 24, 16);
    const std::vector<QColor> cb = cells(b, 24, 16);
    double sum = 0;
    for (std::size_t i = 0; i < ca.size(); ++i)
        sum += std::abs(ca[i].red() - cb[i].red()) + std::abs(ca[i].green() - cb[i].green()) +
               std::abs(ca[i].blue() - cb[i].blue());
    return sum / (3.0 * ca.size());
}

} // namespace

TEST_CASE("renderMapSvg: one group per partner with its label, title and description",
          "[render][export][svg]")
{
    const Session s = exampleSession();
    const QByteArray data = renderMapSvg(s, RenderOptions{});
    const SvgDocument svg = inspectSvg(data);
    INFO(svg.error.toStdString());
    REQUIRE(svg.wellFormed);
    CHECK(svg.duplicateIds == 0);

    // Accessible: role, title and description with school, date and counts.
    CHECK(svg.rootAttributes.value(QStringLiteral("role")) == QStringLiteral("img"));
    CHECK(svg.rootAttributes.value(QStringLiteral("viewBox")).split(QLatin1Char(' ')).size() == 4);
    CHECK(svg.title == QStringLiteral("Netwerkkaart: Basisschool 1"));
    CHECK(svg.desc.contains(QStringLiteral("Basisschool 1")));
    CHECK(svg.desc.contains(QStringLiteral("2019-03-14")));
    CHECK(svg.desc.contains(QStringLiteral("37 partners")));

    // Exactly one group per placed partner, with its classes, title and label text.
    int placed = 0;
    for (const Partner &p : s.partners) {
        if (!p.placement)
            continue;
        ++placed;
        INFO("partner " << p.id.toStdString());
        const test::SvgGroup *g = svg.group(QStringLiteral("partner-") + p.id);
        REQUIRE(g);
        CHECK(g->hasClass("partner"));
        CHECK(g->classes.contains(QStringLiteral("category-") + p.category));
        CHECK(g->classes.contains(QStringLiteral("kind-") + kindName(p.kind)));
        CHECK(g->title == p.label);
        CHECK(squash(g->text()).contains(squash(p.label)));
        CHECK(g->elements > 1); // marker and label
    }
    CHECK(placed == 37);
    CHECK(static_cast<int>(svg.withClass("partner").size()) == placed);

    // A group per category sector, per link (with its kind), per group outline.
    for (const Category &c : s.categories) {
        const test::SvgGroup *g = svg.group(QStringLiteral("category-") + c.id);
        REQUIRE(g);
        CHECK(g->hasClass("category"));
        CHECK(g->title == c.labelNl);
    }
    for (const Link &l : s.links) {
        const test::SvgGroup *g = svg.group(QStringLiteral("link-") + l.id);
        REQUIRE(g);
        CHECK(g->classes.contains(QStringLiteral("kind-") + linkKindName(l.kind)));
    }
    for (const Group &gr : s.groups)
        CHECK(svg.group(QStringLiteral("group-") + gr.id));
    REQUIRE(svg.group(QStringLiteral("school")));
    CHECK(svg.group(QStringLiteral("school"))->title == QStringLiteral("Basisschool 1"));
    REQUIRE(svg.group(QStringLiteral("title-block")));
    CHECK(svg.group(QStringLiteral("title-block"))->text().contains(QStringLiteral("2019-03-14")));

    // Deterministic: the same session gives the same bytes.
    CHECK(renderMapSvg(s, RenderOptions{}) == data);
}

TEST_CASE("renderMapSvg: the legend has an entry per category, ring, participant and link kind",
          "[render][export][svg][legend]")
{
    const Session s = exampleSession();
    const SvgDocument svg = inspectSvg(renderMapSvg(s, RenderOptions{}));
    REQUIRE(svg.wellFormed);
    const test::SvgGroup *legend = svg.group(QStringLiteral("legend"));
    REQUIRE(legend);
    for (const Category &c : s.categories) {
        const test::SvgGroup *e = svg.group(QStringLiteral("legend-category-") + c.id);
        INFO("category " << c.id.toStdString());
        REQUIRE(e);
        CHECK(e->hasClass("legend-entry"));
        CHECK(e->classes.contains(QStringLiteral("category-") + c.id));
        CHECK(squash(e->text()).contains(squash(c.labelNl)));
        // The marker in the category's colour.
        CHECK(e->fills.contains(c.color.toLower()));
    }
    for (int i = 0; i < static_cast<int>(s.rings.size()); ++i) {
        const test::SvgGroup *e =
            svg.group(QStringLiteral("legend-ring-") + QString::number(i + 1));
        REQUIRE(e);
        CHECK(e->text().contains(s.rings[static_cast<std::size_t>(i)].labelNl));
        // The ring label on the map too.
        REQUIRE(svg.group(QStringLiteral("ring-") + QString::number(i + 1)));
    }
    for (const Participant &pt : s.participants) {
        const test::SvgGroup *e = svg.group(QStringLiteral("legend-participant-") + pt.id);
        REQUIRE(e);
        CHECK(e->fills.contains(roleColor(pt.roleGroup).name()));
        CHECK(e->text().contains(pt.code));
    }
    for (const Link &l : s.links) {
        const test::SvgGroup *e = svg.group(QStringLiteral("legend-link-") + linkKindName(l.kind));
        INFO("link kind " << linkKindName(l.kind).toStdString());
        CHECK(e);
    }
    CHECK(svg.group(QStringLiteral("legend-symbol-person")));
    CHECK(svg.group(QStringLiteral("legend-symbol-group")));

    SECTION("missing partners: ghosts on the map and in the legend")
    {
        const Session r = test::realisticSession();
        REQUIRE_FALSE(r.missingPartners.empty());
        const SvgDocument m = inspectSvg(renderMapSvg(r, RenderOptions{}));
        for (const MissingPartner &mp : r.missingPartners) {
            const test::SvgGroup *g = m.group(QStringLiteral("missing-") + mp.id);
            REQUIRE(g);
            CHECK(g->text().contains(mp.label));
        }
        CHECK(m.group(QStringLiteral("legend-symbol-missing")));
    }
}

TEST_CASE("renderMapSvg: options hide the legend, title, marks, notes, missing and groups",
          "[render][export][svg]")
{
    const Session s = test::realisticSession();
    const SvgDocument all = inspectSvg(renderMapSvg(s, RenderOptions{}));
    RenderOptions none;
    none.showLegend = false;
    none.showTitle = false;
    none.showMarks = false;
    none.showMissing = false;
    none.showGroups = false;
    const SvgDocument bare = inspectSvg(renderMapSvg(s, none));
    REQUIRE(all.wellFormed);
    REQUIRE(bare.wellFormed);
    // No empty groups (a link to an unplaced partner draws nothing and has no group).
    for (const test::SvgGroup &g : all.groups) {
        INFO("group " << g.id.toStdString());
        CHECK(g.elements > 0);
    }
    CHECK(all.group(QStringLiteral("link-li1")));
    CHECK_FALSE(all.group(QStringLiteral("link-li9"))); // its end pa33 is not placed

    CHECK(all.group(QStringLiteral("legend")));
    CHECK_FALSE(bare.group(QStringLiteral("legend")));
    CHECK(all.group(QStringLiteral("title-block")));
    CHECK_FALSE(bare.group(QStringLiteral("title-block")));
    CHECK_FALSE(all.withClass("missing").empty());
    CHECK(bare.withClass("missing").empty());
    CHECK_FALSE(all.withClass("group").empty());
    CHECK(bare.withClass("group").empty());
    // Marks: the dots in role colours around a marked partner.
    const QString teacher = roleColor(RoleGroup::Teacher).name();
    int marked = 0;
    for (const test::SvgGroup *g : all.withClass("marked")) {
        ++marked;
        const QString id = g->id;
        const int with = static_cast<int>(g->fills.count(teacher) +
                                          g->fills.count(roleColor(RoleGroup::Care).name()) +
                                          g->fills.count(roleColor(RoleGroup::Management).name()));
        const int without =
            static_cast<int>(bare.group(id)->fills.count(teacher) +
                             bare.group(id)->fills.count(roleColor(RoleGroup::Care).name()) +
                             bare.group(id)->fills.count(roleColor(RoleGroup::Management).name()));
        CHECK(with > without);
    }
    CHECK(marked > 0);

    SECTION("notes: a note glyph and its legend entry only when shown")
    {
        const Session e = exampleSession();
        RenderOptions notes;
        notes.showNotes = true;
        const SvgDocument n = inspectSvg(renderMapSvg(e, notes));
        const SvgDocument plain = inspectSvg(renderMapSvg(e, RenderOptions{}));
        CHECK(n.group(QStringLiteral("legend-symbol-note")));
        CHECK_FALSE(plain.group(QStringLiteral("legend-symbol-note")));
        const QString paper = QStringLiteral("#fff5b0");
        bool any = false;
        for (const Partner &p : e.partners) {
            if (!p.placement || p.notes.trimmed().isEmpty())
                continue;
            any = true;
            CHECK(n.group(QStringLiteral("partner-") + p.id)->fills.contains(paper));
            CHECK_FALSE(plain.group(QStringLiteral("partner-") + p.id)->fills.contains(paper));
        }
        CHECK(any);
    }
}

TEST_CASE("renderMapSvg: renders like the map image (QSvgRenderer and rsvg-convert)",
          "[render][export][svg]")
{
    const Session s = exampleSession();
    const RenderOptions o;
    ImageExportOptions io;
    io.render = o;
    io.widthPx = 1200;
    io.labelPt = 0; // as renderMapSvg(s, o) draws
    const QImage reference = renderMapImage(s, io);
    REQUIRE_FALSE(reference.isNull());
    const QByteArray data = renderMapSvg(s, o);

    QSvgRenderer renderer(data);
    REQUIRE(renderer.isValid());
    QImage viaQt(reference.size(), QImage::Format_ARGB32);
    viaQt.fill(Qt::transparent);
    {
        QPainter p(&viaQt);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p);
    }
    const double qtDiff = cellDifference(reference, viaQt);
    INFO("QSvgRenderer: mean cell difference " << qtDiff);
    CHECK(qtDiff < 3.0);
    // A blank image is far from the map: the comparison can fail.
    QImage blank(reference.size(), QImage::Format_ARGB32);
    blank.fill(Qt::white);
    CHECK(cellDifference(reference, blank) > 3 * qtDiff);

    const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
    if (rsvg.isEmpty()) {
        NWK_SKIP("rsvg-convert (librsvg2-bin) not installed: independent rendering not checked");
        return;
    }
    QTemporaryDir dir;
    QProcess proc;
    proc.start(rsvg, {QStringLiteral("-w"), QString::number(reference.width()),
                      QStringLiteral("-h"), QString::number(reference.height())});
    REQUIRE(proc.waitForStarted());
    proc.write(data);
    proc.closeWriteChannel();
    REQUIRE(proc.waitForFinished(60000));
    INFO(QString::fromUtf8(proc.readAllStandardError()).toStdString());
    REQUIRE(proc.exitCode() == 0);
    QImage viaRsvg;
    REQUIRE(viaRsvg.loadFromData(proc.readAllStandardOutput(), "PNG"));
    REQUIRE(viaRsvg.size() == reference.size());
    const double rsvgDiff = cellDifference(reference, viaRsvg);
    INFO("rsvg-convert: mean cell difference " << rsvgDiff);
    CHECK(rsvgDiff < 3.0);
}
