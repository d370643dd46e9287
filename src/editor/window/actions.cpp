// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions.h"

#include "context/editorcontext.h"
#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

#include <utility>

namespace nwk {

namespace {
QAction *make(QObject *parent, const QString &text, const QList<QKeySequence> &keys,
              const char *iconName = nullptr)
{
    auto *action = new QAction(text, parent);
    // A key listed twice (Ctrl+- is also the platform's ZoomOut) would be ambiguous:
    // Qt then runs neither.
    QList<QKeySequence> unique;
    for (const QKeySequence &key : keys)
        if (!key.isEmpty() && !unique.contains(key))
            unique.append(key);
    action->setShortcuts(unique);
    if (iconName)
        action->setIcon(QIcon::fromTheme(QString::fromLatin1(iconName)));
    return action;
}
} // namespace

Actions::Actions(EditorContext &context)
    : QObject(context.window)
{
    QMainWindow *window = context.window;
    createActions(window, context.document->undoStack());

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(newFile);
    file->addAction(open);
    recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(save);
    file->addAction(saveAs);
    file->addSeparator();
    // Export and import entries are inserted before this separator by their installers.
    fileExportSeparator = file->addSeparator();
    file->addAction(quit);
    file->setObjectName(QStringLiteral("fileMenu"));
    fileMenu = file;

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(deleteSelection);
    edit->addAction(selectAll);
    edit->setObjectName(QStringLiteral("editMenu"));
    editMenu = edit;

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(fitToWindow);
    view->addAction(relativePlacements);
    view->addSeparator(); // then the docks' toggles, History first
    viewMenu = view;

    QMenu *map = bar->addMenu(tr("&Map"));
    map->setObjectName(QStringLiteral("mapMenu"));
    map->addAction(freePlacement);
    mapMenu = map;

    // Filled by the features (FocusGroup, AnnotationUi, QuickGuide and ShortcutsHelp).
    QMenu *session = bar->addMenu(tr("&Session"));
    session->setObjectName(QStringLiteral("sessionMenu"));
    QMenu *research = bar->addMenu(tr("&Research"));
    research->setObjectName(QStringLiteral("researchMenu"));
    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));

    registerIn(context, session, research, help);
}

void Actions::createActions(QMainWindow *window, const QUndoStack *undoStack)
{
    newFile = make(window, tr("&New"), {QKeySequence::New}, "document-new");
    open = make(window, tr("&Open\u2026"), {QKeySequence::Open}, "document-open");
    save = make(window, tr("&Save"), {QKeySequence::Save}, "document-save");
    saveAs =
        make(window, tr("Save &As\u2026"), {QKeySequence(tr("Ctrl+Shift+S"))}, "document-save-as");
    quit = make(window, tr("&Quit"), {QKeySequence::Quit}, "application-exit");
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack->createUndoAction(window, tr("&Undo"));
    undo->setShortcuts({QKeySequence::Undo});
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    redo = undoStack->createRedoAction(window, tr("&Redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    deleteSelection = make(window, tr("&Delete"), {QKeySequence::Delete}, "edit-delete");
    deleteSelection->setEnabled(false);
    selectAll = make(window, tr("Select &All"), {QKeySequence::SelectAll}, "edit-select-all");

    zoomIn =
        make(window, tr("Zoom &In"), {QKeySequence(tr("Ctrl+=")), QKeySequence::ZoomIn}, "zoom-in");
    zoomOut = make(window, tr("Zoom &Out"), {QKeySequence(tr("Ctrl+-")), QKeySequence::ZoomOut},
                   "zoom-out");
    fitToWindow =
        make(window, tr("&Fit Map to Window"), {QKeySequence(tr("Home"))}, "zoom-fit-best");

    relativePlacements = make(window, tr("Relati&ve Placements"), {});
    relativePlacements->setObjectName(QStringLiteral("relativePlacementsAction"));
    relativePlacements->setCheckable(true);
    relativePlacements->setToolTip(
        tr("Draw the relative placements (“further than” another partner) as arrows"));

    freePlacement = make(window, tr("&Free Placement"), {});
    freePlacement->setCheckable(true);
    freePlacement->setToolTip(tr("Moving a partner into another sector keeps its category"));

    const std::pair<QAction *, QString> tips[] = {
        {newFile, tr("Start an empty session")},
        {open, tr("Open a saved session (.nwk file)")},
        {save, tr("Save the session to its file")},
        {saveAs, tr("Save the session under another name or in another folder")},
        {quit, tr("Close Netwerkkaart (asks to save unsaved changes)")},
        {undo, tr("Take back the last change")},
        {redo, tr("Do the change taken back again")},
        {deleteSelection, tr("Delete the selected partners and links, with their links")},
        {selectAll, tr("Select every partner on the map")},
        {zoomIn, tr("Show the map larger")},
        {zoomOut, tr("Show the map smaller")},
        {fitToWindow, tr("Show the whole map in the window")}};
    for (const auto &[action, tip] : tips)
        action->setToolTip(tip);
}

void Actions::registerIn(EditorContext &context, QMenu *session, QMenu *research, QMenu *help)
{
    const std::pair<MenuId, QMenu *> menus[] = {
        {MenuId::File, fileMenu},     {MenuId::OpenRecent, recentMenu},
        {MenuId::Edit, editMenu},     {MenuId::View, viewMenu},
        {MenuId::Map, mapMenu},       {MenuId::Session, session},
        {MenuId::Research, research}, {MenuId::Help, help}};
    for (const auto &[id, menu] : menus)
        context.registerMenu(id, menu);
    const std::pair<ActionId, QAction *> actions[] = {
        {ActionId::NewFile, newFile},
        {ActionId::Open, open},
        {ActionId::Save, save},
        {ActionId::SaveAs, saveAs},
        {ActionId::Quit, quit},
        {ActionId::Undo, undo},
        {ActionId::Redo, redo},
        {ActionId::DeleteSelection, deleteSelection},
        {ActionId::SelectAll, selectAll},
        {ActionId::ZoomIn, zoomIn},
        {ActionId::ZoomOut, zoomOut},
        {ActionId::FitToWindow, fitToWindow},
        {ActionId::FreePlacement, freePlacement},
        {ActionId::FileExportSeparator, fileExportSeparator}};
    for (const auto &[id, action] : actions)
        context.registerAction(id, action);
}

} // namespace nwk
