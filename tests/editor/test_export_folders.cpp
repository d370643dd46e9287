// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialogs keep plain and anonymised files apart (issue #23, item 7): the last
// folder is remembered per kind of export and per plain vs anonymised, and the suggested
// name of an anonymised export says so, in the interface language; a name the user typed
// is left as typed.
#include "dialoginput.h"
#include "editorfixture.h"
#include "examplesession.h"

#include "../../src/editor/export/exportdatadialog.h"
#include "../../src/editor/export/exportdialog.h"

#include "nwk/editor/language.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>

using namespace nwk;
using namespace nwk::test;

namespace {

/// A session file in a folder with the sub-folders "plain" and "anoniem".
struct Folders {
    SessionFile file{testdata::exampleSession(), QStringLiteral("basisschool-1.nwk")};
    SessionDocument doc;
    QDir session = QFileInfo(file.path).dir();
    QString plain = session.filePath(QStringLiteral("plain"));
    QString anonymised = session.filePath(QStringLiteral("anoniem"));
    Folders()
    {
        doc.reset(file.read(), file.path);
        REQUIRE(session.mkdir(QStringLiteral("plain")));
        REQUIRE(session.mkdir(QStringLiteral("anoniem")));
    }
    QString inSession(const char *name) const { return session.filePath(QLatin1String(name)); }
};

/// The interface in Dutch until the end of the scope (also when a check fails).
struct InDutch {
    InDutch() { REQUIRE(installTranslators(QStringLiteral("nl"))); }
    ~InDutch() { removeTranslators(); }
};

template <typename Dialog> void showDialog(Dialog &dialog)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
}

} // namespace

TEST_CASE("Export Map: the folder is kept per plain and anonymised, anonymised names say so",
          "[editor][exportdialog]")
{
    CleanSettings clean(QStringLiteral("export/map"));
    Folders f;
    {
        ExportDialog dialog(&f.doc);
        showDialog(dialog);
        auto *anonymise = field<QCheckBox>(&dialog, "exportAnonymise");
        REQUIRE_FALSE(anonymise->isChecked());
        CHECK(dialog.fileName() == f.inSession("basisschool-1.svg"));
        // The suggestion follows the box, both ways.
        toggle(anonymise);
        CHECK(dialog.fileName() == f.inSession("basisschool-1-anonymised.svg"));
        toggle(anonymise);
        CHECK(dialog.fileName() == f.inSession("basisschool-1.svg"));
        // A name the user typed stays as typed.
        toggle(anonymise);
        const QString typed = QDir(f.anonymised).filePath(QStringLiteral("kaart.svg"));
        typeInto(field<QLineEdit>(&dialog, "exportFile"), typed);
        toggle(anonymise);
        CHECK(dialog.fileName() == typed);
        toggle(anonymise);
        clickExport(&dialog);
        REQUIRE_FALSE(dialog.isVisible());
        CHECK(QFileInfo::exists(typed));
    }
    {
        // Anonymised again (the box is remembered): in the anonymised folder.
        ExportDialog dialog(&f.doc);
        showDialog(dialog);
        auto *anonymise = field<QCheckBox>(&dialog, "exportAnonymise");
        REQUIRE(anonymise->isChecked());
        CHECK(dialog.fileName() == QDir(f.anonymised).filePath("basisschool-1-anonymised.svg"));
        // No plain export yet: the session's folder.
        toggle(anonymise);
        CHECK(dialog.fileName() == f.inSession("basisschool-1.svg"));
        typeInto(field<QLineEdit>(&dialog, "exportFile"),
                 QDir(f.plain).filePath(QStringLiteral("basisschool-1.svg")));
        clickExport(&dialog);
        REQUIRE_FALSE(dialog.isVisible());
    }
    {
        ExportDialog dialog(&f.doc);
        showDialog(dialog);
        CHECK(dialog.fileName() == QDir(f.plain).filePath("basisschool-1.svg"));
        toggle(field<QCheckBox>(&dialog, "exportAnonymise"));
        CHECK(dialog.fileName() == QDir(f.anonymised).filePath("basisschool-1-anonymised.svg"));
    }
    {
        // In Dutch the suffix is Dutch.
        InDutch dutch;
        ExportDialog dialog(&f.doc);
        showDialog(dialog);
        toggle(field<QCheckBox>(&dialog, "exportAnonymise"));
        CHECK(dialog.fileName() == QDir(f.anonymised).filePath("basisschool-1-anoniem.svg"));
    }
}

TEST_CASE("Export Data and Report: the folder is kept per plain and anonymised, anonymised "
          "names say so",
          "[editor][exportdata]")
{
    CleanSettings clean(QStringLiteral("export/data"));
    Folders f;
    auto folderOf = [](const ExportDataDialog &d) {
        return QDir::fromNativeSeparators(d.folder());
    };
    {
        ExportDataDialog dialog(&f.doc, Deck{});
        showDialog(dialog);
        auto *anonymise = field<QCheckBox>(&dialog, "exportDataAnonymise");
        REQUIRE_FALSE(anonymise->isChecked());
        CHECK(folderOf(dialog) == f.session.path());
        CHECK(dialog.baseName() == QStringLiteral("basisschool-1"));
        toggle(anonymise);
        CHECK(dialog.baseName() == QStringLiteral("basisschool-1-anonymised"));
        toggle(anonymise);
        CHECK(dialog.baseName() == QStringLiteral("basisschool-1"));
        typeInto(field<QLineEdit>(&dialog, "exportDataFolder"), f.plain);
        clickExport(&dialog);
        REQUIRE_FALSE(dialog.isVisible());
        CHECK(QFileInfo::exists(QDir(f.plain).filePath("basisschool-1.graphml")));
    }
    {
        ExportDataDialog dialog(&f.doc, Deck{});
        showDialog(dialog);
        CHECK(folderOf(dialog) == f.plain);
        // Anonymised: not the plain folder (none remembered yet: the session's).
        toggle(field<QCheckBox>(&dialog, "exportDataAnonymise"));
        CHECK(folderOf(dialog) == f.session.path());
        CHECK(dialog.baseName() == QStringLiteral("basisschool-1-anonymised"));
        typeInto(field<QLineEdit>(&dialog, "exportDataFolder"), f.anonymised);
        typeInto(field<QLineEdit>(&dialog, "exportDataBaseName"), QStringLiteral("school-a"));
        // What the user typed stays when the box is toggled.
        toggle(field<QCheckBox>(&dialog, "exportDataAnonymise"));
        toggle(field<QCheckBox>(&dialog, "exportDataAnonymise"));
        CHECK(folderOf(dialog) == f.anonymised);
        CHECK(dialog.baseName() == QStringLiteral("school-a"));
        clickExport(&dialog);
        REQUIRE_FALSE(dialog.isVisible());
        CHECK(QFileInfo::exists(QDir(f.anonymised).filePath("school-a.graphml")));
    }
    {
        // Anonymised remembered: its folder; plain again: the plain folder.
        InDutch dutch;
        ExportDataDialog dialog(&f.doc, Deck{});
        showDialog(dialog);
        auto *anonymise = field<QCheckBox>(&dialog, "exportDataAnonymise");
        REQUIRE(anonymise->isChecked());
        CHECK(folderOf(dialog) == f.anonymised);
        CHECK(dialog.baseName() == QStringLiteral("basisschool-1-anoniem"));
        toggle(anonymise);
        CHECK(folderOf(dialog) == f.plain);
        CHECK(dialog.baseName() == QStringLiteral("basisschool-1"));
    }
}
