// SPDX-License-Identifier: GPL-3.0-or-later
// The editor context: features install through it alone (any QMainWindow will do),
// the menus exist in menu-bar order before any feature fills them, and the main
// window registers its docks under the ids the default dock layout uses.
#include "editorfixture.h"

#include "../../src/editor/capture/capturepanel.h"
#include "../../src/editor/context/editorcontext.h"
#include "../../src/editor/window/actions.h"
#include "../../src/editor/window/historydock.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

#include <utility>

using namespace nwk;
using namespace nwk::test;

namespace {

/// A file workflow that only counts what the features ask of it.
class CountingFiles final : public SessionFiles {
public:
    int asked = 0;
    bool maybeSave() override { return ++asked > 0; }
    void open() override { ++asked; }
    bool openFile(const QString &) override { return ++asked > 0; }
    bool openExample(const QString &) override { return ++asked > 0; }
};

QStringList texts(const QList<QAction *> &actions)
{
    QStringList out;
    for (const QAction *a : actions)
        out.append(a->isSeparator() ? QStringLiteral("--") : a->text());
    return out;
}

const QStringList kMenuBar{"&File", "&Edit", "&View", "&Map", "&Session", "&Research", "&Help"};

} // namespace

TEST_CASE("A feature installs into a plain window through the editor context", "[context]")
{
    QMainWindow window;
    SessionDocument document;
    document.reset(sampleSession());
    MapScene scene(&document);
    auto *view = new MapView(&scene, &window);
    window.setCentralWidget(view);
    CountingFiles files;
    EditorContext context(&window, &document, &scene, view, &files);

    new Actions(context);
    // Every menu is there before a feature fills one: the order is the menu bar's.
    CHECK(texts(window.menuBar()->actions()) == kMenuBar);
    CHECK(context.menu(MenuId::Help)->actions().isEmpty());

    HistoryDock::install(context);
    CapturePanel::install(context);
    QDockWidget *capture = context.dock(DockId::Capture);
    CHECK(capture->objectName() == QStringLiteral("captureDock"));
    CHECK(window.dockWidgetArea(capture) == Qt::LeftDockWidgetArea);
    auto *panel = context.feature<CapturePanel>();
    CHECK(capture->widget() == panel);
    CHECK(texts(context.menu(MenuId::View)->actions()).mid(3) ==
          QStringList{"Relati&ve Placements", "--", "History", "Capture"});

    // Map > Capture a Partner shows the dock and puts the focus in its field.
    capture->hide();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QAction *focus = nullptr;
    for (QAction *a : context.menu(MenuId::Map)->actions())
        if (a->text() == QStringLiteral("&Capture a Partner"))
            focus = a;
    REQUIRE(focus);
    focus->trigger();
    CHECK(capture->isVisible());
    CHECK(QApplication::focusWidget() == panel->captureEdit());
    CHECK(files.asked == 0);
}

TEST_CASE("The main window's menus, docks and actions are registered under their ids", "[context]")
{
    SessionFile file;
    Window w(file.path);
    EditorContext &context = w.window.context();
    CHECK(texts(w.window.menuBar()->actions()) == kMenuBar);
    const std::pair<MenuId, const char *> menus[] = {
        {MenuId::File, "fileMenu"},       {MenuId::Edit, "editMenu"},
        {MenuId::View, "viewMenu"},       {MenuId::Map, "mapMenu"},
        {MenuId::Session, "sessionMenu"}, {MenuId::Research, "researchMenu"},
        {MenuId::Help, "helpMenu"}};
    for (const auto &[id, name] : menus)
        CHECK(context.menu(id)->objectName() == QString::fromLatin1(name));
    const std::pair<DockId, const char *> docks[] = {{DockId::History, "undoDock"},
                                                     {DockId::Properties, "propertiesDock"},
                                                     {DockId::Capture, "captureDock"},
                                                     {DockId::Cards, "cardsDock"},
                                                     {DockId::Categories, "categoriesDock"},
                                                     {DockId::Participants, "participantsDock"},
                                                     {DockId::Priorities, "priorityDock"},
                                                     {DockId::Groups, "groupsDock"},
                                                     {DockId::Missing, "missingDock"},
                                                     {DockId::Annotations, "annotationsDock"},
                                                     {DockId::Versions, "versionsDock"},
                                                     {DockId::Measures, "measuresDock"},
                                                     {DockId::Participation, "participationDock"},
                                                     {DockId::Timeline, "timelineDock"}};
    for (const auto &[id, name] : docks) {
        CAPTURE(name);
        CHECK(context.dock(id) == w.window.findChild<QDockWidget *>(QString::fromLatin1(name)));
    }
    CHECK(context.action(ActionId::ExportMap) ==
          w.window.findChild<QAction *>(QStringLiteral("exportMapAction")));
    CHECK(context.action(ActionId::Save) == w.window.actions()->save);
    // Export Data and Export Archive follow Export Map, before the separator above Quit.
    const QStringList file_ = texts(context.menu(MenuId::File)->actions());
    const qsizetype at = file_.indexOf(QStringLiteral("Export &Map\u2026"));
    REQUIRE(at >= 0);
    CHECK(file_.mid(at, 5) == QStringList{"Export &Map\u2026", "Export &Data and Report\u2026",
                                          "Export Ar&chive\u2026", "--", "&Quit"});
}
