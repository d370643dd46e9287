// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Data and Report…: the QDA project box writes the REFI-QDA project
// (<base>.qdpx) beside the other files, anonymised when asked; the choice is remembered.
#include "dialoginput.h"
#include "editorfixture.h"
#include "examplesession.h"
#include "ziptext.h"

#include "../../src/editor/export/exportdatadialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>

using namespace nwk;
using namespace nwk::test;

TEST_CASE("Export Data and Report: the QDA project box writes NAME.qdpx, anonymised when asked",
          "[editor][exportdata][qdpx]")
{
    CleanSettings clean(QStringLiteral("export/data"));
    const Session example = testdata::exampleSession();
    SessionFile file(example, QStringLiteral("basisschool-1.nwk"));
    SessionDocument doc;
    doc.reset(file.read(), file.path);
    const QString out = file.dir.filePath(QStringLiteral("qda"));
    {
        ExportDataDialog dialog(&doc, Deck{});
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QCheckBox *qdpx = field<QCheckBox>(&dialog, "exportDataQdpx");
        CHECK_FALSE(qdpx->isChecked()); // off by default
        typeInto(field<QLineEdit>(&dialog, "exportDataFolder"), out);
        toggle(qdpx);
        toggle(field<QCheckBox>(&dialog, "exportDataAnonymise"));
        QTest::keyClick(field<QLineEdit>(&dialog, "exportDataFolder"), Qt::Key_Return);
        CHECK_FALSE(dialog.isVisible());
        const QString written = QDir(out).filePath(QStringLiteral("basisschool-1-anonymised.qdpx"));
        CHECK(dialog.written().contains(written));
        REQUIRE(QFileInfo::exists(written));
        CHECK(readBytes(written).startsWith("PK\x03\x04"));
        const QString text = testdata::zipText(written);
        if (!text.isEmpty()) {
            // The school under its pseudonym, a quote as a text to code, every partner a case.
            CHECK(text.contains(QStringLiteral("name=\"Netwerkkaart: BaO1\"")));
            CHECK_FALSE(text.contains(QStringLiteral("Basisschool 1")));
            CHECK(text.contains(example.cards.front().quotes.front().text.left(40)));
            CHECK(text.count(QStringLiteral("<Case ")) == qsizetype(example.partners.size()));
        }
    }
    ExportDataDialog again(&doc, Deck{});
    CHECK(field<QCheckBox>(&again, "exportDataQdpx")->isChecked());
}
