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

    makeTabs();

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

} // namespace nwk
