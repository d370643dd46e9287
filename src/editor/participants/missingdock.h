// SPDX-License-Identifier: GPL-3.0-or-later
// Missing partners: who the group says is missing, hoped for, former, left off
// on purpose or added after the session. A form adds one (label, category,
// status, mentioned by; Enter in the label adds), the table lists them and
// edits them in place; the map draws them as dashed ghosts.
#pragma once

#include "sessiontabledock.h"

class QComboBox;
class QLineEdit;
class QPushButton;

namespace nwk {

class MissingDock : public SessionTableDock {
    Q_OBJECT

public:
    enum Column { LabelColumn, CategoryColumn, StatusColumn, MentionedByColumn };

    explicit MissingDock(SessionDocument *document, QWidget *parent = nullptr);

    QLineEdit *labelEdit() const { return m_label; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *mentionedByCombo() const { return m_mentionedBy; }

    /// Adds a missing partner from the form (nothing when the label is empty).
    void addFromForm();
    void removeCurrent();

private:
    void addColumns();
    void buildContent();
    void fillCombos();

    /// The form that adds a missing partner.
    QLineEdit *m_label = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_mentionedBy = nullptr;

    QPushButton *m_remove = nullptr;
};

} // namespace nwk
