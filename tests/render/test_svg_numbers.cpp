// SPDX-License-Identifier: GPL-3.0-or-later
// The SVG writer's fast number formatting, escaping and group ids against the plain
// Qt ways of doing it: the output must stay byte for byte the same.
#include "../../src/render/svgwriter.h"

#include <catch2/catch.hpp>

#include <QFont>
#include <QList>
#include <QPainter>
#include <QRegularExpression>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

using nwk::detail::appendSvgNumber;
using nwk::detail::appendXmlEscaped;
using nwk::detail::svgNumber;
using nwk::detail::xmlEscape;

namespace {

/// svgNumber as it was first written: QString::number(v, 'f', decimals), trimmed.
QString referenceNumber(double v, int decimals)
{
    if (!std::isfinite(v))
        return QStringLiteral("0");
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

/// xmlEscape as it was first written: code point by code point through toUcs4().
QString referenceEscape(const QString &text)
{
    QString out;
    const QList<uint> ucs4 = text.toUcs4();
    for (const uint c : ucs4) {
        switch (c) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        default:
            if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)) {
                const auto cp = static_cast<char32_t>(c);
                out += QString::fromUcs4(&cp, 1);
            }
        }
    }
    return out;
}

/// True when `appended` is "x" (what was there before) followed by `want`.
bool appendedAfterX(const std::string &appended, const std::string &want)
{
    return appended.size() == want.size() + 1 && appended[0] == 'x' &&
           appended.compare(1, std::string::npos, want) == 0;
}

/// Counts the values where svgNumber or appendSvgNumber differ from the reference,
/// reporting the first few.
int numberMismatches(const std::vector<double> &values, const std::vector<int> &decimals)
{
    int bad = 0;
    for (const int d : decimals) {
        for (const double v : values) {
            const QString want = referenceNumber(v, d);
            const QString got = svgNumber(v, d);
            std::string appended = "x";
            appendSvgNumber(appended, v, d);
            if (got != want || !appendedAfterX(appended, want.toStdString())) {
                if (++bad <= 5)
                    UNSCOPED_INFO("v=" << QString::number(v, 'g', 17).toStdString() << " decimals="
                                       << d << " want " << want.toStdString() << " got "
                                       << got.toStdString() << " / appended " << appended);
            }
        }
    }
    return bad;
}

QString fromUnits(std::initializer_list<char16_t> units)
{
    QString s;
    for (const char16_t u : units)
        s += QChar(u);
    return s;
}

/// The ids of the groups in an SVG document, in order.
QStringList groupIds(const QByteArray &svg)
{
    QStringList ids;
    static const QRegularExpression re(QStringLiteral("<g id=\"([^\"]*)\""));
    auto it = re.globalMatch(QString::fromUtf8(svg));
    while (it.hasNext())
        ids << it.next().captured(1);
    return ids;
}

} // namespace

TEST_CASE("svgNumber: as QString::number(v, 'f', n) trimmed, on special values", "[svg]")
{
    CHECK(svgNumber(0.125) == QStringLiteral("0.13")); // Qt rounds a tie away from zero
    CHECK(svgNumber(-0.125) == QStringLiteral("-0.13"));
    CHECK(svgNumber(0.0625, 3) == QStringLiteral("0.063"));
    CHECK(svgNumber(1.005) == QStringLiteral("1")); // 1.00499999999999989...
    CHECK(svgNumber(99.995) == QStringLiteral("100"));
    CHECK(svgNumber(-0.0) == QStringLiteral("0"));
    CHECK(svgNumber(-0.001) == QStringLiteral("0"));
    CHECK(svgNumber(2.5, 0) == QStringLiteral("3"));
    CHECK(svgNumber(-9.5, 0) == QStringLiteral("-10"));
    CHECK(svgNumber(12.50) == QStringLiteral("12.5"));
    CHECK(svgNumber(std::numeric_limits<double>::quiet_NaN()) == QStringLiteral("0"));
    CHECK(svgNumber(std::numeric_limits<double>::infinity()) == QStringLiteral("0"));
    CHECK(svgNumber(-std::numeric_limits<double>::infinity()) == QStringLiteral("0"));

    std::vector<double> values = {0.0,
                                  -0.0,
                                  std::numeric_limits<double>::denorm_min(),
                                  -std::numeric_limits<double>::denorm_min(),
                                  std::numeric_limits<double>::min(),
                                  std::numeric_limits<double>::max(),
                                  std::numeric_limits<double>::lowest(),
                                  std::numeric_limits<double>::epsilon(),
                                  0x1p40,
                                  0x1p40 + 0.5,
                                  -0x1p40 - 0.5,
                                  0x1p53,
                                  0x1p53 + 2,
                                  9.999999999995e11,
                                  1e15,
                                  1e21,
                                  1e22,
                                  1e23,
                                  1e100,
                                  -1e300,
                                  1e-300,
                                  999999.995,
                                  -999999.995,
                                  0.995,
                                  0.9995,
                                  9.5,
                                  99.5,
                                  999.5};
    values.push_back(std::numeric_limits<double>::quiet_NaN());
    values.push_back(std::numeric_limits<double>::infinity());
    values.push_back(-std::numeric_limits<double>::infinity());
    CHECK(numberMismatches(values, {0, 1, 2, 3, 6, 15}) == 0);
}

TEST_CASE("svgNumber: as QString::number(v, 'f', n) trimmed, on a sweep of values", "[svg]")
{
    std::vector<double> values;
    // Exact ties and their neighbours: k/2^m rounded to 0..6 decimals.
    for (int k = -4100; k <= 4100; ++k)
        for (const double scale : {1.0 / 8, 1.0 / 16, 1.0 / 128, 1.0 / 1024, 1.0}) {
            const double v = k * scale;
            values.push_back(v);
            values.push_back(std::nextafter(v, 1e300));
            values.push_back(std::nextafter(v, -1e300));
        }
    // Decimal halves (x.xx5, not exact in binary) and their neighbours.
    for (int k = -20000; k <= 20000; k += 7) {
        const double v = (k + 0.5) / 100.0;
        values.push_back(v);
        values.push_back(std::nextafter(v, 1e300));
        values.push_back(std::nextafter(v, -1e300));
        values.push_back((k + 0.5) / 1000.0);
        values.push_back((k + 0.5) / 1e6);
    }
    // Random values over all magnitudes a map (or a mistake) can have.
    std::mt19937_64 rng(20261128);
    std::uniform_real_distribution<double> coordinate(-5000.0, 5000.0);
    std::uniform_real_distribution<double> exponent(-30.0, 30.0);
    std::uniform_int_distribution<std::uint64_t> bits;
    for (int i = 0; i < 20000; ++i) {
        values.push_back(coordinate(rng));
        values.push_back(std::pow(10.0, exponent(rng)) * (i % 2 ? 1 : -1));
        values.push_back(std::round(coordinate(rng) * 1000.0) / 1000.0); // typical inputs
    }
    for (int i = 0; i < 1000; ++i) { // any bit pattern: NaNs, infinities, subnormals, huge ones
        double any = 0;
        const std::uint64_t b = bits(rng);
        std::memcpy(&any, &b, sizeof any);
        values.push_back(any);
    }
    CHECK(numberMismatches(values, {2}) == 0);
    CHECK(numberMismatches(values, {0, 1, 3, 6}) == 0);
}

TEST_CASE("xmlEscape: markup characters, surrogates and characters XML cannot hold", "[svg]")
{
    CHECK(xmlEscape(QStringLiteral("Tom & Jerry")) == QStringLiteral("Tom &amp; Jerry"));
    CHECK(xmlEscape(QStringLiteral("<b>\"quoted\"</b> 'single'")) ==
          QStringLiteral("&lt;b&gt;&quot;quoted&quot;&lt;/b&gt; 'single'"));
    CHECK(xmlEscape(QStringLiteral("&amp;")) == QStringLiteral("&amp;amp;"));
    CHECK(xmlEscape(QString()) == QString());
    CHECK(xmlEscape(QStringLiteral("plain text")) == QStringLiteral("plain text"));
    CHECK(xmlEscape(QStringLiteral("tab\tline\ncr\r")) == QStringLiteral("tab\tline\ncr\r"));
    CHECK(xmlEscape(fromUnits({u'a', 0x1, 0x1F, u'b', 0x0})) == QStringLiteral("ab"));
    CHECK(xmlEscape(fromUnits({0xFFFE, u'x', 0xFFFF, 0xFFFD})) == fromUnits({u'x', 0xFFFD}));
    CHECK(xmlEscape(fromUnits({0xFEFF, u'x', 0xFEFF})) == QStringLiteral("x")); // byte order marks
    CHECK(xmlEscape(QStringLiteral("Café – ‘scholen’ 学校")) ==
          QStringLiteral("Café – ‘scholen’ 学校"));
    // A pair is one character (kept); an unpaired surrogate becomes U+FFFD.
    const QString emoji = fromUnits({0xD83D, 0xDE00});
    CHECK(xmlEscape(emoji) == emoji);
    CHECK(xmlEscape(fromUnits({0xD83D, u'a'})) == fromUnits({0xFFFD, u'a'}));
    CHECK(xmlEscape(fromUnits({u'a', 0xDE00})) == fromUnits({u'a', 0xFFFD}));
    CHECK(xmlEscape(fromUnits({0xDE00, 0xD83D})) == fromUnits({0xFFFD, 0xFFFD}));
    CHECK(xmlEscape(fromUnits({0xD83D, 0xD83D, 0xDE00})) == fromUnits({0xFFFD, 0xD83D, 0xDE00}));

    std::string utf8 = "x";
    appendXmlEscaped(utf8, fromUnits({u'&', 0xE9, 0xD83D, 0xDE00, 0xDE00, 0x1, u'"'}));
    CHECK(utf8 == std::string("x&amp;\xC3\xA9\xF0\x9F\x98\x80\xEF\xBF\xBD&quot;"));

    // Random strings over an alphabet of the interesting cases, against the original.
    const std::vector<char16_t> alphabet = {
        u'a',   u'Z',   u'0',   u' ',   u'&',   u'<',   u'>',   u'"',   u'\'',  0x9,
        0xA,    0xD,    0x0,    0x1,    0x1F,   0x7F,   0x80,   0xE9,   0x7FF,  0x800,
        0x5B66, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xD83D, 0xDE00, 0xE000, 0xFFFD,
        0xFFFE, 0xFFFF, 0xFEFF, 0x2028, 0xDBFF, 0xDFFF, 0xD800, 0xDC00};
    std::mt19937 rng(8);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(0, 12);
    int bad = 0;
    for (int i = 0; i < 20000; ++i) {
        QString s;
        for (int n = length(rng); n > 0; --n)
            s += QChar(alphabet[pick(rng)]);
        const QString want = referenceEscape(s);
        std::string appended = "x";
        appendXmlEscaped(appended, s);
        if (xmlEscape(s) != want || !appendedAfterX(appended, want.toUtf8().toStdString())) {
            if (++bad <= 3) {
                QString units;
                for (const QChar c : s)
                    units += QString::number(c.unicode(), 16) + QLatin1Char(' ');
                UNSCOPED_INFO("text "
                              << units.toStdString() << " escaped "
                              << (xmlEscape(s) == want ? "right" : "wrong") << " utf-8 "
                              << (appendedAfterX(appended, want.toUtf8().toStdString()) ? "right"
                                                                                        : "wrong"));
            }
        }
    }
    CHECK(bad == 0);
}

TEST_CASE("SvgWriter: group ids are safe and unique, classes safe, titles escaped", "[svg]")
{
    nwk::detail::SvgWriter writer(QRectF(0, 0, 100, 100), QFont(QStringLiteral("DejaVu Sans")));
    const QStringList given = {QStringLiteral("a"),
                               QStringLiteral("a"),
                               QStringLiteral("a-2"),
                               QStringLiteral("a"),
                               QStringLiteral("a-3"),
                               QStringLiteral("a"),
                               QStringLiteral("7up"),
                               QStringLiteral("-1"),
                               QStringLiteral("-x"),
                               QString(),
                               QString(),
                               QStringLiteral("é x"),
                               QStringLiteral("_")};
    for (const QString &id : given) {
        writer.begin(id, QStringLiteral("  partner  9th é "), QStringLiteral(" A & B "));
        writer.end();
    }
    const QByteArray svg =
        writer.document(QStringLiteral("T"), QStringLiteral("D"), QStringLiteral("nl"));
    // As the first free "-n" after the id made safe, counted from 2 each time.
    CHECK(groupIds(svg) ==
          QStringList({QStringLiteral("a"), QStringLiteral("a-2"), QStringLiteral("a-2-2"),
                       QStringLiteral("a-3"), QStringLiteral("a-3-2"), QStringLiteral("a-4"),
                       QStringLiteral("_7up"), QStringLiteral("_-1"), QStringLiteral("-x"),
                       QStringLiteral("_"), QStringLiteral("_-2"), QStringLiteral("__x"),
                       QStringLiteral("_-3")}));
    CHECK(svg.count("class=\"partner _9th _\"") == given.size());
    CHECK(svg.count("    <title>A &amp; B</title>\n") == given.size());
    CHECK(svg.endsWith("  </g>\n</svg>\n"));
}
