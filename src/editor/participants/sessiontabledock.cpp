// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontabledock.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace nwk {

SessionTableDock::SessionTableDock(const QString &title, const QString &objectName,
                                   SessionDocument *document, QWidget *parent)
    : QDockWidget(title, parent)
    , m_document(document)
{
    setObjectName(objectName);
}

QTableView *SessionTableDock::createTable(QWidget *content, const QString &objectName)
{
    m_table = new QTableView(content);
    m_table->setObjectName(objectName);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    return m_table;
}

QPushButton *SessionTableDock::createButton(const QString &text, const QString &objectName,
                                            const QString &toolTip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    if (!toolTip.isEmpty())
        button->setToolTip(toolTip);
    return button;
}

QString SessionTableDock::currentRowId() const
{
    return m_model->idAt(m_table->currentIndex().row());
}

} // namespace nwk
