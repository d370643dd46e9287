// SPDX-License-Identifier: GPL-3.0-or-later
// CompareWindow's maps: tiles sized to the window, linked zoom, the chosen partner on
// every map, and the maps' sheet for a paper.
#include "comparewindow.h"

#include "nwk/render/comparisonsheet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>

#include <algorithm>

namespace nwk {

QWidget *CompareWindow::makeViewBar()
{
    auto *bar = new QWidget(this);
    m_partner = new QComboBox(bar);
    m_partner->setObjectName(QStringLiteral("comparePartner"));
    m_partner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_partner->setMinimumContentsLength(18);
    m_partner->setToolTip(tr("A recurring partner to highlight on every map (or pick its row in "
                             "the table)"));
    auto *partnerLabel = new QLabel(tr("Highlight:"), bar);
    partnerLabel->setBuddy(m_partner);
    m_linkZoom = new QCheckBox(tr("Link zoom"), bar);
    m_linkZoom->setObjectName(QStringLiteral("compareLinkZoom"));
    m_linkZoom->setChecked(true);
    m_linkZoom->setToolTip(tr("Zoom and pan every map together (Ctrl+wheel on a map zooms, "
                              "dragging pans)"));
    m_resetZoom = new QPushButton(tr("Whole Maps"), bar);
    m_resetZoom->setObjectName(QStringLiteral("compareResetZoom"));
    m_columns = new QSpinBox(bar);
    m_columns->setObjectName(QStringLiteral("compareColumns"));
    m_columns->setRange(0, 8);
    m_columns->setSpecialValueText(tr("Auto"));
    m_columns->setToolTip(tr("Maps per row; Auto fits the window"));
    auto *columnsLabel = new QLabel(tr("Columns:"), bar);
    columnsLabel->setBuddy(m_columns);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 0, 0, 2);
    row->addWidget(partnerLabel);
    row->addWidget(m_partner);
    row->addWidget(m_linkZoom);
    row->addWidget(m_resetZoom);
    row->addWidget(columnsLabel);
    row->addWidget(m_columns);

    connect(m_partner, &QComboBox::currentIndexChanged, this, [this] { applyChosen(); });
    connect(m_resetZoom, &QPushButton::clicked, this, [this] {
        for (SmallMap *map : maps())
            map->resetView();
    });
    connect(m_columns, &QSpinBox::valueChanged, this, [this] { layoutTiles(); });
    return bar;
}

bool CompareWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_mapsScroll->viewport() && event->type() == QEvent::Resize)
        layoutTiles();
    return QWidget::eventFilter(watched, event);
}

std::vector<SmallMap *> CompareWindow::maps() const
{
    std::vector<SmallMap *> list;
    for (int i = 0; i < m_mapsGrid->count(); ++i)
        if (auto *map = qobject_cast<SmallMap *>(m_mapsGrid->itemAt(i)->widget()))
            list.push_back(map);
    return list;
}

void CompareWindow::fillPartners(const QString &keep)
{
    const QSignalBlocker block(m_partner);
    m_partner->clear();
    m_partner->addItem(tr("(none)"), -1);
    int current = 0;
    for (std::size_t i = 0; i < m_table.recurring.size(); ++i) {
        const RecurringPartner &r = m_table.recurring[i];
        m_partner->addItem(tr("%1 (%2 schools)").arg(partnerLabel(r)).arg(r.schools),
                           static_cast<int>(i));
        if (!keep.isEmpty() && r.key == keep)
            current = m_partner->count() - 1;
    }
    m_partner->setCurrentIndex(current);
}

void CompareWindow::fillMaps()
{
    while (QLayoutItem *item = m_mapsGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    std::vector<QHash<QString, QString>> recurring(m_sessions.size());
    for (const auto &r : m_table.recurring)
        for (std::size_t s = 0; s < r.ids.size() && s < recurring.size(); ++s)
            for (const auto &id : r.ids[s])
                recurring[s].insert(id, partnerLabel(r));
    for (std::size_t i = 0; i < m_sessions.size(); ++i) {
        auto *map =
            new SmallMap(m_sessions[i].session, m_table.schools.value(static_cast<qsizetype>(i)),
                         recurring[i], m_mapsArea);
        connect(map, &SmallMap::viewChanged, this,
                [this, map](double zoom, QPointF centre) { linkView(map, zoom, centre); });
        m_mapsGrid->addWidget(map, 0, static_cast<int>(i));
    }
    layoutTiles();
}

void CompareWindow::layoutTiles()
{
    const std::vector<SmallMap *> tiles = maps();
    if (tiles.empty())
        return;
    const int width = m_mapsScroll->viewport()->width() - kTileSpacing;
    int columns = m_columns->value();
    if (columns == 0)
        columns = std::max(1, width / kAutoTileSide);
    columns = std::min<int>(columns, static_cast<int>(tiles.size()));
    const int side = std::max(120, width / columns - kTileSpacing);
    for (SmallMap *tile : tiles)
        m_mapsGrid->removeWidget(tile);
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        tiles[i]->setSide(side);
        m_mapsGrid->addWidget(tiles[i], static_cast<int>(i) / columns,
                              static_cast<int>(i) % columns);
    }
}

void CompareWindow::choosePartner(int index)
{
    const int item = m_partner->findData(index);
    m_partner->setCurrentIndex(item < 0 ? 0 : item);
}

int CompareWindow::chosenPartner() const
{
    return m_partner ? m_partner->currentData().toInt() : -1;
}

void CompareWindow::applyChosen()
{
    const int index = chosenPartner();
    const bool any = index >= 0 && index < static_cast<int>(m_table.recurring.size());
    const std::vector<SmallMap *> tiles = maps();
    for (std::size_t s = 0; s < tiles.size(); ++s) {
        if (!any) {
            tiles[s]->setChosen(QString(), {});
            continue;
        }
        const RecurringPartner &r = m_table.recurring[static_cast<std::size_t>(index)];
        tiles[s]->setChosen(partnerLabel(r), s < r.ids.size() ? r.ids[s] : QStringList());
    }
}

void CompareWindow::linkView(SmallMap *from, double zoom, QPointF centre)
{
    if (!m_linkZoom->isChecked())
        return;
    for (SmallMap *map : maps())
        if (map != from)
            map->setView(zoom, centre);
}

void CompareWindow::chooseFromRow(const QTableWidget *table, int row)
{
    if (row < 0)
        return;
    if (table == m_recurringWidget) {
        choosePartner(row);
        return;
    }
    const QTableWidgetItem *item = table->item(row, 0);
    if (item && item->data(kRecurringRole).isValid())
        choosePartner(item->data(kRecurringRole).toInt());
}

void CompareWindow::exportSheet()
{
    const QString fileName = m_chooseSheet();
    if (fileName.isEmpty())
        return;
    std::vector<ComparedMap> sheet;
    const std::vector<SmallMap *> tiles = maps();
    for (std::size_t s = 0; s < m_sessions.size() && s < tiles.size(); ++s)
        sheet.push_back({&m_sessions[s].session, tiles[s]->title(), tiles[s]->highlighted(),
                         tiles[s]->chosenIds()});
    ComparisonSheetOptions o;
    o.title = tr("Comparison of %1 schools").arg(sheet.size());
    const int chosen = chosenPartner();
    o.caption = chosen >= 0
                    ? tr("Ringed: partners that recur on another school's map. Halo: %1.")
                          .arg(partnerLabel(m_table.recurring[static_cast<std::size_t>(chosen)]))
                    : tr("Ringed: partners that recur on another school's map.");
    showProblem(exportComparisonSheet(sheet, fileName, o));
}

} // namespace nwk
