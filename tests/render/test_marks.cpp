// SPDX-License-Identifier: GPL-3.0-or-later
// Importance marks identify the participant (issue #17): each mark is a badge with the
// participant's number on the role colour, the legend maps each badge to the participant,
// badges of one partner overlap neither each other nor the marker, and each is 2.5 mm or
// more on the A4 PDF. Checked on the drawn geometry of the exported SVG.
#include "render_fixtures.h"
#include "svg_inspect.h"

#include "nwk/render/exporters.h"
#include "nwk/render/marks.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <map>
#include <set>

using namespace nwk;
using nwk::test::inspectSvg;
using nwk::test::labelBox;
using nwk::test::markerBox;
using nwk::test::marksOf;
using nwk::test::overlaps;
using nwk::test::SvgDocument;
using nwk::test::SvgGroup;

namespace {

/// The realistic map with six participants, three of them care staff, and marks by
/// several of them on several partners (one by an id that is no participant).
Session sixParticipants()
{
    Session s = test::realisticSession();
    s.participants.push_back(test::participant("pt5", "P5", "intern begeleider", RoleGroup::Care));
    s.participants.push_back(test::participant("pt6", "P6", "CLB-medewerker", RoleGroup::Other));
    const QStringList all = {QStringLiteral("pt1"), QStringLiteral("pt2"), QStringLiteral("pt3"),
                             QStringLiteral("pt4"), QStringLiteral("pt5"), QStringLiteral("pt6")};
    s.partner(QStringLiteral("pa13"))->marks = all;
    s.partner(QStringLiteral("pa14"))->marks = {QStringLiteral("pt5"), QStringLiteral("pt2"),
                                                QStringLiteral("pt3")};
    s.partner(QStringLiteral("pa1"))->marks = {QStringLiteral("pt5"), QStringLiteral("pt6")};
    s.partner(QStringLiteral("pa16"))->marks = {QStringLiteral("pt3"), QStringLiteral("pt99")};
    s.partner(QStringLiteral("pa28"))->disputed = true; // marks beside the "?" badge
    return s;
}

SvgDocument svgOf(const Session &s, const RenderOptions &o = RenderOptions{})
{
    const SvgDocument svg = inspectSvg(renderMapSvg(s, o));
    REQUIRE(svg.wellFormed);
    return svg;
}

/// The drawn outline of a badge (its first shape).
QRectF badgeBox(const SvgGroup &g)
{
    REQUIRE_FALSE(g.shapes.empty());
    return g.shapes.front().box;
}

QString badgeFill(const SvgGroup &g)
{
    REQUIRE_FALSE(g.shapes.empty());
    return g.shapes.front().fill;
}

/// Millimetres per map unit on the map's A4 PDF: the page size read from the PDF, less
/// its 10 mm margins, fitted to the map's bounds (the SVG's viewBox, the same bounds).
double mmPerUnitOnPdf(const Session &s, const RenderOptions &o, const SvgDocument &svg)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.pdf"));
    PdfExportOptions po;
    po.render = o;
    REQUIRE(exportPdf(s, path, po).isEmpty());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString pdf = QString::fromLatin1(f.readAll());
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)"))
            .match(pdf);
    REQUIRE(m.hasMatch());
    const double ptToMm = 25.4 / 72.0;
    const double pageW = m.captured(1).toDouble() * ptToMm;
    const double pageH = m.captured(2).toDouble() * ptToMm;
    CHECK(pageW == Approx(297.0).margin(0.5)); // A4 landscape
    CHECK(pageH == Approx(210.0).margin(0.5));
    const QStringList vb =
        svg.rootAttributes.value(QStringLiteral("viewBox")).split(QLatin1Char(' '));
    REQUIRE(vb.size() == 4);
    return std::min((pageW - 20.0) / vb[2].toDouble(), (pageH - 20.0) / vb[3].toDouble());
}

} // namespace

TEST_CASE("Every mark names one participant by its number and role colour and in the legend",
          "[render][marks]")
{
    const Session s = sixParticipants();
    for (const bool anonymise : {false, true}) {
        RenderOptions o;
        o.anonymise = anonymise;
        INFO("anonymised: " << anonymise);
        const SvgDocument svg = svgOf(s, o);
        std::map<QString, QString> participantOfText; // badge text -> participant id
        int badges = 0;
        for (const Partner &pa : s.partners) {
            if (!pa.placement || pa.marks.isEmpty())
                continue;
            const std::vector<const SvgGroup *> marks = marksOf(svg, pa.id);
            INFO("partner " << pa.id.toStdString());
            CHECK(marks.size() == static_cast<std::size_t>(pa.marks.size()));
            for (const QString &id : pa.marks) {
                const Participant *pt = s.participant(id);
                const SvgGroup *g = svg.group(QStringLiteral("mark-") + pa.id + QLatin1Char('-') +
                                              (pt ? id : QStringLiteral("unknown1")));
                INFO("mark by " << id.toStdString());
                REQUIRE(g);
                REQUIRE(g->texts.size() == 1);
                ++badges;
                if (!pt) { // no participant: a neutral "?" badge, and the legend says so
                    CHECK(g->texts.front() == QStringLiteral("?"));
                    CHECK(badgeFill(*g) == QStringLiteral("#ffffff"));
                    const SvgGroup *e = svg.group(QStringLiteral("legend-mark-unknown"));
                    REQUIRE(e);
                    CHECK(e->texts.contains(QStringLiteral("?")));
                    continue;
                }
                // The participant's number on the role colour.
                const QString number = pt->code.mid(1);
                CHECK(g->texts.front() == number);
                CHECK(badgeFill(*g) == roleColor(pt->roleGroup).name());
                CHECK(g->hasClass("mark"));
                CHECK(g->classes.contains(QStringLiteral("participant-") + id));
                // One text, one participant, over the whole map.
                const auto [it, fresh] = participantOfText.emplace(number, id);
                CHECK(it->second == id);
                // The legend: the same badge, then the code and role.
                const SvgGroup *e = svg.group(QStringLiteral("legend-participant-") + id);
                REQUIRE(e);
                REQUIRE_FALSE(e->texts.empty());
                CHECK(e->texts.front() == number);
                CHECK(badgeFill(*e) == badgeFill(*g));
                const QString entry = e->texts.mid(1).join(QLatin1Char(' '));
                CHECK(entry.startsWith(pt->code + QLatin1Char(' ')));
                CHECK(test::squash(entry).startsWith(test::squash(pt->code + pt->role)));
                CHECK(test::squash(g->title) == test::squash(entry));
            }
        }
        CHECK(badges >= 20);
        CHECK(participantOfText.size() == 6); // every participant marked something
        // Three care staff, three badges that differ.
        for (const char *care : {"pt2", "pt3", "pt5"})
            CHECK(svg.group(QStringLiteral("legend-participant-") + QString::fromLatin1(care)));
    }
}

TEST_CASE("The marks of one partner overlap neither each other nor the marker", "[render][marks]")
{
    const Session s = sixParticipants();
    RenderOptions big;
    big.labelSize = 17.0;
    RenderOptions projection;
    projection.highContrast = true;
    for (const RenderOptions &o : {RenderOptions{}, big, projection}) {
        const SvgDocument svg = svgOf(s, o);
        int checked = 0;
        for (const Partner &pa : s.partners) {
            if (!pa.placement || pa.marks.isEmpty())
                continue;
            const SvgGroup *partner = svg.group(QStringLiteral("partner-") + pa.id);
            REQUIRE(partner);
            const QRectF marker = markerBox(*partner);
            REQUIRE_FALSE(marker.isEmpty());
            const std::vector<const SvgGroup *> marks = marksOf(svg, pa.id);
            for (std::size_t i = 0; i < marks.size(); ++i) {
                INFO("partner " << pa.id.toStdString() << ", " << marks[i]->id.toStdString());
                CHECK_FALSE(overlaps(badgeBox(*marks[i]), marker));
                for (std::size_t j = i + 1; j < marks.size(); ++j)
                    CHECK_FALSE(overlaps(badgeBox(*marks[i]), badgeBox(*marks[j])));
                ++checked;
            }
        }
        CHECK(checked >= 20);
    }
}

TEST_CASE("Each mark is 2.5 mm or more on the A4 PDF also with larger labels",
          "[render][marks][pdf]")
{
    const Session s = sixParticipants();
    RenderOptions big;
    big.labelSize = 17.0; // labels of 8 pt or more on A4
    RenderOptions projection;
    projection.highContrast = true;
    for (const RenderOptions &o : {RenderOptions{}, big, projection}) {
        INFO("label size " << o.labelSize << ", high contrast " << o.highContrast);
        const SvgDocument svg = svgOf(s, o);
        const double mm = mmPerUnitOnPdf(s, o, svg);
        int checked = 0;
        for (const SvgGroup *g : svg.withClass("mark")) {
            const QRectF box = badgeBox(*g);
            INFO(g->id.toStdString()
                 << ": " << box.width() * mm << " x " << box.height() * mm << " mm");
            CHECK(box.height() * mm >= 2.5);
            CHECK(box.width() * mm >= 2.5);
            ++checked;
        }
        // The legend's badges too.
        for (const SvgGroup *g : svg.withClass("participant")) {
            INFO(g->id.toStdString());
            CHECK(badgeBox(*g).height() * mm >= 2.5);
            ++checked;
        }
        CHECK(checked >= 25);
    }
}

TEST_CASE("The text of every badge contrasts 4.5:1 or more with its fill", "[render][marks][a11y]")
{
    // Drawn: the fill of the badge and the fill of its text, for every role group.
    Session s = sixParticipants();
    const SvgDocument svg = svgOf(s);
    std::set<QString> roles;
    for (const SvgGroup *g : svg.withClass("mark")) {
        REQUIRE(g->fills.size() == 2); // the badge, then its text
        const QColor fill = QColor::fromString(g->fills[0]);
        const QColor text = QColor::fromString(g->fills[1]);
        INFO(g->id.toStdString() << ": " << g->fills.join(QLatin1Char(' ')).toStdString());
        CHECK(contrastRatio(fill, text) >= 4.5);
        roles.insert(g->fills[0]);
    }
    CHECK(roles.size() == 5); // four role colours and the white "?"
    for (RoleGroup g :
         {RoleGroup::Teacher, RoleGroup::Management, RoleGroup::Care, RoleGroup::Other}) {
        INFO("role group " << static_cast<int>(g));
        CHECK(contrastRatio(roleColor(g), markTextColor(roleColor(g))) >= 4.5);
    }
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) == Approx(4.48).margin(0.01));
}

TEST_CASE("Badge texts are short and unique within a session", "[render][marks]")
{
    Session s;
    s.participants = {
        test::participant("a", "P1", "", RoleGroup::Teacher),
        test::participant("b", "P02", "", RoleGroup::Teacher),
        test::participant("c", "", "", RoleGroup::Care),             // no code
        test::participant("d", "P1", "", RoleGroup::Care),           // a code another has
        test::participant("e", "Ann Peeters", "", RoleGroup::Other), // too long for a badge
        test::participant("f", "AB", "", RoleGroup::Other),
        test::participant("g", "?", "", RoleGroup::Other),
    };
    const QHash<QString, QString> t = markBadgeTexts(s);
    CHECK(t.value(QStringLiteral("a")) == QStringLiteral("1"));
    CHECK(t.value(QStringLiteral("b")) == QStringLiteral("2"));
    CHECK(t.value(QStringLiteral("f")) == QStringLiteral("AB"));
    // The others: the lowest numbers no other badge shows, in the participants' order.
    CHECK(t.value(QStringLiteral("c")) == QStringLiteral("3"));
    CHECK(t.value(QStringLiteral("d")) == QStringLiteral("4"));
    CHECK(t.value(QStringLiteral("e")) == QStringLiteral("5"));
    CHECK(t.value(QStringLiteral("g")) == QStringLiteral("6"));
    CHECK(markBadge(s, QStringLiteral("zz")).text == QStringLiteral("?"));
    CHECK_FALSE(markBadge(s, QStringLiteral("zz")).known);
}

TEST_CASE("Anonymised a participant code with a person's name in it shows no name",
          "[render][marks][anonymise]")
{
    // Codes are pseudonyms ("P1"), but a hand-made file could hold a name: the anonymised
    // copy replaces it as in every text, and the badge falls back to a number.
    Session s = sixParticipants();
    Partner *person = s.partner(QStringLiteral("pa28"));
    REQUIRE(person->kind == PartnerKind::Person);
    person->label = QStringLiteral("Hilde");
    s.participants[1].code = QStringLiteral("Hilde");
    RenderOptions o;
    o.anonymise = true;
    const QByteArray data = renderMapSvg(s, o);
    CHECK_FALSE(data.contains("Hilde"));
    const SvgDocument svg = inspectSvg(data);
    const SvgGroup *mark = svg.group(QStringLiteral("mark-pa13-pt2"));
    REQUIRE(mark);
    REQUIRE(mark->texts.size() == 1);
    CHECK(mark->texts.front() == QStringLiteral("2")); // the lowest number no other shows
    const SvgGroup *entry = svg.group(QStringLiteral("legend-participant-pt2"));
    REQUIRE(entry);
    CHECK(entry->texts.front() == QStringLiteral("2"));
    CHECK(entry->text().contains(QStringLiteral("brugfiguur zorgcoördinator")));
}
