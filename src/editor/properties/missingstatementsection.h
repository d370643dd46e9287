// SPDX-License-Identifier: GPL-3.0-or-later
// What the group said about a missing partner (schema 3): the partner on the map it
// stands for ("on the map but absent"), and for one left off on purpose who decided
// and why. A section of the missing partner's Properties (MissingEditor).
#pragma once

#include "objecteditor.h"

class QFormLayout;

namespace nwk {

class MissingStatementSection : public ObjectEditor {
    Q_OBJECT

public:
    explicit MissingStatementSection(SessionDocument *document, QWidget *parent = nullptr);
    /// Puts the section's fields into the editor's `form` (one column of labels with the
    /// editor's own fields); the section itself stays an invisible holder.
    void addRowsTo(QFormLayout *form);

protected:
    void reload() override;

private:
    QList<QPair<QString, QWidget *>> m_rows; ///< label and field, in order
    QComboBox *m_partner = nullptr;
    QLineEdit *m_decidedBy = nullptr;
    QPlainTextEdit *m_reason = nullptr;
};

} // namespace nwk
