// SPDX-License-Identifier: GPL-3.0-or-later
// What the group said about a link (schema 3): which end started it, whether it is
// reciprocal, the school's role on a link to the school, and the go-between of a
// "via" link. A section of the link's Properties (LinkEditor shows it with the id).
#pragma once

#include "objecteditor.h"

namespace nwk {

class LinkStatementSection : public ObjectEditor {
    Q_OBJECT

public:
    explicit LinkStatementSection(SessionDocument *document, QWidget *parent = nullptr);
    void refresh() override;

private:
    QComboBox *m_initiatedBy = nullptr;
    QComboBox *m_reciprocity = nullptr;
    QComboBox *m_schoolRole = nullptr;
    QComboBox *m_via = nullptr;
};

} // namespace nwk
