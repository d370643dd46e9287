// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart-cli export: SVG and PNG files as the user gets them, and the failures.
#include "clitest.h"
#include "mapfeatures.h"

#include "nwk/core/sessionio.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace nwk;
using namespace nwk::clitest;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString session;
    Fixture()
    {
        REQUIRE(dir.isValid());
        session = dir.filePath(QStringLiteral("school.nwk"));
        REQUIRE(writeSessionFile(sampleSession(), session).isEmpty());
    }
    QString path(const char *name) const { return dir.filePath(QString::fromUtf8(name)); }
};

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The text content of every element of a well-formed SVG document, one entry per text node.
QStringList svgTexts(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    QStringList texts;
    bool sawSvgRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && !sawSvgRoot)
            sawSvgRoot = xml.name() == QLatin1String("svg");
        if (xml.isCharacters() && !xml.isWhitespace())
            texts << xml.text().toString().trimmed();
    }
    INFO("XML error: " << xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(sawSvgRoot);
    return texts;
}

/// A label is found when one text node holds it or the text nodes in a row spell it.
bool hasText(const QStringList &texts, const QString &label)
{
    for (const auto &t : texts)
        if (t.contains(label))
            return true;
    return texts.join(QString()).contains(label);
}

CliResult exportTo(const Fixture &f, const QString &out, const QStringList &extra = {})
{
    return runCli(QStringList{QStringLiteral("export"), f.session, QStringLiteral("-o"), out} +
                  extra);
}

} // namespace

TEST_CASE("export writes a well-formed SVG with the partner labels", "[cli][export]")
{
    Fixture f;
    const QString out = f.path("map.svg");
    const CliResult r = exportTo(f, out);
    INFO(r.err.toStdString());
    CHECK(r.normalExit);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.isEmpty()); // messages go to stderr
    CHECK(linesStartingWith(r.err, QStringLiteral("wrote ")) ==
          QStringList{QStringLiteral("wrote %1 (SVG)").arg(out)});

    const QStringList texts = svgTexts(readAll(out));
    for (const char *label : {"CLB", "Hogeschool", "Ouderraad", "Logo", "Janssens", "O&O"})
        CHECK(hasText(texts, QString::fromUtf8(label)));
    CHECK(hasText(texts, QStringLiteral("Sint-Jozefschool")));
}

TEST_CASE("export --anonymise replaces the school and persons by pseudonyms", "[cli][export]")
{
    Fixture f;
    const QString out = f.path("anonymous.svg");
    const CliResult r = exportTo(f, out, {QStringLiteral("--anonymise")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QByteArray svg = readAll(out);
    const QStringList texts = svgTexts(svg);
    CHECK(hasText(texts, QStringLiteral("Persoon-A")));
    CHECK_FALSE(svg.contains("Janssens"));
    CHECK_FALSE(svg.contains("Sint-Jozefschool"));
    CHECK(hasText(texts, QStringLiteral("CLB"))); // organisations keep their names
}

TEST_CASE("export --lang and --no-legend change the SVG", "[cli][export]")
{
    Fixture f;
    REQUIRE(exportTo(f, f.path("nl.svg")).exitCode == 0);
    REQUIRE(
        exportTo(f, f.path("en.svg"), {QStringLiteral("--lang"), QStringLiteral("en")}).exitCode ==
        0);
    REQUIRE(exportTo(f, f.path("bare.svg"), {QStringLiteral("--no-legend")}).exitCode == 0);

    const QStringList nl = svgTexts(readAll(f.path("nl.svg")));
    const QStringList en = svgTexts(readAll(f.path("en.svg")));
    CHECK(hasText(nl, QStringLiteral("Beleid")));
    CHECK_FALSE(hasText(nl, QStringLiteral("Policy")));
    CHECK(hasText(en, QStringLiteral("Policy")));
    CHECK_FALSE(hasText(en, QStringLiteral("Beleid")));
    // --no-legend takes the legend away, and nothing else.
    const nwk::test::SvgDocument withLegend = nwk::test::inspectSvg(readAll(f.path("nl.svg")));
    const QSet<QString> dots = nwk::test::markColours(withLegend);
    nwk::test::MapFeatures expected = nwk::test::mapFeatures(withLegend, dots);
    REQUIRE(expected.legend);
    expected.legend = false;
    CHECK(nwk::test::mapFeatures(nwk::test::inspectSvg(readAll(f.path("bare.svg"))), dots) ==
          expected);
    CHECK(hasText(svgTexts(readAll(f.path("bare.svg"))), QStringLiteral("Beleid"))); // sectors
}

TEST_CASE("export writes a PNG of the requested width", "[cli][export]")
{
    Fixture f;
    const QString out = f.path("map.png");
    const CliResult r = exportTo(f, out, {QStringLiteral("--width"), QStringLiteral("640")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const PngImage image = decodePng(readAll(out));
    INFO(image.error.toStdString());
    REQUIRE(image.error.isEmpty());
    CHECK(image.width == 640);
    CHECK(image.height > 0);
    CHECK(linesStartingWith(r.err, QStringLiteral("wrote ")) ==
          QStringList{QStringLiteral("wrote %1 (PNG, 640 x %2 px)").arg(out).arg(image.height)});

    // Opaque white background, and something drawn on it.
    std::size_t opaque = 0;
    std::size_t white = 0;
    for (quint32 px : image.argb) {
        opaque += (px >> 24) == 0xFF ? 1 : 0;
        white += px == 0xFFFFFFFFu ? 1 : 0;
    }
    CHECK(opaque == image.argb.size());
    CHECK(image.pixel(0, 0) == 0xFFFFFFFFu);
    CHECK(white > image.argb.size() / 10);
    CHECK(white < image.argb.size());
}

TEST_CASE("export --transparent leaves the background transparent", "[cli][export]")
{
    Fixture f;
    const QString out = f.path("clear.png");
    const CliResult r = exportTo(
        f, out,
        {QStringLiteral("--transparent"), QStringLiteral("--width"), QStringLiteral("300")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const PngImage image = decodePng(readAll(out));
    INFO(image.error.toStdString());
    REQUIRE(image.error.isEmpty());
    CHECK(image.width == 300);
    std::size_t clear = 0;
    for (quint32 px : image.argb)
        clear += (px >> 24) == 0 ? 1 : 0;
    CHECK(clear > image.argb.size() / 10);
    CHECK(clear < image.argb.size());
}

TEST_CASE("export runs without a display", "[cli][export]")
{
    Fixture f;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    const QString out = f.path("headless.png");
    const CliResult r = runCli({QStringLiteral("export"), f.session, QStringLiteral("-o"), out,
                                QStringLiteral("--width"), QStringLiteral("200")},
                               env);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(decodePng(readAll(out)).width == 200);
}

TEST_CASE("export refuses an unknown output format", "[cli][export]")
{
    Fixture f;
    for (const char *name : {"map.jpg", "map", "map.svg.txt"}) {
        const QString out = f.path(name);
        const CliResult r = exportTo(f, out);
        INFO(name);
        CHECK(r.normalExit);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(out));
        CHECK(r.err.contains(QStringLiteral(".svg, .png, .pdf, .graphml, .html, .odt or .qdpx")));
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("export failures name the file and write nothing", "[cli][export]")
{
    Fixture f;
    const QString out = f.path("no/such/dir/map.png");
    const CliResult r = exportTo(f, out);
    CHECK(r.normalExit);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(out));
    CHECK(r.out.isEmpty());
    CHECK_FALSE(QFile::exists(out));

    const QString svg = f.path("no/such/dir/map.svg");
    const CliResult r2 = exportTo(f, svg);
    CHECK(r2.exitCode == 1);
    CHECK(r2.err.contains(svg));

    // A missing or invalid session: exit 1, named, nothing written.
    const QString missing = f.path("missing.nwk");
    const QString target = f.path("x.svg");
    const CliResult r3 = runCli({QStringLiteral("export"), missing, QStringLiteral("-o"), target});
    CHECK(r3.exitCode == 1);
    CHECK(r3.err.contains(missing));
    CHECK_FALSE(QFile::exists(target));

    const QString invalid = QStringLiteral(NWK_TEST_DATA "/cli/dangling-link.nwk");
    const CliResult r4 = runCli({QStringLiteral("export"), invalid, QStringLiteral("-o"), target});
    CHECK(r4.exitCode == 1);
    CHECK(r4.err.contains(invalid + QStringLiteral(": /links/0/to")));
    CHECK_FALSE(QFile::exists(target));
}

TEST_CASE("export usage errors", "[cli][export]")
{
    Fixture f;
    const QString out = f.path("map.png");
    CHECK(runCli({QStringLiteral("export"), f.session}).exitCode == 2);
    CHECK(exportTo(f, out, {QStringLiteral("--width"), QStringLiteral("0")}).exitCode == 2);
    CHECK(exportTo(f, out, {QStringLiteral("--width"), QStringLiteral("wide")}).exitCode == 2);
    CHECK(exportTo(f, out, {QStringLiteral("--dpi"), QStringLiteral("-3")}).exitCode == 2);
    CHECK(exportTo(f, out, {QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode == 2);
    CHECK(exportTo(f, out, {QStringLiteral("--colour")}).exitCode == 2);
    CHECK_FALSE(QFile::exists(out));
    // The message names the option, its range and what was given.
    CHECK(exportTo(f, out, {QStringLiteral("--width"), QStringLiteral("wide")})
              .err.contains(QStringLiteral("--width must be a whole number from 1 to 16000, "
                                           "not 'wide'")));
    CHECK(exportTo(f, out, {QStringLiteral("--dpi"), QStringLiteral("-3")})
              .err.contains(QStringLiteral("--dpi must be a whole number from 1 to 1200, "
                                           "not '-3'")));
}
