// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Map…: the user fills in the dialog and gets the file they asked for.
#include "dialoginput.h"
#include "editorfixture.h"
#include "examplesession.h"
#include "modalrun.h"
#include "pdftext.h"

#include "../../src/editor/export/exportdialog.h"
#include "../../src/editor/window/actions.h"
#include "nwk/render/exporters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QXmlStreamReader>

using namespace nwk;
using namespace nwk::test;

namespace {

/// Ids of the <g> elements and all text of an SVG.
struct SvgIds {
    QStringList ids;
    QString text;
};
SvgIds readSvg(const QString &path)
{
    SvgIds out;
    QXmlStreamReader xml(readBytes(path));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("g"))
            out.ids << xml.attributes().value(QLatin1String("id")).toString();
        else if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            out.text += xml.readElementText() + QLatin1Char(' ');
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

} // namespace

TEST_CASE("Export Map: Ctrl+E opens the dialog, the SVG is written with the chosen options",
          "[editor][exportdialog]")
{
    CleanSettings clean(QStringLiteral("export/map"));
    SessionFile file(testdata::exampleSession(), QStringLiteral("basisschool-1.nwk"));
    Window w(file.path);

    // In the File menu, before the export separator.
    Actions *actions = w.window.actions();
    const QList<QAction *> entries = actions->fileMenu->actions();
    QAction *exportMap = w.window.findChild<QAction *>(QStringLiteral("exportMapAction"));
    REQUIRE(exportMap != nullptr);
    CHECK(entries.indexOf(exportMap) >= 0);
    CHECK(entries.indexOf(exportMap) < entries.indexOf(actions->fileExportSeparator));

    const QString expected =
        QFileInfo(file.path).dir().filePath(QStringLiteral("basisschool-1.svg"));
    InNextModal exportDialog(&w.window, [&](QWidget *modal) {
        auto *dialog = qobject_cast<ExportDialog *>(modal);
        REQUIRE(dialog);
        CHECK(QTest::qWaitForWindowExposed(dialog));
        // Defaults: the session's name with .svg, everything but notes shown.
        CHECK(field<QLineEdit>(dialog, "exportFile")->text() == expected);
        CHECK(field<QComboBox>(dialog, "exportFormat")->currentIndex() == ExportDialog::Svg);
        CHECK_FALSE(field<QSpinBox>(dialog, "exportPngWidth")->isEnabled());
        CHECK(field<QCheckBox>(dialog, "exportLegend")->isChecked());
        CHECK_FALSE(field<QCheckBox>(dialog, "exportNotes")->isChecked());
        // By keyboard (the dialog sits over the window, partly beyond the offscreen screen).
        toggle(field<QCheckBox>(dialog, "exportLegend"));
        toggle(field<QCheckBox>(dialog, "exportGroups"));
        chooseIndex(field<QComboBox>(dialog, "exportLanguage"), 1);              // English
        QTest::keyClick(field<QLineEdit>(dialog, "exportFile"), Qt::Key_Return); // default: Export
    });
    QTest::keyClick(&w.window, Qt::Key_E, Qt::ControlModifier);
    exportDialog.requireDone();

    REQUIRE(QFileInfo::exists(expected));
    const SvgIds svg = readSvg(expected);
    CHECK(svg.ids.contains(QStringLiteral("partner-pa20")));
    CHECK(svg.ids.contains(QStringLiteral("title-block")));
    CHECK_FALSE(svg.ids.contains(QStringLiteral("legend")));
    CHECK_FALSE(svg.ids.contains(QStringLiteral("group-g1")));
    // English labels: the sector's name (its title; on the rim letter by letter).
    CHECK(readBytes(expected).contains("<title>Pupil care</title>"));
    CHECK(svg.text.contains(QStringLiteral("in between"))); // a ring label
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("basisschool-1.svg")));
    // The session itself is unchanged by an export.
    CHECK_FALSE(w.doc().isModified());
}

TEST_CASE("Export Map: PNG by width on a transparent background, format from the extension",
          "[editor][exportdialog]")
{
    CleanSettings clean(QStringLiteral("export/map"));
    SessionFile file(testdata::exampleSession(), QStringLiteral("basisschool-1.nwk"));
    SessionDocument doc;
    doc.reset(file.read(), file.path);
    ExportDialog dialog(&doc);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    const QString png = file.dir.filePath(QStringLiteral("kaart.png"));
    typeInto(field<QLineEdit>(&dialog, "exportFile"), png);
    CHECK(dialog.format() == ExportDialog::Png);
    CHECK(field<QSpinBox>(&dialog, "exportPngDpi")->parentWidget()->isEnabled());
    QTest::mouseClick(field<QRadioButton>(&dialog, "exportPngByWidth"), Qt::LeftButton);
    CHECK_FALSE(field<QSpinBox>(&dialog, "exportPngDpi")->isEnabled());
    typeInto(field<QSpinBox>(&dialog, "exportPngWidth"), QStringLiteral("800"));
    QTest::mouseClick(field<QCheckBox>(&dialog, "exportTransparent"), Qt::LeftButton);
    clickExport(&dialog);

    CHECK(dialog.result() == QDialog::Accepted);
    const QImage img(png);
    REQUIRE_FALSE(img.isNull());
    CHECK(img.width() == 800);
    CHECK(img.pixelColor(0, 0).alpha() == 0);

    SECTION("the choices are remembered")
    {
        ExportDialog again(&doc);
        CHECK(again.format() == ExportDialog::Png);
        CHECK(again.fileName().endsWith(QStringLiteral("basisschool-1.png")));
        CHECK(field<QRadioButton>(&again, "exportPngByWidth")->isChecked());
        CHECK(field<QSpinBox>(&again, "exportPngWidth")->value() == 800);
        CHECK(field<QCheckBox>(&again, "exportTransparent")->isChecked());
    }
}

TEST_CASE("Export Map: a PDF on A3 portrait, the extension follows the format",
          "[editor][exportdialog]")
{
    CleanSettings clean(QStringLiteral("export/map"));
    SessionFile file(testdata::exampleSession(), QStringLiteral("basisschool-1.nwk"));
    SessionDocument doc;
    doc.reset(file.read(), file.path);
    ExportDialog dialog(&doc);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    chooseIndex(field<QComboBox>(&dialog, "exportFormat"), ExportDialog::Pdf);
    const QString pdf = file.dir.filePath(QStringLiteral("basisschool-1.pdf"));
    CHECK(dialog.fileName() == pdf);
    chooseIndex(field<QComboBox>(&dialog, "exportPageSize"), 1);    // A3
    chooseIndex(field<QComboBox>(&dialog, "exportOrientation"), 1); // portrait
    clickExport(&dialog);

    CHECK(dialog.result() == QDialog::Accepted);
    const QString text = QString::fromLatin1(readBytes(pdf));
    // One page: a short key of labels that cannot be placed at 8 pt goes below the legend.
    CHECK(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"))) == 1);
    const QRegularExpressionMatch box =
        QRegularExpression(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)"))
            .match(text);
    REQUIRE(box.hasMatch());
    CHECK(std::abs(box.captured(1).toDouble() - 842) < 2);
    CHECK(std::abs(box.captured(2).toDouble() - 1191) < 2);
    // The map as text: its title and the partners' labels (pdftotext).
    const QStringList pages = nwk::testpdf::pdfPages(pdf);
    REQUIRE(pages.size() == 1);
    CHECK(pages.first().contains(QStringLiteral("Basisschool 1")));
    QStringList labels;
    for (const Partner &p : doc.session().partners)
        if (p.placement)
            labels << p.label;
    CHECK(nwk::testpdf::wordsNotIn(pages.first(), labels) == QStringList());
}

TEST_CASE("Export Map: anonymised export refuses and names the person, the dialog stays open",
          "[editor][exportdialog]")
{
    CleanSettings clean(QStringLiteral("export/map"));
    Session s = testdata::exampleSession();
    s.partner(QStringLiteral("pa20"))->pseudonym.clear();
    SessionFile file(s, QStringLiteral("basisschool-1.nwk"));
    SessionDocument doc;
    doc.reset(file.read(), file.path);
    ExportDialog dialog(&doc);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    QTest::mouseClick(field<QCheckBox>(&dialog, "exportAnonymise"), Qt::LeftButton);
    {
        ModalAnswerer ok(QMessageBox::Ok);
        clickExport(&dialog);
        REQUIRE(ok.seen);
        CHECK(ok.text.contains(QStringLiteral("'Brugfiguur' (pa20)")));
    }
    CHECK(dialog.isVisible());
    CHECK_FALSE(QFileInfo::exists(dialog.fileName()));

    // Without anonymising it exports.
    QTest::mouseClick(field<QCheckBox>(&dialog, "exportAnonymise"), Qt::LeftButton);
    clickExport(&dialog);
    CHECK_FALSE(dialog.isVisible());
    CHECK(QFileInfo::exists(dialog.fileName()));
}

TEST_CASE("Export Map: a file that holds a session is not written over", "[editor][exportdialog]")
{
    CleanSettings clean(QStringLiteral("export/map"));
    SessionFile file(testdata::exampleSession(), QStringLiteral("basisschool-1.nwk"));
    SessionDocument doc;
    doc.reset(file.read(), file.path);
    // A session saved by mistake under the map's name.
    const QString map = QFileInfo(file.path).dir().filePath(QStringLiteral("kaart.svg"));
    REQUIRE(QFile::copy(file.path, map));
    const QByteArray before = readBytes(map);

    ExportDialog dialog(&doc);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(field<QLineEdit>(&dialog, "exportFile"), map);
    {
        ModalAnswerer ok(QMessageBox::Ok);
        clickExport(&dialog);
        REQUIRE(ok.seen);
        CHECK(ok.text.contains(QStringLiteral("holds a Netwerkkaart session")));
    }
    CHECK(dialog.isVisible());
    CHECK(readBytes(map) == before);
}
