// SPDX-License-Identifier: GPL-3.0-or-later
#include "frozentable.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace nwk {

FrozenTable::FrozenTable(int frozenColumns, QWidget *parent)
    : QTableWidget(parent)
    , m_frozen(new QTableView(this))
    , m_columns(frozenColumns)
{
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setObjectName(QStringLiteral("frozenColumns"));
    m_frozen->setModel(model());
    m_frozen->setSelectionModel(selectionModel());
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setEditTriggers(NoEditTriggers);
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border: none; border-right: 2px solid "
                                           "palette(mid); }"));
    viewport()->stackUnder(m_frozen);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int section, int, int size) {
                if (section < m_columns) {
                    m_frozen->setColumnWidth(section, size);
                    updateFrozenGeometry();
                }
            });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int section, int, int size) { m_frozen->setRowHeight(section, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    m_frozen->show();
}

int FrozenTable::frozenWidth() const
{
    int width = 0;
    for (int c = 0; c < std::min(m_columns, columnCount()); ++c)
        width += columnWidth(c);
    return width;
}

void FrozenTable::refreshFrozen()
{
    for (int c = 0; c < columnCount(); ++c) {
        m_frozen->setColumnHidden(c, c >= m_columns);
        if (c < m_columns)
            m_frozen->setColumnWidth(c, columnWidth(c));
    }
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    for (int r = 0; r < rowCount(); ++r)
        m_frozen->setRowHeight(r, rowHeight(r));
    updateFrozenGeometry();
}

void FrozenTable::updateFrozenGeometry()
{
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), frozenWidth() + 2,
                          viewport()->height() + horizontalHeader()->height());
}

void FrozenTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    updateFrozenGeometry();
}

void FrozenTable::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (index.column() >= m_columns)
        QTableWidget::scrollTo(index, hint);
    // A cell under the frozen columns is scrolled out from under them.
    const QRect cell = visualRect(index);
    if (index.column() >= m_columns && cell.left() < frozenWidth())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + cell.left() -
                                        frozenWidth());
}

QModelIndex FrozenTable::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableWidget::moveCursor(action, modifiers);
    if (action == MoveLeft && current.column() >= m_columns &&
        visualRect(current).left() < frozenWidth())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() +
                                        visualRect(current).left() - frozenWidth());
    return current;
}

} // namespace nwk
