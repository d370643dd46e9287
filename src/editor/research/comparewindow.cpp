// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparewindow.h"

#include "context/editorcontext.h"
#include "synonymsdialog.h"

#include "nwk/core/atomicfile.h"
#include "nwk/core/sessionio.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
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
    return table;
}

/// Columns as wide as their header and cells, within limits, so that a laptop shows
/// several schools: the first two at most `firstMax` pixels, each school at most
/// `schoolMax` (a longer text is elided; its tooltip and the CSV have it whole). Only the
/// first `rows` rows count for the schools' widths.
void sizeColumns(QTableWidget *table, int firstMax, int schoolMax, int rows)
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
        table->setColumnWidth(c, std::min(width, c < 2 ? firstMax : schoolMax));
    }
}

} // namespace

CompareWindow::CompareWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_synonyms(savedSynonyms())
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare Schools"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_chooseOpen = [this] {
        return QFileDialog::getOpenFileNames(this, tr("Compare Sessions"), QString(),
                                             tr("Netwerkkaart sessions (*.nwk);;All files (*)"));
    };
    m_chooseSave = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export Comparison"), tr("comparison.csv"),
                                            tr("CSV files (*.csv)"));
    };
    m_chooseSheet = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export Maps"), tr("comparison-maps.pdf"),
                                            tr("PDF (*.pdf);;SVG (*.svg)"));
    };

    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("compareFiles"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->setMaximumHeight(3 * m_files->fontMetrics().height() + 10);
    m_add = new QPushButton(tr("Add Sessions…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_synonymsButton = new QPushButton(tr("Synonyms…"), this);
    m_csv = new QPushButton(tr("Export CSV…"), this);
    m_csv->setToolTip(tr("The table, with the labels each recurring partner was matched by"));
    m_sheet = new QPushButton(tr("Export Maps…"), this);
    m_sheet->setObjectName(QStringLiteral("compareExportMaps"));
    m_sheet->setToolTip(tr("Every school's map on one page (PDF or SVG), the chosen partner "
                           "highlighted, for a paper"));
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_remove, 0, 1);
    buttons->addWidget(m_synonymsButton, 0, 2);
    buttons->addWidget(m_csv, 1, 0);
    buttons->addWidget(m_sheet, 1, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_files, 1);
    top->addLayout(buttons);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("compareProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();

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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problems);
    layout->addWidget(m_tabs, 1);
    fitToScreen();
    connectControls();
    rebuild();
}

void CompareWindow::fitToScreen()
{
    // The screen's free area, less room for the window frame and a panel.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QSize room =
        screen ? screen->availableGeometry().size() - QSize(16, 48) : QSize(900, 650);
    resize(std::min(1400, room.width()), std::min(900, room.height()));
}

void CompareWindow::connectControls()
{
    connect(m_add, &QPushButton::clicked, this, &CompareWindow::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &CompareWindow::removeSelected);
    connect(m_csv, &QPushButton::clicked, this, &CompareWindow::exportCsv);
    connect(m_sheet, &QPushButton::clicked, this, &CompareWindow::exportSheet);
    connect(m_synonymsButton, &QPushButton::clicked, this, &CompareWindow::editSynonyms);
    connect(m_keepApart, &QPushButton::clicked, this, &CompareWindow::keepApart);
    connect(m_recurringWidget, &QTableWidget::currentCellChanged, this,
            [this](int row, int column) {
                const auto *item = m_recurringWidget->item(row, column);
                m_keepApart->setEnabled(column >= 2 && item && !item->text().isEmpty());
                chooseFromRow(m_recurringWidget, row);
            });
    connect(m_tableWidget, &QTableWidget::currentCellChanged, this,
            [this](int row) { chooseFromRow(m_tableWidget, row); });
}

void CompareWindow::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    auto *action = new QAction(tr("Compare Schools…"), window);
    action->setObjectName(QStringLiteral("compareSchoolsAction"));
    action->setToolTip(tr("Compare the measures and partners of several session files"));
    action->setStatusTip(action->toolTip());
    context.menu(MenuId::File)->insertAction(context.action(ActionId::FileExportSeparator), action);
    connect(action, &QAction::triggered, window, [window] {
        auto *compare = new CompareWindow(window);
        compare->show();
    });
}

QString CompareWindow::synonymsFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("synonyms.json"));
}

SynonymList CompareWindow::savedSynonyms()
{
    const QString file = synonymsFilePath();
    if (!QFileInfo::exists(file))
        return defaultSynonyms();
    const SynonymsReadResult read = readSynonymsFile(file);
    return read.synonyms ? *read.synonyms : defaultSynonyms();
}

void CompareWindow::addFiles(const QStringList &fileNames)
{
    QStringList problems;
    for (const auto &name : fileNames) {
        const QString path = QFileInfo(name).absoluteFilePath();
        if (std::any_of(m_sessions.begin(), m_sessions.end(),
                        [&](const Loaded &l) { return l.fileName == path; }))
            continue;
        SessionReadResult read = readSessionFile(path);
        if (!read.session) {
            const QString first =
                read.diagnostics.empty() ? tr("unreadable") : read.diagnostics.front().toString();
            problems << tr("%1: %2").arg(QDir::toNativeSeparators(name), first);
            continue;
        }
        m_sessions.push_back({path, std::move(*read.session)});
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    rebuild();
}

QStringList CompareWindow::fileNames() const
{
    QStringList names;
    for (const auto &l : m_sessions)
        names << l.fileName;
    return names;
}

void CompareWindow::setSynonyms(const SynonymList &synonyms)
{
    m_synonyms = synonyms;
    rebuild();
}

void CompareWindow::chooseFiles()
{
    const QStringList chosen = m_chooseOpen();
    if (!chosen.isEmpty())
        addFiles(chosen);
}

void CompareWindow::removeSelected()
{
    QStringList gone;
    for (const auto *item : m_files->selectedItems())
        gone << item->data(Qt::UserRole).toString();
    std::erase_if(m_sessions, [&](const Loaded &l) { return gone.contains(l.fileName); });
    rebuild();
}

void CompareWindow::exportCsv()
{
    const QString fileName = m_chooseSave();
    if (fileName.isEmpty())
        return;
    showProblem(writeFileAtomically(fileName, comparisonCsv(m_table)));
}

void CompareWindow::showProblem(const QString &text)
{
    m_problems->setText(text);
    m_problems->setVisible(!text.isEmpty());
}

void CompareWindow::editSynonyms()
{
    auto *dialog = new SynonymsDialog(m_synonyms, synonymsFilePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SynonymsDialog::saved, this, &CompareWindow::setSynonyms);
    dialog->open();
}

void CompareWindow::rebuild()
{
    const int previous = chosenPartner();
    const QString chosen = previous >= 0 && previous < static_cast<int>(m_table.recurring.size())
                               ? m_table.recurring[static_cast<std::size_t>(previous)].key
                               : QString();
    std::vector<NamedSession> named;
    for (const auto &l : m_sessions)
        named.push_back({sessionColumnName(l.session, l.fileName), l.session});
    m_table = compareSessions(named, m_synonyms);

    m_files->clear();
    for (std::size_t i = 0; i < m_sessions.size(); ++i) {
        auto *item =
            new QListWidgetItem(tr("%1 — %2").arg(m_table.schools.value(static_cast<qsizetype>(i)),
                                                  QDir::toNativeSeparators(m_sessions[i].fileName)),
                                m_files);
        item->setData(Qt::UserRole, m_sessions[i].fileName);
    }
    m_remove->setEnabled(!m_sessions.empty());
    m_csv->setEnabled(!m_sessions.empty());
    m_sheet->setEnabled(!m_sessions.empty());
    fillTable();
    fillRecurring();
    fillPartners(chosen);
    fillMaps();
    applyChosen();
}

void CompareWindow::fillTable()
{
    const QStringList header = m_table.header();
    m_tableWidget->clear();
    m_tableWidget->setColumnCount(static_cast<int>(header.size()));
    m_tableWidget->setHorizontalHeaderLabels(header);
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
    sizeColumns(m_tableWidget, 30 * em, 18 * em, static_cast<int>(measureRows));
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
        sizeColumns(m_recurringWidget, 30 * em, 24 * em, m_recurringWidget->rowCount());
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
