// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/mainwindow.h"

#include "actions.h"
#include "annotationui.h"
#include "capturepanel.h"
#include "categoriesdock.h"
#include "comparewindow.h"
#include "docklayout.h"
#include "exportdatadialog.h"
#include "exportdialog.h"
#include "groupsdock.h"
#include "legendoverlay.h"
#include "livelayout.h"
#include "maptools.h"
#include "marksui.h"
#include "measuresdock.h"
#include "menutips.h"
#include "missingdock.h"
#include "nwk/core/sessionio.h"
#include "nwk/editor/cards/focusgroup.h"
#include "nwk/editor/changevalue.h"
#include "nwk/editor/externalchange.h"
#include "nwk/editor/language.h"
#include "nwk/editor/mapcontextmenu.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/partnercommands.h"
#include "nwk/editor/sessiondocument.h"
#include "nwk/editor/startscreen.h"
#include "preferencesdialog.h"
#include "projectionmode.h"
#include "properties/propertiesdock.h"
#include "quickguide.h"
#include "recentfiles.h"
#include "roomview.h"
#include "sessiontablemodel.h"
#include "shortcutshelp.h"
#include "undoguard.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <functional>

namespace nwk {

namespace {
/// First start: most of the screen, so that the map stays large beside the docks.
QSize defaultWindowSize()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen)
        return {1280, 860};
    const QSize available = screen->availableGeometry().size();
    return available.boundedTo(QSize(1920, 1200)) * 0.95;
}

/// `show` gets the id of the object in the current row of a dock's session table.
void followCurrentRow(QAbstractItemView *table, std::function<void(const QString &)> show)
{
    QObject::connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, table,
                     [table, show](const QModelIndex &current) {
                         const auto *model = qobject_cast<SessionTableModel *>(table->model());
                         if (model && current.isValid())
                             show(model->idAt(current.row()));
                     });
}

QString fileFilter()
{
    return QCoreApplication::translate("nwk::MainWindow",
                                       "Netwerkkaart sessions (*.nwk);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new SessionDocument(this))
    , m_recent(new RecentFiles)
{
    m_scene = new MapScene(m_document, this);
    m_view = new MapView(m_scene, this);
    // The map, with room above it for bars such as the autosave warning.
    auto *mapArea = new QWidget(this);
    mapArea->setObjectName(QStringLiteral("mapArea"));
    auto *mapLayout = new QVBoxLayout(mapArea);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->setSpacing(0);
    mapLayout->addWidget(m_view);
    setCentralWidget(mapArea);
    createDocks();
    m_diskGuard = new ExternalChangeGuard(m_document, this);

    auto *undoDock = findChild<QDockWidget *>(QStringLiteral("undoDock"));
    m_actions = new Actions(this, m_document->undoStack(), undoDock->toggleViewAction());
    routeUndoThroughDocument(m_document, m_actions->undo, m_actions->redo,
                             qobject_cast<QUndoView *>(undoDock->widget()));
    CapturePanel *capture = CapturePanel::install(this, m_document, m_scene, m_view);
    new MapTools(this, m_scene, m_view);
    auto *gridDock = new CategoriesDock(m_document, this); // Map > Categories and Rings
    addDockWidget(Qt::RightDockWidgetArea, gridDock);
    tabifyDockWidget(undoDock, gridDock); // full height when shown, beside History
    gridDock->hide();
    m_actions->mapMenu->addAction(gridDock->toggleViewAction());
    // Participants, marks, priorities, missing partners, groups: docks and keys.
    auto *marks = new MarksUi(this, m_document, m_scene, m_actions->viewMenu, m_actions->mapMenu);
    // Missing partners and groups are chosen in their docks; the properties dock follows.
    followCurrentRow(marks->missing->table(),
                     [this](const QString &id) { m_properties->showMissingPartner(id); });
    followCurrentRow(marks->groups->table(),
                     [this](const QString &id) { m_properties->showGroup(id); });
    auto *focusGroup = new FocusGroup(this, m_document, m_scene); // Session menu, cards, presenter
    AnnotationUi::install(this); // annotation mode, Research menu, annotations, versions
    ProjectionMode::install(this, m_scene, m_view); // View > Projection Mode (after the presenter)
    LegendOverlay::install(this, m_scene, m_view, m_actions->viewMenu); // View > Legend
    StartScreen::installActions(this); // File > New Session Wizard, Open Example
    MeasuresDock::install(this);       // View > Measures
    CompareWindow::install(this);      // File > Compare Schools…
    ExportDialog::install(this);       // File > Export Map… (Ctrl+E)
    ExportDataDialog::install(this);   // File > Export Data and Report… (Ctrl+Shift+E)

    // The session: View > Live Layout (F10) folds the docks; View > Room View (F5).
    LiveLayout::install(this, capture, marks, focusGroup);
    RoomView::install(this, focusGroup);

    connect(m_actions->newFile, &QAction::triggered, this, &MainWindow::newSession);
    connect(m_actions->open, &QAction::triggered, this, &MainWindow::open);
    connect(m_actions->save, &QAction::triggered, this, &MainWindow::save);
    connect(m_actions->saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->deleteSelection, &QAction::triggered, this, &MainWindow::deleteSelection);
    connect(m_actions->selectAll, &QAction::triggered, this, [this] {
        QStringList all;
        for (const Partner &p : m_document->session().partners)
            all.append(p.id);
        m_scene->selectPartners(all);
    });
    connect(m_actions->zoomIn, &QAction::triggered, m_view, &MapView::zoomIn);
    connect(m_actions->zoomOut, &QAction::triggered, m_view, &MapView::zoomOut);
    connect(m_actions->fitToWindow, &QAction::triggered, m_view, &MapView::fitToWindow);
    connect(m_actions->freePlacement, &QAction::triggered, this, [this](bool on) {
        auto *command = new ChangeValue<FreePlacementField>(m_document, QString(), on,
                                                            on ? tr("Turn on free placement")
                                                               : tr("Turn off free placement"));
        command->setMergeable(false);
        m_document->push(command);
    });
    connect(m_actions->recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        m_actions->deleteSelection->setEnabled(!m_scene->selectedItems().isEmpty());
    });
    connect(m_document, &SessionDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &SessionDocument::fileNameChanged, this, &MainWindow::updateTitle);
    auto syncFreePlacement = [this] {
        m_actions->freePlacement->setChecked(m_document->session().freePlacement);
    };
    connect(m_document, &SessionDocument::freePlacementChanged, this, syncFreePlacement);
    connect(m_document, &SessionDocument::sessionReset, this, [this, syncFreePlacement] {
        syncFreePlacement();
        updateTitle();
        m_view->fitToWindow();
    });
    PreferencesDialog::install(this, m_actions->editMenu); // Edit > Preferences
    QuickGuide::install(this);                             // Help > Quick Guide (F1)
    ShortcutsHelp::install(this);                          // last, so Help is the last menu
    MenuTips::install(this);                               // after every menu entry exists
    updateTitle();
    statusBar();

    arrangeDefaultDocks(this); // the map takes the window's width; a saved layout wins
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(defaultWindowSize());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        sizeDefaultDocksWhenShown(this);
}

MainWindow::~MainWindow()
{
    delete m_recent;
}

QUndoStack *MainWindow::undoStack() const
{
    return m_document->undoStack();
}

void MainWindow::createDocks()
{
    auto *undoDock = new QDockWidget(tr("History"), this);
    undoDock->setObjectName(QStringLiteral("undoDock"));
    auto *undoView = new QUndoView(m_document->undoStack(), undoDock);
    undoView->setEmptyLabel(tr("<opened>"));
    undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);

    m_properties = new PropertiesDock(m_document, m_scene, this);
    addDockWidget(Qt::RightDockWidgetArea, m_properties);
    splitDockWidget(m_properties, undoDock, Qt::Vertical);
    resizeDocks({m_properties, undoDock}, {640, 160}, Qt::Vertical);
    new MapContextMenu(m_document, m_scene, m_view, this); // right click, Menu key, Shift+F10
}

void MainWindow::updateTitle()
{
    //: Window title: %1 is the file name; [*] shows the unsaved-changes mark.
    setWindowTitle(tr("%1[*] \u2013 Netwerkkaart").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

// ---- File workflow --------------------------------------------------------------

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("\u201c%1\u201d has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newSession()
{
    if (!maybeSave())
        return;
    m_document->reset(newSessionWithDefaultDeck()); // deck language: Preferences
    statusBar()->showMessage(tr("New session"), 3000);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString dir = m_document->isUntitled()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(m_document->fileName()).absolutePath();
    const QString fileName =
        QFileDialog::getOpenFileName(this, tr("Open Session"), dir, fileFilter());
    if (!fileName.isEmpty())
        openFile(fileName);
}

QString MainWindow::diagnosticsText(const QString &fileName, const Diagnostics &diagnostics,
                                    int max)
{
    const QString name = QFileInfo(fileName).fileName();
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        if (lines.size() == max)
            break;
        lines.append(name + QStringLiteral(": ") + d.toString());
    }
    const int rest = static_cast<int>(diagnostics.size()) - static_cast<int>(lines.size());
    if (rest > 0)
        lines.append((rest == 1 ? tr("\u2026 and 1 more problem")
                                : tr("\u2026 and %n more problems", nullptr, rest)));
    return lines.join(QLatin1Char('\n'));
}

bool MainWindow::openFile(const QString &fileName)
{
    const Diagnostics diagnostics = m_document->load(fileName);
    if (hasErrors(diagnostics)) {
        QMessageBox box(
            QMessageBox::Critical, tr("Cannot Open Session"),
            tr("\u201c%1\u201d could not be opened.").arg(QDir::toNativeSeparators(fileName)),
            QMessageBox::Ok, this);
        box.setInformativeText(diagnosticsText(fileName, diagnostics));
        if (diagnostics.size() > 15)
            box.setDetailedText(diagnosticsText(fileName, diagnostics, 100000));
        box.exec();
        return false;
    }
    m_recent->add(fileName);
    if (!diagnostics.empty())
        statusBar()->showMessage((diagnostics.size() == 1
                                      ? tr("Opened with a warning: %1")
                                      : tr("Opened with %n warnings, the first: %1", nullptr,
                                           static_cast<int>(diagnostics.size())))
                                     .arg(diagnostics.front().toString()));
    else
        statusBar()->showMessage(tr("Opened %1").arg(m_document->displayName()), 3000);
    return true;
}

bool MainWindow::openExample(const QString &resourceName)
{
    SessionReadResult result = readSessionFile(resourceName);
    if (!result.session) {
        QMessageBox::critical(this, tr("Cannot Open Example"),
                              diagnosticsText(resourceName, result.diagnostics));
        return false;
    }
    m_document->reset(std::move(*result.session), QString(),
                      tr("%1 (example)").arg(QFileInfo(resourceName).completeBaseName()));
    return true;
}

void MainWindow::openRecent(const QString &fileName)
{
    if (!QFileInfo::exists(fileName)) {
        m_recent->remove(fileName);
        QMessageBox::warning(this, tr("File Not Found"),
                             tr("\u201c%1\u201d no longer exists. It was removed from the "
                                "list of recent files.")
                                 .arg(QDir::toNativeSeparators(fileName)));
        return;
    }
    if (maybeSave())
        openFile(fileName);
}

void MainWindow::fillRecentMenu()
{
    QMenu *menu = m_actions->recentMenu;
    menu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files[i];
        //: Recent-files menu entry: %1 number (accelerator), %2 file name
        QAction *a = menu->addAction(
            tr("&%1 %2").arg(i + 1 == 10 ? 0 : i + 1).arg(QFileInfo(file).fileName()));
        a->setToolTip(QDir::toNativeSeparators(file));
        connect(a, &QAction::triggered, this, [this, file] { openRecent(file); });
    }
    if (files.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
    menu->addSeparator();
    connect(menu->addAction(tr("&Clear List")), &QAction::triggered, this,
            [this] { m_recent->clear(); });
}

bool MainWindow::save()
{
    if (m_document->isUntitled())
        return saveAs();
    return saveTo(m_document->fileName());
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->fileName();
    if (suggestion.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString school = m_document->session().meta.schoolName;
        suggestion = QDir(dir).filePath((school.isEmpty() ? tr("session") : school) +
                                        QStringLiteral(".nwk"));
    }
    QString fileName =
        QFileDialog::getSaveFileName(this, tr("Save Session As"), suggestion, fileFilter());
    if (fileName.isEmpty())
        return false;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".nwk");
    return saveTo(fileName);
}

bool MainWindow::saveTo(const QString &fileName)
{
    if (fileName == m_document->fileName()) { // changed by someone else since loaded/saved?
        const auto answer = m_diskGuard->confirmSave(this);
        if (answer != ExternalChangeGuard::Answer::Overwrite)
            return answer == ExternalChangeGuard::Answer::SaveAs && saveAs();
    }
    const QString error =
        fileName == m_document->fileName() ? m_document->save() : m_document->saveAs(fileName);
    if (error.isEmpty()) {
        m_diskGuard->remember();
        m_recent->add(m_document->fileName());
        statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 3000);
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Cannot Save Session"),
                    tr("The session could not be saved."), QMessageBox::Cancel, this);
    box.setInformativeText(error + QStringLiteral("\n\n") +
                           tr("Your changes are kept in the window. Save them under another "
                              "name or in another folder?"));
    QPushButton *saveAsButton = box.addButton(tr("Save &As\u2026"), QMessageBox::AcceptRole);
    box.setDefaultButton(saveAsButton);
    box.exec();
    if (box.clickedButton() == saveAsButton)
        return saveAs();
    return false;
}

void MainWindow::deleteSelection()
{
    if (QUndoCommand *command = makeDeleteCommand(m_document, m_scene->selectedPartnerIds(),
                                                  m_scene->selectedLinkIds()))
        m_document->push(command);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), LiveLayout::editingState(this));
    event->accept();
}

} // namespace nwk
