// SPDX-License-Identifier: GPL-3.0-or-later
// exportSvg / exportPng: the files a researcher gets.
#include "../support/readfile.h"
#include "ordinaryuser.h"
#include "render_fixtures.h"

#include "nwk/render/exporters.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <unistd.h>

using namespace nwk;
using nwk::testdata::fileBytes;

namespace {

struct SvgText {
    bool wellFormed = false;
    QString error;
    QString title;
    QString desc;
    QString text; ///< the content of every <text> element, joined by spaces
};

SvgText parseSvg(const QByteArray &data)
{
    SvgText out;
    QXmlStreamReader xml(data);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        else if (xml.name() == QLatin1String("title"))
            out.title = xml.readElementText();
        else if (xml.name() == QLatin1String("desc"))
            out.desc = xml.readElementText();
    }
    out.wellFormed = !xml.hasError();
    out.error = xml.errorString();
    out.text = texts.join(QLatin1Char(' '));
    return out;
}

/// Without whitespace: wrapped lines may break after a hyphen, without a space.
QString squash(QString t)
{
    t.remove(QRegularExpression(QStringLiteral("\\s")));
    return t;
}

QString exportTo(const QTemporaryDir &dir, const Session &s, const RenderOptions &o,
                 const QString &name = QStringLiteral("kaart.svg"))
{
    const QString path = dir.filePath(name);
    const QString error = exportSvg(s, path, o);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return path;
}

} // namespace

TEST_CASE("exportSvg: well-formed, valid, text stays text, readable by rsvg-convert",
          "[render][svg]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Session s = test::realisticSession();
    const QString path = exportTo(dir, s, RenderOptions{});
    const QByteArray data = fileBytes(path);

    const SvgText svg = parseSvg(data);
    INFO(svg.error.toStdString());
    CHECK(svg.wellFormed);
    CHECK(QSvgRenderer(path).isValid());

    // Title and description name the school and the date.
    CHECK(svg.title.contains(QStringLiteral("Basisschool De Regenboog")));
    CHECK(svg.desc.contains(QStringLiteral("Basisschool De Regenboog")));
    CHECK(svg.desc.contains(QStringLiteral("2019-03-14")));

    // Every placed partner's label is in the SVG as text (wrapped lines in order).
    for (const Partner &p : s.partners) {
        INFO("partner " << p.id.toStdString() << ": " << p.label.toStdString());
        if (p.placement)
            CHECK(squash(svg.text).contains(squash(p.label)));
        else
            CHECK_FALSE(squash(svg.text).contains(
                squash(p.label))); // unplaced: in the tray, not on the map
    }
    for (const MissingPartner &m : s.missingPartners)
        CHECK(svg.text.contains(m.label));
    CHECK(svg.text.contains(QStringLiteral("Zorgteam rond het kind")));
    CHECK(svg.text.contains(QStringLiteral("niet aan bod gekomen")));

    // An independent renderer accepts it.
    const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
    INFO("rsvg-convert (Debian package librsvg2-bin) is a required test dependency");
    REQUIRE_FALSE(rsvg.isEmpty());
    const QString png = dir.filePath(QStringLiteral("rsvg.png"));
    QProcess proc;
    proc.start(rsvg, {QStringLiteral("-o"), png, path});
    REQUIRE(proc.waitForFinished(60000));
    INFO(QString::fromUtf8(proc.readAllStandardError()).toStdString());
    CHECK(proc.exitStatus() == QProcess::NormalExit);
    CHECK(proc.exitCode() == 0);
    const QImage converted(png);
    CHECK_FALSE(converted.isNull());
    CHECK(converted.width() > 500);
}

TEST_CASE("exportSvg: English labels when the language is English", "[render][svg]")
{
    QTemporaryDir dir;
    RenderOptions o;
    o.language = QStringLiteral("en");
    const SvgText svg = parseSvg(fileBytes(exportTo(dir, test::realisticSession(), o)));
    CHECK(svg.text.contains(QStringLiteral("Categories")));
    CHECK(svg.text.contains(QStringLiteral("Pupil care")));
    CHECK_FALSE(svg.text.contains(QStringLiteral("Categorieën")));
}

TEST_CASE("exportSvg: anonymise shows pseudonyms, not names", "[render][svg][anonymise]")
{
    QTemporaryDir dir;
    const Session s = test::realisticSession();
    RenderOptions o;
    o.anonymise = true;
    const QString path = exportTo(dir, s, o);
    const QByteArray data = fileBytes(path);
    const SvgText svg = parseSvg(data);
    REQUIRE(svg.wellFormed);
    // Persons: pseudonyms instead of their names.
    CHECK(svg.text.contains(QStringLiteral("brugfiguur")));
    CHECK(svg.text.contains(QStringLiteral("begeleider A")));
    CHECK_FALSE(data.contains("Janssens"));
    CHECK_FALSE(data.contains("Peeters"));
    // The school's pseudonym, also in title and description.
    CHECK(svg.text.contains(QStringLiteral("Basisschool 1")));
    CHECK(svg.title.contains(QStringLiteral("Basisschool 1")));
    CHECK_FALSE(data.contains("Regenboog"));
    // Participants: the legend maps each mark badge to its participant by code (a
    // pseudonym) and role, so that every mark names one participant (#17).
    CHECK(svg.text.contains(QStringLiteral("P2 zorgcoördinator")));
    // Organisations keep their labels.
    CHECK(svg.text.contains(QStringLiteral("Departement Onderwijs")));

    SECTION("a person without a pseudonym: a question mark on the map, the file is refused")
    {
        Session t = s;
        t.partner(QStringLiteral("pa28"))->pseudonym.clear();
        CHECK_FALSE(renderMapSvg(t, o).contains("Janssens"));
        const QString b = dir.filePath(QStringLiteral("b.svg"));
        CHECK(exportSvg(t, b, o).contains(QStringLiteral("(pa28)")));
        CHECK_FALSE(QFileInfo::exists(b));
    }
}

TEST_CASE("exportPng: writes the requested width", "[render][png]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kaart.png"));
    ImageExportOptions o;
    o.widthPx = 1200;
    CHECK(exportPng(test::realisticSession(), path, o).isEmpty());
    const QImage img(path);
    REQUIRE_FALSE(img.isNull());
    CHECK(img.width() == 1200);
    // No temporary files are left next to it.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("kaart.png")});
}

TEST_CASE("exportPng: a failed write names the file and leaves an existing file untouched",
          "[render][png]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Session s = test::realisticSession();
    const QByteArray original("existing content, not a PNG");
    auto writeOriginal = [&](const QString &path) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(original);
    };
    ImageExportOptions o;
    o.widthPx = 400;

    SECTION("the directory is a file")
    {
        const QString blocker = dir.filePath(QStringLiteral("netwerk.png"));
        writeOriginal(blocker);
        const QString path = blocker + QStringLiteral("/kaart.png");
        const QString error = exportPng(s, path, o);
        CHECK(error.contains(path));
        CHECK(fileBytes(blocker) == original);
    }
    SECTION("the directory does not exist")
    {
        const QString path = dir.filePath(QStringLiteral("bestaat-niet/kaart.png"));
        const QString error = exportPng(s, path, o);
        CHECK(error.contains(QStringLiteral("kaart.png")));
        CHECK_FALSE(QFileInfo::exists(path));
    }
    SECTION("the image cannot be made")
    {
        const QString path = dir.filePath(QStringLiteral("kaart.png"));
        writeOriginal(path);
        o.widthPx = 1000000;
        const QString error = exportPng(s, path, o);
        CHECK(error.contains(path));
        CHECK(fileBytes(path) == original);
    }
    SECTION("read-only directory")
    {
        // As root (CI), acting as the user nobody: root would write anyway.
        const QString sub = dir.filePath(QStringLiteral("ro"));
        REQUIRE(QDir().mkpath(sub));
        const QString path = sub + QStringLiteral("/kaart.png");
        writeOriginal(path);
        REQUIRE(QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
        QString error;
        {
            nwk::test::OrdinaryUser user({dir.path(), sub, path});
            REQUIRE(nwk::test::denied(sub, W_OK));
            REQUIRE(nwk::test::denied(path, W_OK));
            error = exportPng(s, path, o);
        }
        QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
        CHECK(error.contains(path));
        CHECK(fileBytes(path) == original);
    }
}

TEST_CASE("exportSvg: a failed write names the file", "[render][svg]")
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("netwerk.svg"));
    {
        QFile f(blocker);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("keep");
    }
    const QString path = blocker + QStringLiteral("/kaart.svg");
    const QString error = exportSvg(test::realisticSession(), path, RenderOptions{});
    CHECK(error.contains(path));
    CHECK(fileBytes(blocker) == QByteArray("keep"));
}
