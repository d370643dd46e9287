// SPDX-License-Identifier: GPL-3.0-or-later
// A failing autosave is shown at once: a bar above the map names the recovery folder
// and the system's reason, stays while writing fails, goes when a write succeeds, and
// offers another folder (remembered, and searched at the next start).
#include "test_autosave_support.h"

#include "../../src/editor/session/autosavewarning.h"

#include "nwk/editor/autosaver.h"

#include <QLabel>
#include <QSettings>

using namespace nwk;
using namespace nwk::test;

namespace {

QString barText(QWidget *bar)
{
    auto *label = bar->findChild<QLabel *>(QStringLiteral("autosaveWarningText"));
    return label ? label->text() : QString();
}

} // namespace

TEST_CASE("An autosave on a full disk is shown until a write succeeds",
          "[autosave][autosave-warning]")
{
    SessionFile file;
    QTemporaryDir recovery;
    Window w(file.path);
    Autosaver saver(&w.doc(), recovery.path());
    saver.setInterval(50);
    QWidget *bar = installAutosaveWarning(&w.window, saver);
    CHECK(bar->isHidden()); // nothing to say yet

    {
        // Root ignores permissions; the guard then also limits the file size (EFBIG),
        // as a full disk would make the write fail.
        UnwritableDir fullDisk(recovery.path());
        renamePartner(w.doc(), "pa1", "CLB op een volle schijf");
        REQUIRE(waitFor([&] { return bar->isVisible(); }));
        const QString text = barText(bar);
        CHECK(text.contains(QDir::toNativeSeparators(recovery.path())));
        CHECK((text.contains(QStringLiteral("File too large")) ||
               text.contains(QStringLiteral("Permission denied"))));
        CHECK_FALSE(QFile::exists(saver.recoveryFile()));
        // Below the map's top edge, not over it: the map is still all there.
        CHECK(bar->geometry().bottom() <= w.view().geometry().top());
    }
    // The disk has room again: the next retry (on the timer, no further edit) succeeds.
    CHECK(waitFor([&] { return bar->isHidden(); }));
    CHECK(recoveredPartnerLabel(saver.recoveryFile(), "pa1") ==
          QStringLiteral("CLB op een volle schijf"));
    CHECK(saver.lastError().isEmpty());
}

TEST_CASE("Another recovery folder can be chosen from the warning", "[autosave][autosave-warning]")
{
    SessionFile file;
    QTemporaryDir tmp;
    // A folder that cannot exist, even for root: its parent is a regular file.
    QFile blocker(tmp.filePath(QStringLiteral("blocker")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString blocked = tmp.filePath(QStringLiteral("blocker/recovery"));
    const QString chosen = tmp.filePath(QStringLiteral("elders"));

    Window w(file.path);
    Autosaver saver(&w.doc(), blocked);
    saver.setInterval(50);
    QWidget *bar = installAutosaveWarning(&w.window, saver);
    renamePartner(w.doc(), "pa2", "Hogeschool Gent");
    REQUIRE(waitFor([&] { return bar->isVisible(); }));
    CHECK(barText(bar).contains(QDir::toNativeSeparators(blocked)));
    CHECK(barText(bar).contains(QStringLiteral("Not a directory")));

    QString offered;
    const auto previous = AutosaveWarning::setFolderChooser([&](QWidget *, const QString &now) {
        offered = now;
        return chosen;
    });
    auto *button = bar->findChild<QPushButton *>(QStringLiteral("chooseRecoveryFolderButton"));
    REQUIRE(button);
    button->click();
    AutosaveWarning::setFolderChooser(previous);

    CHECK(offered == QDir(blocked).absolutePath());
    CHECK(waitFor([&] { return bar->isHidden(); }));
    CHECK(QFileInfo(saver.recoveryFile()).absolutePath() == QDir(chosen).absolutePath());
    CHECK(recoveredPartnerLabel(saver.recoveryFile(), "pa2") == QStringLiteral("Hogeschool Gent"));
    // Remembered: the next editor writes there, and the next start looks there.
    CHECK(Autosaver::defaultDirectory() == QDir(chosen).absolutePath());
    CHECK(Autosaver::searchDirectories().contains(QDir(chosen).absolutePath()));
    CHECK(Autosaver::searchDirectories().contains(
        QDir(Autosaver::standardDirectory()).absolutePath()));
    QSettings().remove(QString::fromLatin1(Autosaver::kDirectoryKey));
    QSettings().remove(QString::fromLatin1(Autosaver::kKnownDirectoriesKey));
}
