// SPDX-License-Identifier: GPL-3.0-or-later
// Export Data and Report: the editable findings report (ODT) and the R pack, chosen in the
// dialog by keyboard; the status bar names them.
#include "dialoginput.h"
#include "editorfixture.h"
#include "examplesession.h"
#include "modalrun.h"

#include "../../src/editor/export/exportdatadialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QStatusBar>

using namespace nwk;
using namespace nwk::test;

TEST_CASE("Export Data and Report: the ODT report and the R pack are written when checked",
          "[editor][exportdata][odt][rpack]")
{
    CleanSettings clean(QStringLiteral("export/data"));
    const Session example = testdata::exampleSession();
    SessionFile file(example, QStringLiteral("basisschool-1.nwk"));
    Window w(file.path);

    const QString out = file.dir.filePath(QStringLiteral("voor-r"));
    InNextModal exportDialog(&w.window, [&](QWidget *modal) {
        auto *dialog = qobject_cast<ExportDataDialog *>(modal);
        REQUIRE(dialog);
        CHECK(QTest::qWaitForWindowExposed(dialog));
        auto *odt = field<QCheckBox>(dialog, "exportDataReportOdt");
        auto *rPack = field<QCheckBox>(dialog, "exportDataRPack");
        CHECK_FALSE(odt->isChecked()); // off by default
        CHECK_FALSE(rPack->isChecked());
        typeInto(field<QLineEdit>(dialog, "exportDataFolder"), out);
        for (const char *name : {"exportDataGraphml", "exportDataCsv", "exportDataReportHtml"})
            toggle(field<QCheckBox>(dialog, name)); // only the two new ones
        toggle(odt);
        toggle(rPack);
        QTest::keyClick(field<QLineEdit>(dialog, "exportDataFolder"), Qt::Key_Return); // Export
    });
    QTest::keyClick(&w.window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    exportDialog.requireDone();

    const QDir dir(out);
    CHECK(dir.entryList(QDir::Files) == QStringList{QStringLiteral("basisschool-1-report.odt")});
    CHECK(readBytes(dir.filePath(QStringLiteral("basisschool-1-report.odt"))).startsWith("PK"));
    const QDir pack(dir.filePath(QStringLiteral("basisschool-1-r")));
    for (const char *name : {"egos.csv", "alters.csv", "aaties.csv", "egoties.csv", "former.csv",
                             "categories.csv", "rings.csv", "timeline.csv", "netwerkkaart.R"})
        CHECK(QFileInfo(pack.filePath(QString::fromLatin1(name))).size() > 0);
    CHECK(readBytes(pack.filePath(QStringLiteral("alters.csv"))).startsWith(".egoID,.altID,"));

    const QString status = w.window.statusBar()->currentMessage();
    CHECK(status.contains(QStringLiteral("basisschool-1-report.odt")));
    CHECK(status.contains(QStringLiteral("R pack in basisschool-1-r")));
    CHECK_FALSE(status.contains(QStringLiteral("CSV tables")));

    // The choices are remembered.
    ExportDataDialog again(w.window.document(), Deck{});
    CHECK(field<QCheckBox>(&again, "exportDataReportOdt")->isChecked());
    CHECK(field<QCheckBox>(&again, "exportDataRPack")->isChecked());
}
