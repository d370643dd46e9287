// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report as ODT: a zip whose content.xml (read with python3's zipfile) is
// well-formed (xmllint), has the report's headings as headings, its partner lists,
// quotes and the map picture; anonymised, no name in any of its files.
#include "../support/examplesession.h"
#include "../support/namedsession.h"
#include "../support/readfile.h"
#include "../support/skip.h"

#include "nwk/core/deck.h"
#include "nwk/core/sessionio.h"
#include "nwk/render/report.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <map>

using namespace nwk;
using nwk::testdata::exampleSession;
using nwk::testdata::fileBytes;

namespace {

/// Every file of a zip archive by name, read by python3's zipfile (empty when python3 is
/// missing: the caller skips).
std::map<QString, QByteArray> zipEntries(const QString &zip, const QString &folder)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return {};
    const char *script = "import sys, zipfile, os\n"
                         "z = zipfile.ZipFile(sys.argv[1])\n"
                         "assert z.testzip() is None\n"
                         "for n in z.namelist():\n"
                         "    p = os.path.join(sys.argv[2], n)\n"
                         "    os.makedirs(os.path.dirname(p), exist_ok=True)\n"
                         "    open(p, 'wb').write(z.read(n))\n"
                         "    print(n)\n";
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QString::fromLatin1(script), zip, folder});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    std::map<QString, QByteArray> entries;
    for (const QString &name :
         QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (!name.trimmed().isEmpty())
            entries[name.trimmed()] = fileBytes(folder + QLatin1Char('/') + name.trimmed());
    }
    return entries;
}

bool wellFormed(const QString &file)
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    REQUIRE_FALSE(xmllint.isEmpty());
    QProcess lint;
    lint.start(xmllint, {QStringLiteral("--noout"), file});
    REQUIRE(lint.waitForFinished(30000));
    INFO(lint.readAllStandardError().toStdString());
    return lint.exitCode() == 0;
}

/// The text of the ODF's content without its markup.
QString plainText(const QByteArray &xml)
{
    QString text = QString::fromUtf8(xml);
    text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.simplified();
}

} // namespace

TEST_CASE("report: the ODT carries the headings, partner lists, quotes and the map",
          "[render][report][odt]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty()) {
        NWK_SKIP("python3 or xmllint (libxml2-utils) is not installed");
        return;
    }
    const Session s = exampleSession();
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    QTemporaryDir dir;
    const QString odt = dir.filePath(QStringLiteral("verslag.odt"));
    REQUIRE(exportReportOdt(s, deck, odt, ReportOptions{}).isEmpty());
    CHECK(fileBytes(odt).startsWith("PK"));

    const auto entries = zipEntries(odt, dir.filePath(QStringLiteral("unzipped")));
    REQUIRE(entries.count(QStringLiteral("content.xml")) == 1);
    CHECK(entries.count(QStringLiteral("mimetype")) == 1);
    CHECK(entries.at(QStringLiteral("mimetype")) ==
          QByteArray("application/vnd.oasis.opendocument.text"));
    CHECK(wellFormed(dir.filePath(QStringLiteral("unzipped/content.xml"))));

    const QByteArray content = entries.at(QStringLiteral("content.xml"));
    const QString text = plainText(content);
    // Headings are headings (LibreOffice's navigator, Word's outline): text:h.
    for (const char *heading :
         {"Bevindingen", "Profiel van de school en de participanten", "Prioritaire partners",
          "Afstand t.o.v. de school", "Metaforen", "Member check"}) {
        INFO(heading);
        CHECK(content.contains(QByteArray("<text:h")));
        CHECK(text.contains(QString::fromUtf8(heading)));
    }
    for (const DeckReportSection &sec : deck.reportSections)
        CHECK(text.contains(sec.title));
    int headings = 0;
    for (qsizetype at = content.indexOf("<text:h "); at >= 0;
         at = content.indexOf("<text:h ", at + 1))
        ++headings;
    CHECK(headings >= 10);

    // The partner lists and every quote with its speaker's role.
    for (const Partner &p : s.partners)
        if (p.placement) {
            INFO(p.label.toStdString());
            CHECK(text.contains(p.label.simplified()));
        }
    int quotes = 0;
    for (const CardProgress &card : s.cards)
        for (const Quote &q : card.quotes) {
            INFO(q.text.toStdString());
            CHECK(text.contains(q.text.simplified()));
            ++quotes;
        }
    CHECK(quotes > 0);

    // The map as a picture, as in the HTML report.
    bool picture = false;
    for (const auto &[name, bytes] : entries)
        picture = picture || (name.startsWith(QStringLiteral("Pictures/")) &&
                              bytes.startsWith("\x89PNG") && bytes.size() > 10000);
    CHECK(picture);
    CHECK(content.contains("<draw:image"));
}

TEST_CASE("report: the anonymised ODT carries no names and is refused without pseudonyms",
          "[render][report][odt][anonymise]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty()) {
        NWK_SKIP("python3 is not installed");
        return;
    }
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    ReportOptions o;
    o.anonymise = true;
    o.includeAnnotations = true;
    QTemporaryDir dir;
    const QString odt = dir.filePath(QStringLiteral("anoniem.odt"));
    REQUIRE(exportReportOdt(testdata::namedSession(), deck, odt, o).isEmpty());
    const auto entries = zipEntries(odt, dir.filePath(QStringLiteral("unzipped")));
    REQUIRE(entries.count(QStringLiteral("content.xml")) == 1);
    CHECK(
        plainText(entries.at(QStringLiteral("content.xml"))).contains(QStringLiteral("Persoon-A")));
    for (const auto &[name, bytes] : entries) {
        if (name.startsWith(QStringLiteral("Pictures/")))
            continue; // the map's pixels; drawn from the same anonymised copy
        const QString text = QString::fromUtf8(bytes).toLower();
        for (const QString &part : testdata::kRealNameParts) {
            INFO(name.toStdString() << " holds " << part.toStdString());
            CHECK_FALSE(text.contains(part));
        }
    }

    Session unnamed = testdata::namedSession();
    for (Partner &p : unnamed.partners)
        if (p.kind == PartnerKind::Person)
            p.pseudonym.clear();
    const QString refused = dir.filePath(QStringLiteral("refused.odt"));
    const QString error = exportReportOdt(unnamed, deck, refused, o);
    CHECK(error.contains(refused));
    CHECK_FALSE(QFile::exists(refused));
}
