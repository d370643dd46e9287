// SPDX-License-Identifier: GPL-3.0-or-later
// The round beside the recovery copy (docs/participation.md, "Resends and restarts"):
// while the session is open to participants, the server's saveState() is written next to
// the Autosaver's copy (a sidecar: with every autosave and, debounced, after every change
// of the round); a session restored from recovery reopens the round saved beside it.
#include "participationfeature.h"

#include "participationdock.h"

#include "nwk/editor/autosaver.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QPointer>

namespace nwk {

Autosaver *ParticipationFeature::autosaver()
{
    Autosaver *saver = Autosaver::watching(m_document);
    if (saver)
        connect(saver, &Autosaver::restoring, this, &ParticipationFeature::reopenAfterCrash,
                Qt::UniqueConnection);
    return saver;
}

void ParticipationFeature::keepStateBesideCopy(bool keep)
{
    Autosaver *saver = autosaver();
    if (!saver)
        return;
    if (!keep) {
        m_stateTimer.stop();
        saver->setSidecar(recoverySuffix(), {});
        return;
    }
    QPointer<ParticipationServer> server = m_server;
    saver->setSidecar(recoverySuffix(), [server]() -> QByteArray {
        return server && server->isOpen() ? server->saveState() : QByteArray();
    });
    saver->updateSidecars();
}

void ParticipationFeature::scheduleStateSave()
{
    // At most one write a second, however many phones talk.
    if (isOpen() && !m_stateTimer.isActive())
        m_stateTimer.start();
}

void ParticipationFeature::reopenAfterCrash(const RecoveryCandidate &candidate)
{
    const QString path = candidate.sidecarPath(recoverySuffix());
    QFile file(path);
    if (!file.exists())
        return; // the round was not open at the crash
    const QString where = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT message(tr("The participation round saved at the crash cannot be read: %1: %2")
                           .arg(where, file.errorString()),
                       0);
        return;
    }
    close();
    m_pending.clear();
    QString error;
    if (!m_server->reopen(currentView(), file.readAll(), &error)) {
        qWarning("participation: cannot reopen %s: %s", qPrintable(where), qPrintable(error));
        Q_EMIT message(tr("The participation round saved at the crash cannot be reopened: "
                          "%1: %2. The session is restored; open it to participants again "
                          "(phones need the new link).")
                           .arg(where, error),
                       0);
        return;
    }
    opened();
    if (auto *dockWidget = m_dock ? qobject_cast<QDockWidget *>(m_dock->parentWidget()) : nullptr) {
        dockWidget->show();
        dockWidget->raise();
    }
    Q_EMIT message(tr("The session is open to participants again at %1: phones reconnect by "
                      "themselves.")
                       .arg(m_server->joinUrl().toString()),
                   15000);
}

} // namespace nwk
