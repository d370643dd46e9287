// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontablemodel.h"
#include "shared/plaintip.h"

#include "nwk/editor/sessiondocument.h"

#include <QComboBox>
#include <QUndoCommand>
#include <QUndoStack>

namespace nwk {

SessionTableModel::SessionTableModel(SessionDocument *document,
                                     std::function<int(const Session &)> rowCount,
                                     std::function<QString(const Session &, int)> rowId,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rowCount(std::move(rowCount))
    , m_rowId(std::move(rowId))
{
    m_rows = m_rowCount(m_document->session());
}

void SessionTableModel::reload()
{
    const int rows = m_rowCount(m_document->session());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

int SessionTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows; ++row)
        if (m_rowId(m_document->session(), row) == id)
            return row;
    return -1;
}

QString SessionTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows ? m_rowId(m_document->session(), row) : QString();
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const Column &column = m_columns[static_cast<std::size_t>(index.column())];
    if (role == IdRole)
        return idAt(index.row());
    if (role == OptionsRole)
        return column.options ? QVariant(column.options()) : QVariant();
    const QVariant value = column.data(m_document->session(), index.row(), role);
    if (role == Qt::ToolTipRole && value.typeId() == QMetaType::QString)
        return plainToolTip(value.toString()); // session text, never taken for HTML
    return value;
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < columnCount())
        return m_columns[static_cast<std::size_t>(section)].header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags SessionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_columns[static_cast<std::size_t>(index.column())].edit)
        return f;
    // A column with a check state is edited by its check box, not a text editor.
    if (data(index, Qt::CheckStateRole).isValid())
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool SessionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((role != Qt::EditRole && role != Qt::CheckStateRole) || !index.isValid() ||
        index.row() >= m_rows)
        return false;
    const Column &column = m_columns[static_cast<std::size_t>(index.column())];
    if (!column.edit)
        return false;
    QUndoCommand *command = column.edit(index.row(), value);
    if (!command)
        return false;
    m_document->push(command);
    return true;
}

// ---- ComboDelegate --------------------------------------------------------------

QWidget *ComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QVariant options = index.data(SessionTableModel::OptionsRole);
    if (!options.isValid())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->addItems(options.toStringList());
    // Picking an option commits it at once: one pick, one undo step.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ComboDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentIndex(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace nwk
