// SPDX-License-Identifier: GPL-3.0-or-later
// The crowded, realistic map (crowded_fixture.h) exported at A4 as a user exports it:
// every partner label at least 8 pt on the page, and no label-label, label-marker or
// marker-marker overlap, all read from the drawn geometry (SVG elements, PDF word boxes).
#include "crowded_fixture.h"
#include "svg_inspect.h"

#include "../support/pdftext.h"
#include "../support/readfile.h"

#include "nwk/render/exporters.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>

using namespace nwk;
using nwk::test::labelBox;
using nwk::test::markerBox;
using nwk::test::marksOf;
using nwk::test::overlaps;
using nwk::test::SvgGroup;

namespace {

struct Drawn {
    QString id;
    QRectF box;
};

} // namespace

TEST_CASE("The crowded fixture is as the issue describes it", "[render][crowded]")
{
    const Session s = test::crowdedRealisticSession();
    CHECK(s.partners.size() == 55);
    const MapGeometry g = MapGeometry::forSession(s);
    int inZorg = 0;
    int innerZorg = 0;
    int marked = 0;
    for (const Partner &p : s.partners) {
        marked += p.marks.isEmpty() ? 0 : 1;
        if (p.category == QLatin1String("zorg")) {
            ++inZorg;
            innerZorg += g.ringAt(p.placement->distance) == 0 ? 1 : 0;
        }
    }
    CHECK(inZorg >= 15);
    CHECK(inZorg <= 20);
    CHECK(innerZorg >= 8);
    CHECK(marked * 3 >= 55);
    CHECK(s.participants.size() == 6);
    QSet<QString> marking; // every participant marks some partner
    for (const Partner &p : s.partners)
        for (const QString &m : p.marks)
            marking.insert(m);
    CHECK(marking.size() == 6);
}

TEST_CASE("A4 SVG of a crowded map: labels of 8 pt, no overlaps, ghosts at home",
          "[render][crowded]")
{
    const Session s = test::crowdedRealisticSession();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kaart.svg"));
    REQUIRE(exportSvg(s, file, SvgExportOptions{}).isEmpty());
    if (qEnvironmentVariableIsSet("NWK_KEEP_CROWDED"))
        QFile::copy(file, qEnvironmentVariable("NWK_KEEP_CROWDED") + QStringLiteral(".svg"));
    const test::SvgDocument svg = test::inspectSvg(nwk::testdata::fileBytes(file));
    REQUIRE(svg.wellFormed);
    // Points per map unit on the A4 page of the PDF export (the map without the key).
    const LabelFit fit = fitLabels(s, RenderOptions{}, 8.0, QPageSize::A4, QPageLayout::Landscape);
    const double scale = fit.scale;
    REQUIRE(scale > 0.0);
    QHash<QString, QString> keyNumber; // partner or ghost group id -> its number in the key
    for (const SvgGroup *e : svg.withClass("key-entry")) {
        REQUIRE_FALSE(e->texts.isEmpty());
        keyNumber.insert(e->id.mid(4), e->texts.first()); // "key-<group id>"
    }

    std::vector<Drawn> markers;
    std::vector<Drawn> labels;
    int partners = 0;
    for (const SvgGroup &g : svg.groups) {
        const bool partner = g.hasClass("partner");
        if (!partner && !g.hasClass("missing"))
            continue;
        partners += partner ? 1 : 0;
        INFO(g.id.toStdString() << " " << g.title.toStdString());
        QRectF marker = markerBox(g);
        if (partner) // the marks' badges are drawn in groups of their own, part of the marker
            for (const SvgGroup *m : marksOf(svg, g.id.mid(8)))
                for (const test::SvgShape &sh : m->shapes)
                    marker = marker.united(sh.box);
        markers.push_back({g.id, marker});
        const QRectF label = labelBox(g);
        REQUIRE_FALSE(label.isNull()); // every partner and ghost has a label or its number
        labels.push_back({g.id, label});
        // Its label, or its number in the key, at 8 pt or more on the page.
        QString title = g.title;
        title.remove(QChar(0x2026));
        int labelTexts = 0;
        for (int k = 0; k < g.texts.size(); ++k) {
            QString t = g.texts[k];
            t.remove(QChar(0x2026));
            const bool isLabel = t.size() >= 3 && test::squash(title).contains(test::squash(t));
            // The number is drawn last, where the label would be (a marks badge may
            // show the same digits).
            const bool isNumber =
                keyNumber.contains(g.id) && t == keyNumber.value(g.id) && k == g.texts.size() - 1;
            if (!isLabel && !isNumber)
                continue;
            ++labelTexts;
            CHECK(g.textSizes[static_cast<std::size_t>(k)] * scale >= 8.0 - 1e-6);
        }
        CHECK(labelTexts >= 1);
    }
    CHECK(partners == 55);
    // Labels that went to the key are there in full, at 8 pt or more.
    for (const SvgGroup *e : svg.withClass("key-entry")) {
        CHECK(test::squash(e->text()).contains(test::squash(e->title)));
        for (double size : e->textSizes)
            CHECK(size * scale >= 8.0 - 1e-6);
    }
    for (std::size_t i = 0; i < markers.size(); ++i) {
        for (std::size_t j = 0; j < markers.size(); ++j) {
            INFO(markers[i].id.toStdString() << " / " << markers[j].id.toStdString());
            if (j > i) {
                CHECK_FALSE(overlaps(markers[i].box, markers[j].box));
                CHECK_FALSE(overlaps(labels[i].box, labels[j].box));
            }
            if (i != j) {
                CHECK_FALSE(overlaps(labels[i].box, markers[j].box));
            } else {
                // A label may tuck into the empty corner of its own marker's box.
                const QRectF in = labels[i].box.intersected(markers[i].box);
                CHECK(in.width() * in.height() <=
                      0.12 * markers[i].box.width() * markers[i].box.height());
            }
        }
    }
    // Ghosts: one with a category in its own sector, the others in the band below the disc.
    const MapGeometry geo = MapGeometry::forSession(s);
    for (const MissingPartner &m : s.missingPartners) {
        const SvgGroup *g = svg.group(QStringLiteral("missing-") + m.id);
        REQUIRE(g);
        const QPointF c = markerBox(*g).center();
        INFO(m.id.toStdString());
        if (s.categoryIndex(m.category) >= 0) {
            const double angle =
                normalizeAngle(std::atan2(c.x(), -c.y()) * 180.0 / std::numbers::pi);
            CHECK(geo.sectorAt(angle) == s.categoryIndex(m.category));
            CHECK(std::hypot(c.x(), c.y()) < geo.outerRadius);
        } else {
            CHECK(c.y() > geo.outerRadius);
        }
    }
}

TEST_CASE("A4 PDF of a crowded map: partner words at least 8 pt high", "[render][crowded]")
{
    const Session s = test::crowdedRealisticSession();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("kaart.pdf"));
    REQUIRE(exportPdf(s, pdf, PdfExportOptions{}).isEmpty());
    if (qEnvironmentVariableIsSet("NWK_KEEP_CROWDED"))
        QFile::copy(pdf, qEnvironmentVariable("NWK_KEEP_CROWDED") + QStringLiteral(".pdf"));
    const QString html =
        testpdf::runPoppler("pdftotext", {QStringLiteral("-bbox"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    // The distinctive words of partner labels (long, and in no legend or sector text).
    QSet<QString> distinctive;
    for (const Partner &p : s.partners)
        for (const QString &w : p.label.split(QRegularExpression(QStringLiteral("[\\s()]+"))))
            if (w.size() >= 12)
                distinctive.insert(w);
    // ... and in no role of a participant (the legend lists them in its own, smaller size).
    for (const Participant &pt : s.participants)
        for (const QString &w : pt.role.split(QLatin1Char(' ')))
            distinctive.remove(w);
    REQUIRE(distinctive.size() >= 8);
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                       "yMax=\"([0-9.]+)\">([^<]*)</word>"));
    int seen = 0;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (!distinctive.contains(m.captured(5)))
            continue;
        ++seen;
        INFO(m.captured(5).toStdString());
        CHECK(m.captured(4).toDouble() - m.captured(2).toDouble() >= 8.0);
    }
    CHECK(seen >= 8);
}

TEST_CASE("A4 SVG of a crowded map: every mark names one participant", "[render][crowded][marks]")
{
    const Session s = test::crowdedRealisticSession();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kaart.svg"));
    REQUIRE(exportSvg(s, file, SvgExportOptions{}).isEmpty());
    const test::SvgDocument svg = test::inspectSvg(nwk::testdata::fileBytes(file));
    REQUIRE(svg.wellFormed);
    int marks = 0;
    for (const Partner &pa : s.partners) {
        const std::vector<const SvgGroup *> drawn = marksOf(svg, pa.id);
        INFO(pa.id.toStdString());
        CHECK(drawn.size() == static_cast<std::size_t>(pa.marks.size()));
        for (const QString &id : pa.marks) {
            const Participant *pt = s.participant(id);
            REQUIRE(pt);
            const SvgGroup *g = svg.group(QStringLiteral("mark-") + pa.id + QLatin1Char('-') + id);
            REQUIRE(g);
            // The participant's own code, on a badge that names them and no one else.
            CHECK(g->texts == QStringList{pt->code});
            CHECK(g->classes.contains(QStringLiteral("participant-") + id));
            CHECK(g->fills.contains(roleColor(pt->roleGroup).name()));
            ++marks;
        }
    }
    CHECK(marks >= 18);
    // The three care staff have three different badges, and the legend keys each one.
    QStringList careTexts;
    for (const Participant &pt : s.participants) {
        const SvgGroup *e = svg.group(QStringLiteral("legend-participant-") + pt.id);
        REQUIRE(e);
        CHECK(e->texts.value(0) == pt.code);
        if (pt.roleGroup == RoleGroup::Care)
            careTexts << e->texts.value(0);
    }
    careTexts.removeDuplicates();
    CHECK(careTexts.size() == 3);
}
