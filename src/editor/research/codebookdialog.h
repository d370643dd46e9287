// SPDX-License-Identifier: GPL-3.0-or-later
// The codebook editor: the session's codes (label, description), each edit one
// undo step; import and export of a codebook file (.nwkcodes) to share codes
// between sessions.
#pragma once

#include <QDialog>

class QTableWidget;

namespace nwk {

class SessionDocument;

class CodebookDialog : public QDialog {
    Q_OBJECT

public:
    explicit CodebookDialog(SessionDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// Adds a code with this label (one undo step); returns its id.
    QString addCode(const QString &label);
    /// Removes the code and takes it off every annotation (one undo step).
    void removeCode(const QString &codeId);
    /// Merges the file's codes: new ids are added, known ids get the file's label
    /// and description (one undo step). Empty on success, else the problems.
    QString importFile(const QString &fileName);
    /// Writes the session's codebook; empty on success, else the reason.
    QString exportFile(const QString &fileName) const;

private:
    void refresh();
    void cellEdited(int row, int column);

    SessionDocument *m_document;
    QTableWidget *m_table = nullptr;
    bool m_filling = false;
};

} // namespace nwk
