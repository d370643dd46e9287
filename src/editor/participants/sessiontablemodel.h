// SPDX-License-Identifier: GPL-3.0-or-later
// A table over one collection of the session (participants, missing partners,
// groups) described by columns. Reading goes through the document's session;
// an edit becomes an undo command (one edit of a cell = one undo step), so the
// model never writes to the session itself. ComboDelegate edits the columns
// that offer a fixed list of options (role group, status, category ...).
#pragma once

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

#include <functional>
#include <vector>

class QUndoCommand;

namespace nwk {

class SessionDocument;
struct Session;

class SessionTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// Data role of a combo column: the option texts (QStringList); its EditRole
    /// is the index of the current option.
    static constexpr int OptionsRole = Qt::UserRole + 1;
    /// Data role with the row's object id.
    static constexpr int IdRole = Qt::UserRole + 2;

    struct Column {
        QString header;
        /// DisplayRole, EditRole, DecorationRole, ToolTipRole ... of row `row`.
        std::function<QVariant(const Session &, int row, int role)> data;
        /// The command for a new value; nullptr to refuse. Unset: read-only column.
        std::function<QUndoCommand *(int row, const QVariant &value)> edit;
        /// Unset: a text column.
        std::function<QStringList()> options;
    };

    SessionTableModel(SessionDocument *document, std::function<int(const Session &)> rowCount,
                      std::function<QString(const Session &, int)> rowId,
                      QObject *parent = nullptr);

    void addColumn(Column column) { m_columns.push_back(std::move(column)); }
    /// Re-reads the session: rows changed when the count did, else only data.
    void reload();
    /// Row of the object with this id, -1 when absent.
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    SessionDocument *m_document;
    std::function<int(const Session &)> m_rowCount;
    std::function<QString(const Session &, int)> m_rowId;
    std::vector<Column> m_columns;
    int m_rows = 0;
};

class ComboDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace nwk
