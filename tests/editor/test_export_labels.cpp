// SPDX-License-Identifier: GPL-3.0-or-later
// Export Map: the label size on the page, and the proposal of A3 when the labels cannot
// all be placed at that size on A4, driven as a user drives the dialog.
#include "dialoginput.h"
#include "editorfixture.h"

#include "../../src/editor/export/exportdialog.h"
#include "../render/crowded_fixture.h"

#include "nwk/render/exporters.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>

using namespace nwk;
using namespace nwk::test;

namespace {

void choosePdf(ExportDialog &dialog)
{
    auto *combo = field<QComboBox>(&dialog, "exportFormat");
    combo->setFocus();
    while (combo->currentIndex() < ExportDialog::Pdf)
        QTest::keyClick(combo, Qt::Key_Down);
}

double mediaBoxHeight(const QString &pdf)
{
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QRegularExpressionMatch box =
        QRegularExpression(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)"))
            .match(QString::fromLatin1(f.readAll()));
    REQUIRE(box.hasMatch());
    return box.captured(2).toDouble();
}

Session crowdedFile()
{
    Session s = crowdedRealisticSession();
    s.missingPartners.pop_back(); // of a category the session lacks: a file refuses it
    return s;
}

} // namespace

TEST_CASE("Export Map: labels that cannot fit on A4 bring a proposal of A3",
          "[editor][exportdialog][labels]")
{
    CleanSettings clean(QStringLiteral("export/map"));
    SessionFile file(crowdedFile(), QStringLiteral("druk.nwk"));
    SessionDocument doc;
    doc.reset(file.read(), file.path);
    ExportDialog dialog(&doc);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    choosePdf(dialog);
    CHECK(field<QDoubleSpinBox>(&dialog, "exportLabelSize")->value() == 8.0);
    const QString pdf = dialog.fileName();

    SECTION("Use A3: the PDF is written on A3")
    {
        ModalAnswerer answer(QMessageBox::Yes);
        clickExport(&dialog);
        REQUIRE(answer.seen);
        CHECK(answer.text.contains(QStringLiteral("8 pt on A4")));
        CHECK(answer.informativeText.contains(QStringLiteral("A3")));
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(std::abs(mediaBoxHeight(pdf) - 842) < 2); // A3 landscape: 1191 x 842
    }
    SECTION("Keep A4: the PDF is written on A4")
    {
        ModalAnswerer answer(QMessageBox::No);
        clickExport(&dialog);
        REQUIRE(answer.seen);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(std::abs(mediaBoxHeight(pdf) - 595) < 2);
    }
    SECTION("Cancel: nothing is written and the dialog stays open")
    {
        ModalAnswerer answer(QMessageBox::Cancel);
        clickExport(&dialog);
        REQUIRE(answer.seen);
        CHECK(dialog.isVisible());
        CHECK_FALSE(QFile::exists(pdf));
    }
}

TEST_CASE("Export Map: a map whose labels fit exports without a question",
          "[editor][exportdialog][labels]")
{
    CleanSettings clean(QStringLiteral("export/map"));
    SessionFile file;
    SessionDocument doc;
    doc.reset(file.read(), file.path);
    REQUIRE(fitLabels(doc.session(), RenderOptions{}, 8.0, QPageSize::A4, QPageLayout::Landscape)
                .fits());
    ExportDialog dialog(&doc);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    choosePdf(dialog);
    clickExport(&dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(QFile::exists(dialog.fileName()));
}
