// SPDX-License-Identifier: GPL-3.0-or-later
// CompareWindow's tabs and tables: the comparison with its matched labels, the recurring
// partners, Keep Apart.
#include "comparewindow.h"

#include "nwk/core/measures.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace nwk {

namespace {

FrozenTable *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new FrozenTable(2, parent); // category and measure (partner, schools) stay
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setTextElideMode(Qt::ElideMiddle);
    // A school's name too long for its column keeps both ends ("Basissch…Anker").
    table->horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
    return table;
}

/// Columns as wide as their header and cells, within limits, so that a laptop shows
/// several schools: the first two at most `firstMax` and `secondMax` pixels, each school
/// at most `schoolMax` (a longer text is elided; its tooltip and the CSV have it whole).
/// Only the first `rows` rows count for the schools' widths.
void sizeColumns(QTableWidget *table, int firstMax, int secondMax, int schoolMax, int rows)
{
    const QFontMetrics fm = table->fontMetrics();
    const QFontMetrics header = table->horizontalHeader()->fontMetrics();
    const int pad = 3 * fm.averageCharWidth() + 8;
    for (int c = 0; c < table->columnCount(); ++c) {
        const QTableWidgetItem *title = table->horizontalHeaderItem(c);
        int width = title ? header.horizontalAdvance(title->text()) + pad : pad;
        const int last = c < 2 ? table->rowCount() : std::min(rows, table->rowCount());
        for (int r = 0; r < last; ++r)
            if (const QTableWidgetItem *item = table->item(r, c))
                width = std::max(width, fm.horizontalAdvance(item->text()) + pad);
        table->setColumnWidth(c, std::min(width, c == 0   ? firstMax
                                                 : c == 1 ? secondMax
                                                          : schoolMax));
    }
}

} // namespace

void CompareWindow::makeTabs()
{
    m_tabs = new QTabWidget(this);
    m_tableWidget = makeTable(m_tabs, QStringLiteral("compareTable"));
    m_tabs->addTab(m_tableWidget, tr("Table"));
    m_mapsScroll = new QScrollArea(m_tabs);
    m_mapsScroll->setObjectName(QStringLiteral("compareMapsScroll"));
    m_mapsArea = new QWidget(m_mapsScroll);
    m_mapsGrid = new QGridLayout(m_mapsArea);
    m_mapsGrid->setSpacing(kTileSpacing);
    m_mapsGrid->setContentsMargins(kTileSpacing, kTileSpacing, kTileSpacing, kTileSpacing);
    m_mapsGrid->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_mapsScroll->setWidget(m_mapsArea);
    m_mapsScroll->setWidgetResizable(true);
    m_mapsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_mapsScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // no relayout loop
    m_mapsScroll->viewport()->installEventFilter(this);
    m_tabs->addTab(m_mapsScroll, tr("Maps"));
    auto *recurringPage = new QWidget(m_tabs);
    m_recurringCount = new QLabel(recurringPage);
    m_recurringCount->setObjectName(QStringLiteral("compareRecurringCount"));
    m_recurringWidget = makeTable(recurringPage, QStringLiteral("compareRecurring"));
    m_keepApart = new QPushButton(tr("Keep Apart"), recurringPage);
    m_keepApart->setObjectName(QStringLiteral("compareKeepApart"));
    m_keepApart->setToolTip(tr("The selected school's labels are not this partner: match them "
                               "only with labels written the same (saved with the synonyms)"));
    auto *recurringTop = new QHBoxLayout;
    recurringTop->addWidget(m_recurringCount, 1);
    recurringTop->addWidget(m_keepApart);
    auto *recurringLayout = new QVBoxLayout(recurringPage);
    recurringLayout->addLayout(recurringTop);
    recurringLayout->addWidget(m_recurringWidget);
    m_tabs->addTab(recurringPage, tr("Recurring Partners"));
    m_tabs->setCornerWidget(makeViewBar(), Qt::TopRightCorner);
}

void CompareWindow::fillTable()
{
    const QStringList header = m_table.header();
    m_tableWidget->clear();
    m_tableWidget->setColumnCount(static_cast<int>(header.size()));
    m_tableWidget->setHorizontalHeaderLabels(header);
    for (int c = 0; c < m_tableWidget->columnCount(); ++c) // the whole name, however narrow
        m_tableWidget->horizontalHeaderItem(c)->setToolTip(header.value(c));
    std::vector<QStringList> cells = m_table.measureCells();
    const std::size_t measureRows = cells.size();
    std::vector<std::size_t> partnerOfRow;
    for (auto &row : m_table.matchedLabelCells(&partnerOfRow))
        cells.push_back(std::move(row));
    m_tableWidget->setRowCount(static_cast<int>(cells.size()));
    for (std::size_t r = 0; r < cells.size(); ++r) {
        const bool labels = r >= measureRows;
        const MeasureInfo *info = labels ? nullptr : measureInfo(m_table.rows[r].measureKey);
        for (int c = 0; c < cells[r].size(); ++c) {
            auto *item = new QTableWidgetItem(cells[r].at(c));
            if (info)
                item->setToolTip(info->definition);
            if (labels) {
                const std::size_t partner = partnerOfRow[r - measureRows];
                item->setData(kRecurringRole, static_cast<int>(partner));
                const QString why = tr("The labels matched as “%1”, per school; correct a match "
                                       "with Synonyms… or Keep Apart")
                                        .arg(m_table.recurring[partner].label);
                item->setToolTip(c >= 2 ? cells[r].at(c) + QLatin1Char('\n') + why : why);
            } else if (c >= 2) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_tableWidget->setItem(static_cast<int>(r), c, item);
        }
    }
    const int em = fontMetrics().averageCharWidth();
    // Schools' columns share what the window leaves beside the first two, from 18 to 30
    // characters each: a few schools get their whole names, eleven still fit a laptop.
    const int schools = std::max(1, m_tableWidget->columnCount() - 2);
    const int room = (width() - 62 * em) / schools;
    sizeColumns(m_tableWidget, 26 * em, 34 * em, std::clamp(room, 18 * em, 30 * em),
                static_cast<int>(measureRows));
    m_tableWidget->refreshFrozen();
}

QString CompareWindow::partnerLabel(const RecurringPartner &partner)
{
    return partner.internal ? tr("%1 (internal)").arg(partner.label) : partner.label;
}

void CompareWindow::fillRecurring()
{
    const auto &recurring = m_table.recurring;
    m_recurringCount->setText(
        tr("Partners that recur in more than one school: %1").arg(recurring.size()));
    m_recurringWidget->clear();
    m_recurringWidget->setColumnCount(static_cast<int>(m_table.schools.size()) + 2);
    m_recurringWidget->setHorizontalHeaderLabels(QStringList{tr("Partner"), tr("Schools")} +
                                                 m_table.schools);
    m_recurringWidget->setRowCount(static_cast<int>(recurring.size()));
    const auto refresh = qScopeGuard([this] {
        const int em = fontMetrics().averageCharWidth();
        sizeColumns(m_recurringWidget, 30 * em, 12 * em, 24 * em, m_recurringWidget->rowCount());
        m_recurringWidget->refreshFrozen();
    });
    for (std::size_t r = 0; r < recurring.size(); ++r) {
        const int row = static_cast<int>(r);
        m_recurringWidget->setItem(row, 0, new QTableWidgetItem(partnerLabel(recurring[r])));
        m_recurringWidget->setItem(row, 1,
                                   new QTableWidgetItem(QString::number(recurring[r].schools)));
        for (std::size_t s = 0; s < recurring[r].labels.size(); ++s) {
            auto *item = new QTableWidgetItem(recurring[r].labels[s].join(QStringLiteral("; ")));
            item->setToolTip(item->text());
            m_recurringWidget->setItem(row, static_cast<int>(s) + 2, item);
        }
    }
    m_keepApart->setEnabled(false);
}

void CompareWindow::keepApart()
{
    const int row = m_recurringWidget->currentRow();
    const int column = m_recurringWidget->currentColumn();
    if (row < 0 || column < 2 || row >= static_cast<int>(m_table.recurring.size()))
        return;
    const QStringList labels = m_table.recurring[static_cast<std::size_t>(row)].labels.at(
        static_cast<std::size_t>(column - 2));
    SynonymList list = m_synonyms;
    for (const auto &label : labels)
        if (!list.apart.contains(label))
            list.apart << label;
    QDir().mkpath(QFileInfo(synonymsFilePath()).absolutePath());
    const QString error = writeSynonymsFile(list, synonymsFilePath());
    showProblem(error);
    if (error.isEmpty())
        setSynonyms(list);
}

} // namespace nwk
