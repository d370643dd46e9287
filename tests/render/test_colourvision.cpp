// SPDX-License-Identifier: GPL-3.0-or-later
// Colour is never the only signal (docs/accessibility.md). The default category
// palette is simulated under deuteranopia, protanopia and tritanopia (Machado,
// Oliveira & Fernandes 2009, severity 1.0, applied in linear RGB); every pair of
// default categories must stay apart by colour (CIEDE2000) or by marker (shape or
// letter), and the markers must really be drawn: with every colour the same, each
// category's partner and legend icon still look different.
//
// Set NWK_PRINT_CVD_TABLE=1 to print the table of docs/accessibility.md.
#include "examplesession.h"
#include "nwk/core/session.h"
#include "nwk/render/mappainter.h"
#include "render_fixtures.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>

#include <array>
#include <cmath>
#include <cstdio>
#include <numbers>

using namespace nwk;

namespace {

using Vec3 = std::array<double, 3>;
using Mat3 = std::array<Vec3, 3>;

struct Deficiency {
    const char *name;
    Mat3 m;
};

// Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
// Simulation of Color Vision Deficiency", severity 1.0 matrices (linear RGB).
const std::array<Deficiency, 3> kDeficiencies = {{
    {"protanopia",
     {{{0.152286, 1.052583, -0.204868},
       {0.114503, 0.786281, 0.099216},
       {-0.003882, -0.048116, 1.051998}}}},
    {"deuteranopia",
     {{{0.367322, 0.860646, -0.227968},
       {0.280085, 0.672501, 0.047413},
       {-0.011820, 0.042940, 0.968881}}}},
    {"tritanopia",
     {{{1.255528, -0.076749, -0.178779},
       {-0.078411, 0.930809, 0.147602},
       {0.004733, 0.691367, 0.303900}}}},
}};

/// Two categories whose colours differ by less than this (CIEDE2000, after the
/// simulation) count as "the same colour" and must differ by marker. 15 is about
/// six times the just-noticeable difference of side-by-side patches (2.3): small,
/// scattered markers on a tinted map need far more than a JND (see the docs).
constexpr double kMinDeltaE = 15.0;

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Vec3 linearRgb(const QColor &c)
{
    return {toLinear(c.redF()), toLinear(c.greenF()), toLinear(c.blueF())};
}

Vec3 simulate(const Vec3 &rgb, const Mat3 &m)
{
    Vec3 out{};
    for (int i = 0; i < 3; ++i)
        out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    return out;
}

/// CIELAB (D65) of a linear-RGB colour.
Vec3 lab(const Vec3 &rgb)
{
    const double x = 0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2];
    const double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
    const double z = 0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2];
    auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    };
    const double fx = f(x / 0.95047), fy = f(y / 1.0), fz = f(z / 1.08883);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

/// CIEDE2000 (Sharma, Wu & Dalal 2005), kL = kC = kH = 1.
double deltaE2000(const Vec3 &a, const Vec3 &b)
{
    constexpr double pi = std::numbers::pi;
    auto deg = [](double r) { return r * 180.0 / pi; };
    auto rad = [](double d) { return d * pi / 180.0; };
    const double c1 = std::hypot(a[1], a[2]), c2 = std::hypot(b[1], b[2]);
    const double cBar = (c1 + c2) / 2.0;
    const double g =
        0.5 * (1.0 - std::sqrt(std::pow(cBar, 7) / (std::pow(cBar, 7) + std::pow(25.0, 7))));
    const double a1 = (1.0 + g) * a[1], a2 = (1.0 + g) * b[1];
    const double c1p = std::hypot(a1, a[2]), c2p = std::hypot(a2, b[2]);
    auto hue = [&](double bb, double aa) {
        if (bb == 0.0 && aa == 0.0)
            return 0.0;
        const double h = deg(std::atan2(bb, aa));
        return h < 0 ? h + 360.0 : h;
    };
    const double h1 = hue(a[2], a1), h2 = hue(b[2], a2);
    const double dL = b[0] - a[0];
    const double dC = c2p - c1p;
    double dh = 0.0;
    if (c1p * c2p != 0.0) {
        dh = h2 - h1;
        if (dh > 180.0)
            dh -= 360.0;
        else if (dh < -180.0)
            dh += 360.0;
    }
    const double dH = 2.0 * std::sqrt(c1p * c2p) * std::sin(rad(dh / 2.0));
    const double lBar = (a[0] + b[0]) / 2.0;
    const double cBarP = (c1p + c2p) / 2.0;
    double hBar = h1 + h2;
    if (c1p * c2p != 0.0) {
        if (std::abs(h1 - h2) <= 180.0)
            hBar = (h1 + h2) / 2.0;
        else
            hBar = (h1 + h2 + (h1 + h2 < 360.0 ? 360.0 : -360.0)) / 2.0;
    }
    const double t = 1.0 - 0.17 * std::cos(rad(hBar - 30.0)) + 0.24 * std::cos(rad(2.0 * hBar)) +
                     0.32 * std::cos(rad(3.0 * hBar + 6.0)) -
                     0.20 * std::cos(rad(4.0 * hBar - 63.0));
    const double dTheta = 30.0 * std::exp(-std::pow((hBar - 275.0) / 25.0, 2));
    const double rc =
        2.0 * std::sqrt(std::pow(cBarP, 7) / (std::pow(cBarP, 7) + std::pow(25.0, 7)));
    const double sl =
        1.0 + 0.015 * std::pow(lBar - 50.0, 2) / std::sqrt(20.0 + std::pow(lBar - 50.0, 2));
    const double sc = 1.0 + 0.045 * cBarP;
    const double sh = 1.0 + 0.015 * cBarP * t;
    const double rt = -std::sin(rad(2.0 * dTheta)) * rc;
    return std::sqrt(std::pow(dL / sl, 2) + std::pow(dC / sc, 2) + std::pow(dH / sh, 2) +
                     rt * (dC / sc) * (dH / sh));
}

QColor colorOf(const Category &c)
{
    return QColor::fromString(c.color);
}

bool sameMarker(const Category &a, const Category &b)
{
    return a.marker == b.marker && a.letter == b.letter;
}

/// The image of one partner of `categoryId`, every category painted the same grey.
QImage partnerImage(Session s, const QString &categoryId)
{
    for (Category &c : s.categories)
        c.color = QStringLiteral("#808080");
    s.partners.clear();
    test::addPartner(s, QStringLiteral("pa1"), QString(), categoryId, 0.5, 0.5);
    RenderOptions o;
    o.showMarks = false;
    const MapPainter painter;
    QImage image(80, 80, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(40, 40);
    painter.paintPartner(p, s, QStringLiteral("pa1"), o, QRectF());
    return image;
}

int differingPixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("CIEDE2000 matches Sharma's test data", "[a11y][colour]")
{
    // Pairs 1, 7 and 17 of Sharma, Wu & Dalal (2005), table 1.
    CHECK(deltaE2000({50.0, 2.6772, -79.7751}, {50.0, 0.0, -82.7485}) ==
          Approx(2.0425).margin(1e-4));
    CHECK(deltaE2000({50.0, 0.0, 0.0}, {50.0, -1.0, 2.0}) == Approx(2.3669).margin(1e-4));
    CHECK(deltaE2000({50.0, 2.5, 0.0}, {73.0, 25.0, -18.0}) == Approx(27.1492).margin(1e-4));
    // Simulations keep grey grey and map red and green of a protanope close together.
    const Mat3 &deut = kDeficiencies[1].m;
    const Vec3 grey = simulate(linearRgb(QColor(0x80, 0x80, 0x80)), deut);
    CHECK(grey[0] == Approx(grey[1]).margin(0.01));
    CHECK(deltaE2000(lab(simulate(linearRgb(QColor(0xd6, 0x27, 0x28)), deut)),
                     lab(simulate(linearRgb(QColor(0x2e, 0x9e, 0x44)), deut))) < 30.0);
}

TEST_CASE("Default categories stay apart under simulated colour blindness", "[a11y][colour]")
{
    const std::vector<Category> cats = defaultCategories();
    const bool print = qEnvironmentVariableIsSet("NWK_PRINT_CVD_TABLE");
    if (print)
        std::printf("| Pair | normal | protanopia | deuteranopia | tritanopia | markers |\n"
                    "|---|---|---|---|---|---|\n");
    for (std::size_t i = 0; i < cats.size(); ++i) {
        for (std::size_t j = i + 1; j < cats.size(); ++j) {
            const Category &a = cats[i];
            const Category &b = cats[j];
            const Vec3 la = linearRgb(colorOf(a)), lb = linearRgb(colorOf(b));
            double worst = deltaE2000(lab(la), lab(lb));
            QString row = QStringLiteral("| %1 / %2 | %3 ").arg(a.id, b.id).arg(worst, 0, 'f', 1);
            for (const Deficiency &d : kDeficiencies) {
                const double e = deltaE2000(lab(simulate(la, d.m)), lab(simulate(lb, d.m)));
                worst = std::min(worst, e);
                row += QStringLiteral("| %1%2 ")
                           .arg(e, 0, 'f', 1)
                           .arg(e < kMinDeltaE ? QStringLiteral(" **<15**") : QString());
            }
            if (print)
                std::printf("%s| %s |\n", qPrintable(row), sameMarker(a, b) ? "same" : "differ");
            INFO(a.id.toStdString() << " / " << b.id.toStdString() << ": worst delta E " << worst);
            CHECK((worst >= kMinDeltaE || !sameMarker(a, b)));
        }
    }
}

TEST_CASE("No two categories are greys: the default palette and the example", "[a11y][colour]")
{
    // Issue #21: Onderzoek (#8a8a8a) and Interne actoren (#202020) were two greys that a
    // projector in a lit room makes one. At most one category may be achromatic (CIELAB
    // chroma below 15); the others need a hue of their own.
    const std::pair<const char *, std::vector<Category>> palettes[] = {
        {"defaults", defaultCategories()}, {"example", testdata::exampleSession().categories}};
    for (const auto &[name, cats] : palettes) {
        QStringList greys;
        for (const Category &c : cats) {
            const Vec3 l = lab(linearRgb(colorOf(c)));
            if (std::hypot(l[1], l[2]) < 15.0)
                greys.append(c.id + QLatin1Char(' ') + c.color);
        }
        INFO(name << ": " << greys.join(QStringLiteral(", ")).toStdString());
        CHECK(greys.size() <= 1);
    }
}

TEST_CASE("Red and pink, green and orange differ by shape and letter", "[a11y][colour]")
{
    const Session s = newSession();
    auto cat = [&](const char *id) {
        const Category *c = s.category(QString::fromLatin1(id));
        REQUIRE(c != nullptr);
        return *c;
    };
    const Category red = cat("werk"), pink = cat("beleid");
    const Category green = cat("aanbod"), orange = cat("zorg");
    CHECK(red.marker != pink.marker);
    CHECK(red.letter != pink.letter);
    CHECK(green.marker != orange.marker);
    CHECK(green.letter != orange.letter);
    // And every default category has its own shape and its own letter.
    for (const Category &a : s.categories)
        for (const Category &b : s.categories)
            if (a.id != b.id) {
                CHECK(a.marker != b.marker);
                CHECK(a.letter != b.letter);
            }
}

TEST_CASE("Partners and the legend draw the marker, not only the colour", "[a11y][colour]")
{
    const Session s = newSession();
    std::vector<QImage> images;
    for (const Category &c : s.categories)
        images.push_back(partnerImage(s, c.id));
    for (std::size_t i = 0; i < images.size(); ++i)
        for (std::size_t j = i + 1; j < images.size(); ++j) {
            INFO(s.categories[i].id.toStdString() << " / " << s.categories[j].id.toStdString());
            CHECK(differingPixels(images[i], images[j]) > 40);
        }

    // The legend: one category, grey, once as a circle "A" and once as a square "B".
    Session one = newSession();
    one.categories.resize(1);
    one.categories[0].color = QStringLiteral("#808080");
    one.rings.clear();
    auto legend = [](const Session &session) {
        RenderOptions o;
        o.showTitle = false;
        const MapPainter painter;
        const QRectF r = painter.legendBounds(session, o);
        QImage image(r.size().toSize() + QSize(2, 2), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(-r.topLeft());
        painter.paintLegend(p, session, o);
        return image;
    };
    one.categories[0].marker = MarkerShape::Circle;
    one.categories[0].letter = QStringLiteral("A");
    const QImage circle = legend(one);
    one.categories[0].marker = MarkerShape::Square;
    const QImage square = legend(one);
    one.categories[0].letter = QStringLiteral("B");
    const QImage squareB = legend(one);
    REQUIRE(circle.size() == square.size());
    CHECK(differingPixels(circle, square) > 10);
    CHECK(differingPixels(square, squareB) > 5);
}

TEST_CASE("Role colours of the marks stay apart in greyscale and under colour blindness",
          "[a11y][colour][marks]")
{
    // The badge's number tells participants apart (tests/render/test_marks.cpp); the fill
    // tells their role group. In greyscale (a black-and-white print of the A4 map) the four
    // groups are four steps of lightness, at least 20 apart in CIE L*; under each
    // simulated deficiency every pair differs by 20 or more (CIEDE2000).
    const std::array<RoleGroup, 4> groups = {RoleGroup::Teacher, RoleGroup::Management,
                                             RoleGroup::Care, RoleGroup::Other};
    for (std::size_t i = 0; i < groups.size(); ++i)
        for (std::size_t j = i + 1; j < groups.size(); ++j) {
            const Vec3 a = linearRgb(roleColor(groups[i]));
            const Vec3 b = linearRgb(roleColor(groups[j]));
            INFO("role groups " << i << " / " << j);
            CHECK(std::abs(lab(a)[0] - lab(b)[0]) >= 20.0);
            CHECK(deltaE2000(lab(a), lab(b)) >= 20.0);
            for (const Deficiency &d : kDeficiencies) {
                INFO(d.name);
                CHECK(deltaE2000(lab(simulate(a, d.m)), lab(simulate(b, d.m))) >= 20.0);
            }
        }
}
