// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/mainwindow.h"

#include "actions.h"
#include "capture/livelayout.h"
#include "context/editorcontext.h"
#include "docklayout.h"
#include "help/menutips.h"
#include "help/shortcutshelp.h"
#include "nwk/core/sessionio.h"
#include "nwk/editor/externalchange.h"
#include "nwk/editor/language.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/partnercommands.h"
#include "nwk/editor/sessiondocument.h"
#include "session/recentfiles.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

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

QString fileFilter()
{
    return QCoreApplication::translate("nwk::MainWindow",
                                       "Netwerkkaart sessions (*.nwk);;All files (*)");
}
} // namespace

/// The file workflow, for the features that open sessions (the start screen).
class MainWindow::Files final : public SessionFiles {
public:
    explicit Files(MainWindow *window)
        : m_window(window)
    {
    }
    bool maybeSave() override { return m_window->maybeSave(); }
    void open() override { m_window->open(); }
    bool openFile(const QString &fileName) override { return m_window->openFile(fileName); }
    bool openExample(const QString &name) override { return m_window->openExample(name); }

private:
    MainWindow *m_window;
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new SessionDocument(this))
    , m_files(std::make_unique<Files>(this))
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
    m_diskGuard = new ExternalChangeGuard(m_document, this);

    m_context = std::make_unique<EditorContext>(this, m_document, m_scene, m_view, m_files.get());
    m_actions = new Actions(*m_context); // every menu of the menu bar, in menu-bar order
    installFeatures();
    addDockTogglesToViewMenu(*m_context); // Properties, Categories, Cards, …
    connectActions();
    // Over what the features made: every action and menu entry exists now.
    ShortcutsHelp::addShortcutsToTooltips(this); // "Zoom In (Ctrl+=)"
    MenuTips::apply(this);                       // status tips from tooltips
    updateTitle();
    statusBar();

    arrangeDefaultDocks(*m_context); // the map takes the window's width; a saved layout wins
    QSettings settings;
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        fitWindowToScreenWhenShown(this); // saved on a larger screen, perhaps
    else
        resize(defaultWindowSize());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        sizeDefaultDocksWhenShown(*m_context);
    keepSideColumnsWhole(this); // also over a layout saved by an earlier version
}

MainWindow::~MainWindow()
{
    delete m_recent;
}

const QUndoStack *MainWindow::undoStack() const
{
    return m_document->undoStack();
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
    QMessageBox box(
        QMessageBox::Warning, tr("Unsaved Changes"),
        tr("\u201c%1\u201d has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesQuestion"));
    box.setDefaultButton(QMessageBox::Save);
    QStringList notes; // what Discard would leave beside the file (the audio parts)
    for (SessionFileCompanion *companion : m_context->fileCompanions())
        if (const QString note = companion->unsavedNote(); !note.isEmpty())
            notes.append(note);
    box.setInformativeText(notes.join(QStringLiteral("\n\n")));
    const auto answer = static_cast<QMessageBox::StandardButton>(box.exec());
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
    const bool newFile = fileName != m_document->fileName();
    const std::vector<SessionFileCompanion *> companions =
        newFile ? m_context->fileCompanions() : std::vector<SessionFileCompanion *>{};
    for (SessionFileCompanion *companion : companions) // the audio parts go along
        companion->prepareSaveAs(fileName);
    const QString error = newFile ? m_document->saveAs(fileName) : m_document->save();
    if (error.isEmpty()) {
        m_diskGuard->remember();
        m_recent->add(m_document->fileName());
        statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 3000);
        // After "Saved": a part not copied is the last word.
        for (SessionFileCompanion *companion : companions)
            companion->finishSaveAs(true);
        return true;
    }
    for (SessionFileCompanion *companion : companions)
        companion->finishSaveAs(false);
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
    settings.setValue(QStringLiteral("window/state"),
                      m_context->feature<LiveLayout>()->editingState());
    event->accept();
}

} // namespace nwk
