// SPDX-License-Identifier: GPL-3.0-or-later
// A successful anonymised export through the editor's dialogs, as a user makes it:
// File > Export Map… and File > Export Data and Report… opened by their shortcuts,
// "anonymise" ticked by keyboard, Export pressed. Every written file shows the
// pseudonyms and none of the real names, in any case (tests/support/namedsession.h).
#include "dialoginput.h"
#include "editorfixture.h"
#include "modalrun.h"
#include "namedsession.h"
#include "pdftext.h"

#include "../../src/editor/export/exportdatadialog.h"
#include "../../src/editor/export/exportdialog.h"
#include "nwk/render/exporters.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>

using namespace nwk;
using namespace nwk::test;

namespace {

/// The text of a written file as a reader gets it (PDFs through pdftotext).
QString textOf(const QString &path)
{
    if (path.endsWith(QLatin1String(".pdf")))
        return testpdf::pdfText(path);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

const QStringList kPseudonyms{QStringLiteral("Persoon-A"), QStringLiteral("Persoon-B"),
                              QStringLiteral("Persoon-C")};

} // namespace

TEST_CASE("Export Map: an anonymised SVG shows the pseudonyms and no real name",
          "[editor][exportdialog][anonymise]")
{
    CleanSettings clean(QStringLiteral("export"));
    SessionFile file(testdata::namedSession(), QStringLiteral("ygrain.nwk"));
    Window w(file.path);
    const QString svgOut = file.dir.filePath(QStringLiteral("kaart.svg"));
    InNextModal exportDialog(&w.window, [&](QWidget *modal) {
        auto *dialog = qobject_cast<ExportDialog *>(modal);
        REQUIRE(dialog);
        CHECK(QTest::qWaitForWindowExposed(dialog));
        auto *anonymise = field<QCheckBox>(dialog, "exportAnonymise");
        REQUIRE_FALSE(anonymise->isChecked());
        toggle(anonymise);
        CHECK(anonymise->isChecked());
        typeInto(field<QLineEdit>(dialog, "exportFile"), svgOut);
        QTest::keyClick(field<QLineEdit>(dialog, "exportFile"), Qt::Key_Return); // Export
    });
    QTest::keyClick(&w.window, Qt::Key_E, Qt::ControlModifier);
    exportDialog.requireDone();

    REQUIRE(QFileInfo::exists(svgOut));
    const QString svg = textOf(svgOut);
    for (const QString &pseudonym : kPseudonyms)
        CHECK(svg.contains(pseudonym));
    CHECK(svg.contains(QStringLiteral("School-A")));
    CHECK(testdata::realNamesIn(svg) == QStringList());
    // The same export without anonymising shows the names: the check above can fail.
    REQUIRE(exportSvg(w.doc().session(), svgOut, RenderOptions{}).isEmpty());
    CHECK_FALSE(testdata::realNamesIn(textOf(svgOut)).isEmpty());
}

TEST_CASE("Export Data and Report: anonymised GraphML, CSV and reports show no real name",
          "[editor][exportdata][anonymise]")
{
    CleanSettings clean(QStringLiteral("export"));
    SessionFile file(testdata::namedSession(), QStringLiteral("ygrain.nwk"));
    Window w(file.path);
    const QString out = file.dir.filePath(QStringLiteral("analyse"));
    InNextModal exportDialog(&w.window, [&](QWidget *modal) {
        auto *dialog = qobject_cast<ExportDataDialog *>(modal);
        REQUIRE(dialog);
        CHECK(QTest::qWaitForWindowExposed(dialog));
        typeInto(field<QLineEdit>(dialog, "exportDataFolder"), out);
        typeInto(field<QLineEdit>(dialog, "exportDataBaseName"), QStringLiteral("anoniem"));
        toggle(field<QCheckBox>(dialog, "exportDataReportPdf"));
        auto *anonymise = field<QCheckBox>(dialog, "exportDataAnonymise");
        REQUIRE_FALSE(anonymise->isChecked());
        toggle(anonymise);
        CHECK(anonymise->isChecked());
        QTest::keyClick(field<QLineEdit>(dialog, "exportDataFolder"), Qt::Key_Return); // Export
    });
    QTest::keyClick(&w.window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    exportDialog.requireDone();

    const QFileInfoList written = QDir(out).entryInfoList(QDir::Files, QDir::Name);
    QStringList names;
    for (const QFileInfo &f : written)
        names << f.fileName();
    INFO("written: " << names.join(QLatin1Char(' ')).toStdString());
    CHECK(names.contains(QStringLiteral("anoniem.graphml")));
    CHECK(names.contains(QStringLiteral("anoniem-partners.csv")));
    CHECK(names.contains(QStringLiteral("anoniem-report.html")));
    CHECK(names.contains(QStringLiteral("anoniem-report.pdf")));
    for (const QFileInfo &f : written) {
        INFO(f.fileName().toStdString());
        const QString text = textOf(f.filePath());
        CHECK(testdata::realNamesIn(text) == QStringList());
        if (f.fileName() == QLatin1String("anoniem-partners.csv") ||
            f.suffix() == QLatin1String("graphml") || f.suffix() == QLatin1String("html"))
            for (const QString &pseudonym : kPseudonyms)
                CHECK(text.contains(pseudonym));
    }
}
