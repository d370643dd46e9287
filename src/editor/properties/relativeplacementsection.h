// SPDX-License-Identifier: GPL-3.0-or-later
// The relative placements of one partner (schema 3), listed in its Properties with
// Add… (the "Placed relative to…" dialog) and Remove, each one undo step.
#pragma once

#include "objecteditor.h"

class QListWidget;
class QPushButton;

namespace nwk {

class RelativePlacementSection : public ObjectEditor {
    Q_OBJECT

public:
    explicit RelativePlacementSection(SessionDocument *document, QWidget *parent = nullptr);

protected:
    void reload() override;

private:
    void removeCurrent();

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace nwk
