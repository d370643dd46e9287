// SPDX-License-Identifier: GPL-3.0-or-later
// What the group said about a link (schema 3): which end started it, whether it is
// reciprocal, the school's role on a link to the school, and the go-between of a
// "via" link. A section of the link's Properties (LinkEditor shows it with the id).
#pragma once

#include "objecteditor.h"

class QFormLayout;

namespace nwk {

class LinkStatementSection : public ObjectEditor {
    Q_OBJECT

public:
    explicit LinkStatementSection(SessionDocument *document, QWidget *parent = nullptr);
    /// Puts the section's fields into the editor's `form` (one column of labels with the
    /// editor's own fields); the section itself stays an invisible holder.
    void addRowsTo(QFormLayout *form);

protected:
    void reload() override;

private:
    QList<QPair<QString, QWidget *>> m_rows; ///< label and field, in order
    QComboBox *m_initiatedBy = nullptr;
    QComboBox *m_reciprocity = nullptr;
    QComboBox *m_schoolRole = nullptr;
    QComboBox *m_via = nullptr;
};

} // namespace nwk
