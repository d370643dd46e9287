// SPDX-License-Identifier: GPL-3.0-or-later
// A file changed on disk since it was opened is not silently overwritten.
//
// The guard remembers a fingerprint (SHA-256 of the bytes) of the document's file
// whenever a session is loaded or reset, and when MainWindow reports a save.
// Before saving to the same file, MainWindow asks the guard; when someone else
// (another editor, a sync tool) changed the file meanwhile, the user chooses:
// overwrite, save under another name, or cancel. A file that was deleted
// meanwhile is simply written again.
#pragma once

#include <QByteArray>
#include <QObject>

class QWidget;

namespace nwk {

class SessionDocument;

class ExternalChangeGuard : public QObject {
    Q_OBJECT

public:
    enum class Answer { Overwrite, SaveAs, Cancel };

    explicit ExternalChangeGuard(SessionDocument *document, QObject *parent = nullptr);

    /// Fingerprints the document's file as it is now (after a load or a save).
    void remember();
    /// True when the document's file exists and differs from the remembered one.
    bool changedOnDisk() const;

    /// Asks what to do about an external change (a modal QMessageBox with buttons
    /// named "overwriteButton", "saveAsButton" and Cancel). Overwrite when unchanged.
    Answer confirmSave(QWidget *parent) const;

private:
    SessionDocument *m_document;
    QByteArray m_fingerprint; ///< empty: no file, or not readable
};

} // namespace nwk
