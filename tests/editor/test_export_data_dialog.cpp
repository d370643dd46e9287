// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Data and Report…: the user fills in the dialog and gets the files they
// asked for, in the folder they chose, readable by the tools they are meant for.
#include "dialoginput.h"
#include "editorfixture.h"
#include "examplesession.h"
#include "modalrun.h"
#include "pdftext.h"

#include "../../src/editor/export/exportdatadialog.h"
#include "../../src/editor/window/actions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QXmlStreamReader>

#include <map>

using namespace nwk;
using namespace nwk::test;

namespace {

/// The nodes of a GraphML file: id -> label.
std::map<QString, QString> graphmlNodes(const QString &path)
{
    std::map<QString, QString> nodes;
    QXmlStreamReader xml(readBytes(path));
    QString node;
    QString labelKey; // the id of the <key> whose attr.name is "label" for nodes
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("key") &&
            a.value(QLatin1String("for")) == QLatin1String("node") &&
            a.value(QLatin1String("attr.name")) == QLatin1String("label")) {
            labelKey = a.value(QLatin1String("id")).toString();
        } else if (xml.name() == QLatin1String("node")) {
            node = a.value(QLatin1String("id")).toString();
            nodes[node];
        } else if (xml.name() == QLatin1String("data") && !node.isEmpty() && !labelKey.isEmpty() &&
                   a.value(QLatin1String("key")) == labelKey) {
            nodes[node] = xml.readElementText();
        } else if (xml.name() == QLatin1String("edge")) {
            node.clear();
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return nodes;
}

/// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
std::vector<QStringList> csvRecords(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    std::vector<QStringList> records;
    QStringList record;
    QString fieldText;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == c)
                fieldText += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                fieldText += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << fieldText;
            fieldText.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            ++i;
            record << fieldText;
            fieldText.clear();
            records.push_back(record);
            record.clear();
        } else {
            fieldText += c;
        }
    }
    if (!record.isEmpty() || !fieldText.isEmpty())
        records.push_back(record << fieldText);
    return records;
}

} // namespace

TEST_CASE("Export Data and Report: Ctrl+Shift+E writes GraphML, CSV and the report into a folder",
          "[editor][exportdata]")
{
    CleanSettings clean(QStringLiteral("export/data"));
    const Session example = testdata::exampleSession();
    SessionFile file(example, QStringLiteral("basisschool-1.nwk"));
    Window w(file.path);

    // In the File menu right after Export Map…, before the export separator.
    Actions *actions = w.window.actions();
    const QList<QAction *> entries = actions->fileMenu->actions();
    QAction *exportData = w.window.findChild<QAction *>(QStringLiteral("exportDataAction"));
    QAction *exportMap = w.window.findChild<QAction *>(QStringLiteral("exportMapAction"));
    REQUIRE(exportData != nullptr);
    REQUIRE(exportMap != nullptr);
    CHECK(entries.indexOf(exportData) == entries.indexOf(exportMap) + 1);
    CHECK(entries.indexOf(exportData) < entries.indexOf(actions->fileExportSeparator));

    const QString out = file.dir.filePath(QStringLiteral("analyse"));
    InNextModal exportDialog(&w.window, [&](QWidget *modal) {
        auto *dialog = qobject_cast<ExportDataDialog *>(modal);
        REQUIRE(dialog);
        CHECK(QTest::qWaitForWindowExposed(dialog));
        // Defaults: next to the session, under its name; GraphML, CSV and HTML.
        CHECK(QDir::fromNativeSeparators(field<QLineEdit>(dialog, "exportDataFolder")->text()) ==
              QFileInfo(file.path).absolutePath());
        CHECK(field<QLineEdit>(dialog, "exportDataBaseName")->text() ==
              QStringLiteral("basisschool-1"));
        CHECK(field<QCheckBox>(dialog, "exportDataGraphml")->isChecked());
        CHECK(field<QCheckBox>(dialog, "exportDataCsv")->isChecked());
        CHECK(field<QCheckBox>(dialog, "exportDataReportHtml")->isChecked());
        CHECK_FALSE(field<QCheckBox>(dialog, "exportDataReportPdf")->isChecked());
        // By keyboard: a new folder, the PDF too, CSV for Excel.
        typeInto(field<QLineEdit>(dialog, "exportDataFolder"), out);
        toggle(field<QCheckBox>(dialog, "exportDataReportPdf"));
        toggle(field<QCheckBox>(dialog, "exportDataBom"));
        QTest::keyClick(field<QLineEdit>(dialog, "exportDataFolder"), Qt::Key_Return); // Export
    });
    QTest::keyClick(&w.window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    exportDialog.requireDone();
    const QDir dir(out);

    // GraphML: the school and every partner, under their labels.
    const QString graphml = dir.filePath(QStringLiteral("basisschool-1.graphml"));
    REQUIRE(QFileInfo::exists(graphml));
    const std::map<QString, QString> nodes = graphmlNodes(graphml);
    CHECK(nodes.size() == example.partners.size() + 1);
    CHECK(nodes.count(QStringLiteral("school")) == 1);
    for (const Partner &p : example.partners) {
        INFO(p.id.toStdString());
        REQUIRE(nodes.count(p.id) == 1);
        CHECK(nodes.at(p.id) == p.label);
    }

    // The partners table: a header row and a row per partner; a byte order mark for Excel.
    const QByteArray partnersCsv =
        readBytes(dir.filePath(QStringLiteral("basisschool-1-partners.csv")));
    CHECK(partnersCsv.startsWith("\xEF\xBB\xBF"));
    const std::vector<QStringList> rows = csvRecords(QString::fromUtf8(partnersCsv));
    REQUIRE(rows.size() == example.partners.size() + 1);
    CHECK(rows.front().contains(QStringLiteral("label")));
    const qsizetype idColumn = rows.front().indexOf(QStringLiteral("alterID"));
    REQUIRE(idColumn >= 0);
    for (std::size_t i = 0; i < example.partners.size(); ++i)
        CHECK(rows.at(i + 1).value(idColumn) == example.partners.at(i).id);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("basisschool-1-links.csv"))));

    // The report: the quotes of the focus group; the PDF is a PDF.
    const QString html =
        QString::fromUtf8(readBytes(dir.filePath(QStringLiteral("basisschool-1-report.html"))));
    QString quote;
    for (const CardProgress &c : example.cards)
        for (const Quote &q : c.quotes)
            if (quote.isEmpty() && !q.text.contains(QLatin1Char('"')))
                quote = q.text;
    REQUIRE_FALSE(quote.isEmpty());
    CHECK(html.contains(quote.toHtmlEscaped()));
    CHECK(readBytes(dir.filePath(QStringLiteral("basisschool-1-report.pdf"))).startsWith("%PDF"));
    // The PDF holds the same text: the quote (its words; lines may break anywhere).
    const QStringList pdfPages =
        nwk::testpdf::pdfPages(dir.filePath(QStringLiteral("basisschool-1-report.pdf")));
    REQUIRE(pdfPages.size() >= 2);
    CHECK(pdfPages.first().contains(QStringLiteral("Basisschool 1"))); // the map first
    CHECK(pdfPages.join(QLatin1Char(' ')).contains(quote.simplified()));

    const QString status = w.window.statusBar()->currentMessage();
    CHECK(status.contains(QStringLiteral("basisschool-1.graphml")));
    CHECK(status.contains(QStringLiteral("17 CSV tables")));
    CHECK(status.contains(QStringLiteral("basisschool-1-report.pdf")));
    CHECK_FALSE(w.doc().isModified());

    SECTION("the choices and the folder are remembered")
    {
        ExportDataDialog again(w.window.document(), Deck{});
        CHECK(field<QCheckBox>(&again, "exportDataReportPdf")->isChecked());
        CHECK(field<QCheckBox>(&again, "exportDataBom")->isChecked());
        CHECK(QDir::fromNativeSeparators(again.folder()) == out);
    }
}

TEST_CASE("Export Data and Report: anonymised export refuses, names the person, writes nothing",
          "[editor][exportdata]")
{
    CleanSettings clean(QStringLiteral("export/data"));
    Session s = testdata::exampleSession();
    s.partner(QStringLiteral("pa20"))->pseudonym.clear();
    SessionFile file(s, QStringLiteral("basisschool-1.nwk"));
    SessionDocument doc;
    doc.reset(file.read(), file.path);
    ExportDataDialog dialog(&doc, Deck{});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    const QString out = file.dir.filePath(QStringLiteral("anoniem"));
    typeInto(field<QLineEdit>(&dialog, "exportDataFolder"), out);
    toggle(field<QCheckBox>(&dialog, "exportDataReportPdf"));
    toggle(field<QCheckBox>(&dialog, "exportDataAnonymise"));
    {
        ModalAnswerer ok(QMessageBox::Ok);
        QTest::keyClick(field<QLineEdit>(&dialog, "exportDataFolder"), Qt::Key_Return);
        REQUIRE(ok.seen);
        CHECK(ok.text.contains(QStringLiteral("'Brugfiguur' (pa20)")));
    }
    CHECK(dialog.isVisible());
    CHECK(QDir(out).entryList(QDir::Files).isEmpty());

    // Without anonymising it exports.
    toggle(field<QCheckBox>(&dialog, "exportDataAnonymise"));
    QTest::keyClick(field<QLineEdit>(&dialog, "exportDataFolder"), Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.written().size() == 20); // GraphML, 17 CSV tables, HTML, PDF
    for (const QString &f : dialog.written())
        CHECK(QFileInfo(f).size() > 0);
}

TEST_CASE("Export Data and Report: CSV cells that start like a formula are neutralised unless "
          "the raw box is checked",
          "[editor][exportdata][formula]")
{
    CleanSettings clean(QStringLiteral("export/data"));
    Session s = testdata::exampleSession();
    const QString formula = QStringLiteral("=HYPERLINK(\"http://x.example\";\"klik\")");
    REQUIRE_FALSE(s.links.empty());
    s.links.front().label = formula;
    s.partners.front().notes = QStringLiteral("-2+3");
    SessionFile file(s, QStringLiteral("basisschool-1.nwk"));
    SessionDocument doc;
    doc.reset(file.read(), file.path);

    auto exportCsvTo = [&](const char *folder, bool raw) {
        ExportDataDialog dialog(&doc, Deck{});
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto *rawBox = field<QCheckBox>(&dialog, "exportDataCsvRaw");
        CHECK(rawBox->isEnabled()); // CSV is checked by default
        CHECK_FALSE(rawBox->isChecked());
        const QString out = file.dir.filePath(QString::fromLatin1(folder));
        typeInto(field<QLineEdit>(&dialog, "exportDataFolder"), out);
        // CSV only (the first export's choices are remembered for the second).
        for (const char *name : {"exportDataGraphml", "exportDataReportHtml"})
            if (field<QCheckBox>(&dialog, name)->isChecked())
                toggle(field<QCheckBox>(&dialog, name));
        if (raw)
            toggle(rawBox);
        QTest::keyClick(field<QLineEdit>(&dialog, "exportDataFolder"), Qt::Key_Return);
        CHECK_FALSE(dialog.isVisible());
        REQUIRE(dialog.written().size() == 17);
        return QDir(out);
    };

    auto cells = [](const QDir &dir, const char *table) {
        QStringList all;
        for (const QStringList &r : csvRecords(QString::fromUtf8(readBytes(dir.filePath(
                 QStringLiteral("basisschool-1-%1.csv").arg(QString::fromLatin1(table)))))))
            all += r;
        return all;
    };
    const QDir safe = exportCsvTo("veilig", false);
    CHECK(cells(safe, "links").contains(QLatin1Char('\'') + formula));
    CHECK_FALSE(cells(safe, "links").contains(formula));
    CHECK(cells(safe, "partners").contains(QStringLiteral("'-2+3")));

    const QDir raw = exportCsvTo("ruw", true);
    CHECK(cells(raw, "links").contains(formula));
    CHECK(cells(raw, "partners").contains(QStringLiteral("-2+3")));

    // The choice is remembered; without CSV it does not apply.
    ExportDataDialog again(&doc, Deck{});
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(field<QCheckBox>(&again, "exportDataCsvRaw")->isChecked());
    toggle(field<QCheckBox>(&again, "exportDataCsv"));
    CHECK_FALSE(field<QCheckBox>(&again, "exportDataCsvRaw")->isEnabled());
}

TEST_CASE("Export Data and Report: anonymised data of a school without a pseudonym needs an "
          "ego id",
          "[editor][exportdata][ego]")
{
    CleanSettings clean(QStringLiteral("export/data"));
    Session s = testdata::exampleSession();
    s.meta.schoolPseudonym.clear();
    SessionFile file(s, QStringLiteral("basisschool-1.nwk"));
    SessionDocument doc;
    doc.reset(file.read(), file.path);
    ExportDataDialog dialog(&doc, Deck{});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // Not anonymised, the ego id is the school's name; anonymised, its pseudonym: none.
    auto *ego = field<QLineEdit>(&dialog, "exportDataEgoId");
    CHECK(ego->text() == s.meta.schoolName);
    const QString out = file.dir.filePath(QStringLiteral("anoniem"));
    typeInto(field<QLineEdit>(&dialog, "exportDataFolder"), out);
    toggle(field<QCheckBox>(&dialog, "exportDataAnonymise"));
    CHECK(ego->text().isEmpty());
    CHECK_FALSE(ego->placeholderText().isEmpty());
    {
        ModalAnswerer ok(QMessageBox::Ok);
        QTest::keyClick(field<QLineEdit>(&dialog, "exportDataFolder"), Qt::Key_Return);
        REQUIRE(ok.seen);
        CHECK(ok.text.contains(QStringLiteral("the school has no pseudonym")));
        CHECK(ok.text.contains(QStringLiteral("Ego id")));
    }
    CHECK(dialog.isVisible());
    CHECK(QDir(out).entryList(QDir::Files).isEmpty());

    typeInto(ego, QStringLiteral("s07"));
    QTest::keyClick(field<QLineEdit>(&dialog, "exportDataFolder"), Qt::Key_Return);
    REQUIRE_FALSE(dialog.isVisible());
    const std::vector<QStringList> rows = csvRecords(QString::fromUtf8(
        readBytes(QDir(out).filePath(dialog.baseName() + QStringLiteral("-ego.csv")))));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].at(0) == QLatin1String("egoID"));
    CHECK(rows[1].at(0) == QLatin1String("s07"));
    CHECK(readBytes(QDir(out).filePath(dialog.baseName() + QStringLiteral(".graphml")))
              .contains("<data key=\"g_egoID\">s07</data>"));
}
