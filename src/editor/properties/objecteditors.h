// SPDX-License-Identifier: GPL-3.0-or-later
// Properties of a link, a missing partner and a group.
#pragma once

#include "objecteditor.h"

class QLabel;

namespace nwk {

class LinkEditor : public ObjectEditor {
    Q_OBJECT

public:
    explicit LinkEditor(SessionDocument *document, QWidget *parent = nullptr);
    void refresh() override;

private:
    QLabel *m_ends = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_direction = nullptr;
    QLineEdit *m_label = nullptr;
    QComboBox *m_valence = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

class MissingEditor : public ObjectEditor {
    Q_OBJECT

public:
    explicit MissingEditor(SessionDocument *document, QWidget *parent = nullptr);
    void refresh() override;

private:
    QLineEdit *m_label = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_mentionedBy = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

class GroupEditor : public ObjectEditor {
    Q_OBJECT

public:
    explicit GroupEditor(SessionDocument *document, QWidget *parent = nullptr);
    void refresh() override;

private:
    QLineEdit *m_label = nullptr;
    QLabel *m_members = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace nwk
