// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the autosave, recovery and safe-save tests.
#pragma once

#include "editorfixture.h"

#include "nwk/editor/changevalue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPushButton>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <functional>

namespace nwk::test {

/// Processes events until pred() holds or `ms` pass; returns pred().
template <typename Pred> bool waitFor(Pred pred, int ms = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (!pred() && clock.elapsed() < ms)
        QTest::qWait(20);
    return pred();
}

/// The notes of a partner in a recovery file; "<none>" when unreadable.
inline QString recoveredNotes(const QString &recoveryFile, const char *partnerId)
{
    SessionReadResult r = readSessionFile(recoveryFile);
    if (!r.session)
        return QStringLiteral("<none>");
    const Partner *p = r.session->partner(QString::fromUtf8(partnerId));
    return p ? p->notes : QStringLiteral("<no partner>");
}

/// The label of a partner in a recovery file; "<none>" when unreadable.
inline QString recoveredPartnerLabel(const QString &recoveryFile, const char *partnerId)
{
    SessionReadResult r = readSessionFile(recoveryFile);
    if (!r.session)
        return QStringLiteral("<none>");
    const Partner *p = r.session->partner(QString::fromUtf8(partnerId));
    return p ? p->label : QStringLiteral("<no partner>");
}

inline QStringList recoveryInfos(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.info")}, QDir::Files);
}

inline void renamePartner(SessionDocument &doc, const char *id, const char *label)
{
    doc.push(new ChangeValue<PartnerField<&Partner::label>>(
        &doc, QString::fromUtf8(id), QString::fromUtf8(label), QStringLiteral("rename")));
}

/// A pid no process has now.
inline qint64 deadPid()
{
    for (qint64 pid = 3999999; pid > 1000; --pid)
        if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            return pid;
    return 0;
}

/// Copies a live editor's recovery pair under `id` with the lock file an editor
/// that was killed leaves behind (QLockFile's format: pid, program, host).
inline void simulateDeadEditor(const QString &dir, const QString &recoveryFile, const QString &id)
{
    const QString stem = QFileInfo(recoveryFile).completeBaseName();
    const QDir d(dir);
    REQUIRE(QFile::copy(recoveryFile, d.filePath(id + QStringLiteral(".nwk"))));
    REQUIRE(QFile::copy(d.filePath(stem + QStringLiteral(".info")),
                        d.filePath(id + QStringLiteral(".info"))));
    // Its sidecars (Autosaver::setSidecar()), e.g. the participation round.
    for (const QString &name : d.entryList({stem + QStringLiteral(".*")}, QDir::Files)) {
        const QString suffix = name.mid(stem.size());
        if (suffix != QStringLiteral(".nwk") && suffix != QStringLiteral(".info") &&
            !suffix.startsWith(QStringLiteral(".lock")))
            REQUIRE(QFile::copy(d.filePath(name), d.filePath(id + suffix)));
    }
    QFile lock(d.filePath(id + QStringLiteral(".lock")));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid()) + "\nnetwerkkaart\n" +
               QSysInfo::machineHostName().toUtf8() + '\n');
}

/// Clicks a button (by object name) of the next modal dialog with the given
/// object name; `choose` sees the dialog first and returns the button's name.
struct DialogClicker {
    std::function<QString(QWidget *)> choose;
    bool clicked = false;
    QTimer timer;

    DialogClicker(const QString &dialogName, std::function<QString(QWidget *)> chooser)
        : choose(std::move(chooser))
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this, dialogName] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != dialogName)
                return;
            auto *button = modal->findChild<QPushButton *>(choose(modal));
            if (!button)
                return;
            clicked = true;
            timer.stop();
            button->click();
        });
        timer.start();
    }
};

/// Clicks a button by object name (or a standard button) in the next message box.
struct MessageBoxClicker {
    QString text;
    QString informativeText;
    bool seen = false;
    QTimer timer;

    explicit MessageBoxClicker(const QString &buttonName)
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this, buttonName] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            seen = true;
            text = box->text();
            informativeText = box->informativeText();
            timer.stop();
            if (auto *b = box->findChild<QPushButton *>(buttonName))
                b->click();
            else
                box->reject();
        });
        timer.start();
    }
};

} // namespace nwk::test
