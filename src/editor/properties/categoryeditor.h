// SPDX-License-Identifier: GPL-3.0-or-later
// The category editor: the list of categories in sector order (clockwise from
// 12 o'clock) with add, remove, move up and down, and a form for the selected
// category's labels, colour, marker, letter, frame and note. Every change is one
// undo command; the editor mirrors the document through its signals.
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDialog;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace nwk {

class SessionDocument;

class CategoryEditor : public QWidget {
    Q_OBJECT

public:
    explicit CategoryEditor(SessionDocument *document, QWidget *parent = nullptr);

    /// The list of categories ("categoryList").
    QListWidget *list() const { return m_list; }

    /// The id of the selected category; empty when none.
    QString currentId() const;
    void selectCategory(const QString &id);

    QAction *addCategoryAction() const { return m_add; }
    QAction *removeCategoryAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_up; }
    QAction *moveDownAction() const { return m_down; }

private:
    void buildForm();
    void refresh();
    void refreshForm();
    void addCategory();
    /// Removes at once when nothing refers to the category; otherwise opens the
    /// (window-modal, non-blocking) dialog that asks where its partners go.
    void removeCategory();
    void removeReassigning(const QString &id, const QString &target);
    void move(int delta);
    void chooseColor();

    SessionDocument *m_document;
    QListWidget *m_list = nullptr;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
    QLineEdit *m_labelNl = nullptr;
    QLineEdit *m_labelEn = nullptr;
    QLineEdit *m_color = nullptr;
    QToolButton *m_colorButton = nullptr;
    QComboBox *m_marker = nullptr;
    QLineEdit *m_letter = nullptr;
    QCheckBox *m_framed = nullptr;
    QLineEdit *m_note = nullptr;
    QWidget *m_form = nullptr;
};

} // namespace nwk
