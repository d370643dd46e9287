// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's assembly: the features in their order, and the window's own actions.
#include "nwk/editor/mainwindow.h"

#include "actions.h"
#include "capture/capturepanel.h"
#include "capture/livelayout.h"
#include "capture/maptools.h"
#include "context/editorcontext.h"
#include "export/archiveexportaction.h"
#include "export/exportdatadialog.h"
#include "export/exportdialog.h"
#include "help/quickguide.h"
#include "help/shortcutshelp.h"
#include "historydock.h"
#include "nwk/editor/cards/focusgroup.h"
#include "nwk/editor/changevalue.h"
#include "nwk/editor/mapcontextmenu.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/sessiondocument.h"
#include "nwk/editor/startscreen.h"
#include "participants/marksui.h"
#include "participation/participationfeature.h"
#include "playback/playback.h"
#include "preferencesdialog.h"
#include "presentation/legendoverlay.h"
#include "presentation/projectionmode.h"
#include "presentation/roomview.h"
#include "properties/categoriesdock.h"
#include "properties/propertiesdock.h"
#include "recording/recordingfeature.h"
#include "research/annotationui.h"
#include "research/comparewindow.h"
#include "research/measuresdock.h"
#include "session/sessiondetailsdialog.h"
#include "timeline/timelinedock.h"
#include "transcript/transcriptfeature.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QUndoStack>

namespace nwk {

/// The features, in order. Each installs itself through the context and reaches the
/// others only through it; one that uses another's object, dock or action comes after
/// it (the context stops the program when asked for what is not there yet). Menu
/// entries follow this order within each menu; the menus themselves exist already.
void MainWindow::installFeatures()
{
    using Install = void (*)(EditorContext &);
    static constexpr Install kFeatures[] = {
        &Playback::install,             // the recording's playback, asked for by the others
        &HistoryDock::install,          // View > History; the right column's first dock
        &PropertiesDock::install,       // above History
        &MapContextMenu::install,       // right click, Menu key, Shift+F10
        &CapturePanel::install,         // Capture dock, Map > Capture a Partner, Ctrl+0..9
        &MapTools::install,             // tool bar; Map > Draw Links, Find, Rename
        &CategoriesDock::install,       // Map > Categories and Rings (tabbed with History)
        &MarksUi::install,              // participants, marks, priorities, missing, groups
        &FocusGroup::install,           // Session menu, cards dock (beside Capture), presenter
        &RecordingFeature::install,     // Session > Start Recording (Ctrl+Shift+R), audio
        &SessionDetails::install,       // Session > Session Details…
        &TranscriptFeature::install,    // Session > Import Transcript…, its dock (after cards)
        &AnnotationUi::install,         // annotation mode, Research menu, annotations, versions
        &ProjectionMode::install,       // View > Projection Mode (map and presenter)
        &LegendOverlay::install,        // View > Legend
        &StartScreen::install,          // File > New Session Wizard, Open Example
        &MeasuresDock::install,         // View > Measures
        &CompareWindow::install,        // File > Compare Schools…
        &ExportDialog::install,         // File > Export Map… (Ctrl+E)
        &ExportDataDialog::install,     // File > Export Data and Report… (Ctrl+Shift+E)
        &ArchiveExportAction::install,  // File > Export Archive…
        &LiveLayout::install,           // View > Live Layout (F10): capture, marks, cards
        &RoomView::install,             // View > Room View (F5): the cards' keys
        &ParticipationFeature::install, // Session > Open to Participants, its dock
        &TimelineDock::install,         // View > Timeline: the session on its clock, replay
        &Playback::installControls,     // status bar transport; Session > Play from Here
        &PreferencesDialog::install,    // Edit > Preferences
        &QuickGuide::install,           // Help > Quick Guide (F1)
        &ShortcutsHelp::install,        // Help > Keyboard Shortcuts (Ctrl+/)
    };
    for (Install install : kFeatures)
        install(*m_context);
}

/// The window's own actions: the file workflow, Edit and View.
void MainWindow::connectActions()
{
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
    connect(m_actions->relativePlacements, &QAction::toggled, this, [this](bool on) {
        RenderOptions options = m_scene->baseRenderOptions();
        options.showRelativePlacements = on;
        m_scene->setRenderOptions(options);
    });
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
    connect(m_document, &SessionDocument::undoRefused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 15000); });
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
}

} // namespace nwk
