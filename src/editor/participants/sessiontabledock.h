// SPDX-License-Identifier: GPL-3.0-or-later
// The base of the docks that list one collection of the session in a table
// edited in place (participants, groups, missing partners): the document, the
// table model over the collection, the table, and the pieces they all build
// the same way (the table's behaviour, named buttons, one-step cell edits).
#pragma once

#include "nwk/core/session.h"
#include "nwk/editor/changevalue.h"
#include "sessiontablemodel.h"

#include <QDockWidget>

#include <vector>

class QPushButton;
class QTableView;

namespace nwk {

class SessionDocument;

/// The command for a cell edit that sets `Member` of object `id`: its own undo
/// step (a cell edit is complete, so it never merges with the next).
template <typename T, auto Member, typename Value>
QUndoCommand *cellEdit(SessionDocument *document, const QString &id, Value value,
                       const QString &text)
{
    auto *command = new ChangeValue<ObjectField<T, Member>>(document, id, std::move(value), text);
    command->setMergeable(false);
    return command;
}

class SessionTableDock : public QDockWidget {
    Q_OBJECT

public:
    QTableView *table() const { return m_table; }

protected:
    /// A dock titled `title` (object name `objectName`) over `collection` of the session.
    template <typename T>
    SessionTableDock(const QString &title, const QString &objectName, SessionDocument *document,
                     SharedVector<T> Session::*collection, QWidget *parent)
        : SessionTableDock(title, objectName, document, parent)
    {
        m_model = new SessionTableModel(
            document,
            [collection](const Session &s) { return static_cast<int>((s.*collection).size()); },
            [collection](const Session &s, int row) {
                return (s.*collection)[static_cast<std::size_t>(row)].id;
            },
            this);
    }

    /// Creates the table over the model in `content`: whole rows, one at a time,
    /// edited by double click, F2 or a click on the current row; no row numbers.
    QTableView *createTable(QWidget *content, const QString &objectName);
    /// A push button with its object name and (when not empty) tool tip.
    static QPushButton *createButton(const QString &text, const QString &objectName,
                                     const QString &toolTip, QWidget *parent);
    /// A text column over `Member` of the collection's objects (shown, edited and
    /// as tool tip); an edit is trimmed, and refused when empty if `required`.
    template <typename T, auto Member>
    SessionTableModel::Column textColumn(SharedVector<T> Session::*collection,
                                         const QString &header, const QString &undoText,
                                         bool required)
    {
        auto at = [collection](const Session &s, int row) -> const T & {
            return (s.*collection)[static_cast<std::size_t>(row)];
        };
        return {header,
                [at](const Session &s, int row, int role) -> QVariant {
                    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
                        return at(s, row).*Member;
                    return {};
                },
                [this, at, undoText, required](int row, const QVariant &value) -> QUndoCommand * {
                    const QString text = value.toString().trimmed();
                    if (required && text.isEmpty())
                        return nullptr;
                    return cellEdit<T, Member>(m_document, at(m_document->session(), row).id, text,
                                               undoText);
                },
                {}};
    }
    /// A check box column over the bool `Member`; a click on it is one undo step.
    template <typename T, auto Member>
    SessionTableModel::Column checkColumn(SharedVector<T> Session::*collection,
                                          const QString &header, const QString &toolTip,
                                          const QString &undoText)
    {
        auto at = [collection](const Session &s, int row) -> const T & {
            return (s.*collection)[static_cast<std::size_t>(row)];
        };
        return {header,
                [at, toolTip](const Session &s, int row, int role) -> QVariant {
                    if (role == Qt::CheckStateRole)
                        return at(s, row).*Member ? Qt::Checked : Qt::Unchecked;
                    if (role == Qt::ToolTipRole)
                        return toolTip;
                    return {};
                },
                [this, at, undoText](int row, const QVariant &value) -> QUndoCommand * {
                    const bool on = value.toInt() == Qt::Checked;
                    return cellEdit<T, Member>(m_document, at(m_document->session(), row).id, on,
                                               undoText);
                },
                {}};
    }
    /// The id of the table's current row, empty when none.
    QString currentRowId() const;

    SessionDocument *const m_document;
    SessionTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;

private:
    SessionTableDock(const QString &title, const QString &objectName, SessionDocument *document,
                     QWidget *parent);
};

} // namespace nwk
