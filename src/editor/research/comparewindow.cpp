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
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace nwk {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
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

    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("compareFiles"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->setMaximumHeight(90);
    m_add = new QPushButton(tr("Add Sessions…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_synonymsButton = new QPushButton(tr("Synonyms…"), this);
    m_csv = new QPushButton(tr("Export CSV…"), this);
    auto *buttons = new QVBoxLayout;
    for (auto *b : {m_add, m_remove, m_synonymsButton, m_csv})
        buttons->addWidget(b);
    buttons->addStretch();
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
    auto *scroll = new QScrollArea(m_tabs);
    m_mapsArea = new QWidget(scroll);
    m_mapsGrid = new QGridLayout(m_mapsArea);
    scroll->setWidget(m_mapsArea);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(scroll, tr("Maps"));
    auto *recurringPage = new QWidget(m_tabs);
    m_recurringCount = new QLabel(recurringPage);
    m_recurringCount->setObjectName(QStringLiteral("compareRecurringCount"));
    m_recurringWidget = makeTable(recurringPage, QStringLiteral("compareRecurring"));
    auto *recurringLayout = new QVBoxLayout(recurringPage);
    recurringLayout->addWidget(m_recurringCount);
    recurringLayout->addWidget(m_recurringWidget);
    m_tabs->addTab(recurringPage, tr("Recurring Partners"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problems);
    layout->addWidget(m_tabs, 1);
    resize(900, 650);

    connect(m_add, &QPushButton::clicked, this, &CompareWindow::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &CompareWindow::removeSelected);
    connect(m_csv, &QPushButton::clicked, this, &CompareWindow::exportCsv);
    connect(m_synonymsButton, &QPushButton::clicked, this, &CompareWindow::editSynonyms);
    rebuild();
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

std::vector<SmallMap *> CompareWindow::maps() const
{
    std::vector<SmallMap *> list;
    for (int i = 0; i < m_mapsGrid->count(); ++i)
        if (auto *map = qobject_cast<SmallMap *>(m_mapsGrid->itemAt(i)->widget()))
            list.push_back(map);
    return list;
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
    const QString error = writeFileAtomically(fileName, comparisonCsv(m_table));
    m_problems->setText(error.isEmpty() ? QString() : error);
    m_problems->setVisible(!error.isEmpty());
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
    fillTable();
    fillRecurring();
    fillMaps();
}

void CompareWindow::fillTable()
{
    const QStringList header = m_table.header();
    m_tableWidget->clear();
    m_tableWidget->setColumnCount(static_cast<int>(header.size()));
    m_tableWidget->setHorizontalHeaderLabels(header);
    const auto cells = m_table.cells();
    m_tableWidget->setRowCount(static_cast<int>(cells.size()));
    for (std::size_t r = 0; r < cells.size(); ++r) {
        const MeasureInfo *info = measureInfo(m_table.rows[r].measureKey);
        for (int c = 0; c < cells[r].size(); ++c) {
            auto *item = new QTableWidgetItem(cells[r].at(c));
            if (info)
                item->setToolTip(info->definition);
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_tableWidget->setItem(static_cast<int>(r), c, item);
        }
    }
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
    for (std::size_t r = 0; r < recurring.size(); ++r) {
        const int row = static_cast<int>(r);
        m_recurringWidget->setItem(row, 0, new QTableWidgetItem(recurring[r].label));
        m_recurringWidget->setItem(row, 1,
                                   new QTableWidgetItem(QString::number(recurring[r].schools)));
        for (std::size_t s = 0; s < recurring[r].labels.size(); ++s)
            m_recurringWidget->setItem(
                row, static_cast<int>(s) + 2,
                new QTableWidgetItem(recurring[r].labels[s].join(QStringLiteral("; "))));
    }
}

void CompareWindow::fillMaps()
{
    while (QLayoutItem *item = m_mapsGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int columns = 3;
    for (std::size_t i = 0; i < m_sessions.size(); ++i) {
        auto *map =
            new SmallMap(m_sessions[i].session, m_table.schools.value(static_cast<qsizetype>(i)),
                         m_table.recurringIds.at(i), m_mapsArea);
        m_mapsGrid->addWidget(map, static_cast<int>(i) / columns, static_cast<int>(i) % columns);
    }
}

} // namespace nwk
