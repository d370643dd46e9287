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

    QAction *addCategoryAction() const { return m_actions.add; }
    QAction *removeCategoryAction() const { return m_actions.remove; }
    QAction *moveUpAction() const { return m_actions.up; }
    QAction *moveDownAction() const { return m_actions.down; }

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
    /// The list's tool bar.
    struct ListActions {
        QAction *add = nullptr;
        QAction *remove = nullptr;
        QAction *up = nullptr;
        QAction *down = nullptr;
    } m_actions;
    /// The selected category's form: its labels and note, then its colour
    /// (typed or chosen) and marker (shape, letter, frame).
    struct Form {
        QWidget *widget = nullptr;
        QLineEdit *labelNl = nullptr, *labelEn = nullptr, *note = nullptr;
        QLineEdit *color = nullptr;
        QToolButton *colorButton = nullptr;
        QComboBox *marker = nullptr;
        QLineEdit *letter = nullptr;
        QCheckBox *framed = nullptr;
    } m_form;
};

} // namespace nwk
