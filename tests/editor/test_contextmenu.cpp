// SPDX-License-Identifier: GPL-3.0-or-later
// The map's context menu: opened by a right click (a context-menu event on the
// viewport) or from the keyboard; its entries edit the model in one step each.
#include "editorfixture.h"

#include "nwk/editor/mapcontextmenu.h"

#include <QContextMenuEvent>
#include <QMenu>

#include <memory>

using namespace nwk;
using namespace nwk::test;

namespace {

const QString kPa1 = QStringLiteral("pa1");

Session withParticipants()
{
    Session s = sampleSession();
    for (const char *code : {"P1", "P2"}) {
        Participant p;
        p.code = QString::fromUtf8(code);
        p.id = QStringLiteral("pt") + p.code.mid(1);
        s.participants.push_back(p);
    }
    return s;
}

MapContextMenu *contextMenu(const Window &w)
{
    auto *menu = w.window.findChild<MapContextMenu *>(QStringLiteral("mapContextMenu"));
    REQUIRE(menu);
    return menu;
}

/// The entry of submenu `submenu` whose text (without '&') is `text`.
QAction *entry(QMenu *menu, const char *submenu, const QString &text)
{
    auto *sub = menu->findChild<QMenu *>(QString::fromUtf8(submenu));
    INFO(submenu);
    REQUIRE(sub);
    for (QAction *a : sub->actions())
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    FAIL("no entry " << text.toStdString() << " in " << submenu);
    return nullptr;
}

/// A right click: the context-menu event the window system sends to the viewport.
void rightClick(const Window &w, QPoint pos)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, w.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(w.viewport(), &event);
}

} // namespace

TEST_CASE("Context menu: Category moves the partner into that sector", "[contextmenu]")
{
    SessionFile file;
    Window w(file.path);
    rightClick(w, w.pixelOfPartner(kPa1));
    QMenu *menu = contextMenu(w)->currentMenu();
    REQUIRE(menu);
    CHECK(menu->isVisible());
    CHECK(menu->objectName() == QStringLiteral("partnerContextMenu"));
    CHECK(w.scene().selectedPartnerIds() == QStringList{kPa1});
    const int steps = w.stack().count();

    entry(menu, "categoryMenu", QStringLiteral("Werk en stage buiten de school"))->trigger();
    menu->close();
    CHECK(w.stack().count() == steps + 1);

    REQUIRE(w.window.save());
    const Partner saved = *file.read().partner(kPa1);
    CHECK(saved.category == QStringLiteral("werk"));
    REQUIRE(saved.placement);
    const MapGeometry g = w.geometry();
    CHECK(g.sectorAt(saved.placement->angle) ==
          w.doc().session().categoryIndex(QStringLiteral("werk")));
    CHECK(saved.placement->distance == Approx(0.5)); // distance kept
    CHECK(saved.placement->angle == Approx(180.0));  // the middle of sector 3 of 7: 3.5 * 360 / 7

    w.stack().undo();
    CHECK(w.partner(kPa1).category == QStringLiteral("zorg"));
    CHECK(w.partner(kPa1).placement == Placement{0.5, 128.0});
}

TEST_CASE("Context menu: Category in free placement only sets the category", "[contextmenu]")
{
    Session s = sampleSession();
    s.freePlacement = true;
    SessionFile file(s);
    Window w(file.path);
    std::unique_ptr<QMenu> menu(contextMenu(w)->buildPartnerMenu(kPa1));
    REQUIRE(menu);
    entry(menu.get(), "categoryMenu", QStringLiteral("Werk en stage buiten de school"))->trigger();
    CHECK(w.partner(kPa1).category == QStringLiteral("werk"));
    CHECK(w.partner(kPa1).placement == Placement{0.5, 128.0});
}

TEST_CASE("Context menu: Ring dichtbij moves the partner in", "[contextmenu]")
{
    SessionFile file;
    Window w(file.path);
    std::unique_ptr<QMenu> menu(contextMenu(w)->buildPartnerMenu(kPa1));
    REQUIRE(menu);
    CHECK(entry(menu.get(), "ringMenu", QStringLiteral("tussenin"))->isChecked());
    entry(menu.get(), "ringMenu", QStringLiteral("dichtbij"))->trigger();

    REQUIRE(w.window.save());
    const Partner saved = *file.read().partner(kPa1);
    REQUIRE(saved.placement);
    CHECK(saved.placement->distance < 1.0 / 3.0);
    CHECK(saved.placement->angle == Approx(128.0));
    CHECK(saved.category == QStringLiteral("zorg"));
}

TEST_CASE("Context menu: Matters to toggles a participant's mark", "[contextmenu]")
{
    SessionFile file(withParticipants());
    Window w(file.path);
    const QString p2 = QStringLiteral("pt2");
    {
        std::unique_ptr<QMenu> menu(contextMenu(w)->buildPartnerMenu(kPa1));
        QAction *mark = entry(menu.get(), "marksMenu", QStringLiteral("P2"));
        CHECK_FALSE(mark->isChecked());
        mark->trigger();
    }
    REQUIRE(w.window.save());
    CHECK(file.read().partner(kPa1)->marks == QStringList{p2});
    {
        std::unique_ptr<QMenu> menu(contextMenu(w)->buildPartnerMenu(kPa1));
        QAction *mark = entry(menu.get(), "marksMenu", QStringLiteral("P2"));
        CHECK(mark->isChecked());
        mark->trigger();
    }
    REQUIRE(w.window.save());
    CHECK(file.read().partner(kPa1)->marks.isEmpty());
}

TEST_CASE("Context menu from the keyboard: Shift+F10 and the Menu key", "[contextmenu]")
{
    SessionFile file;
    Window w(file.path);
    MapContextMenu *cm = contextMenu(w);
    QTest::keyClick(&w.view(), Qt::Key_F10, Qt::ShiftModifier);
    CHECK(cm->currentMenu() == nullptr); // nothing selected: no menu

    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(kPa1));
    QTest::keyClick(&w.view(), Qt::Key_F10, Qt::ShiftModifier);
    REQUIRE(cm->currentMenu());
    CHECK(cm->currentMenu()->isVisible());
    QAction *disputed = cm->currentMenu()->findChild<QAction *>(QStringLiteral("disputedAction"));
    REQUIRE(disputed);
    disputed->trigger();
    cm->currentMenu()->close();
    CHECK(w.partner(kPa1).disputed);

    QTest::keyClick(&w.view(), Qt::Key_Menu);
    REQUIRE(cm->currentMenu());
    QAction *remove = cm->currentMenu()->findChild<QAction *>(QStringLiteral("deleteAction"));
    REQUIRE(remove);
    remove->trigger();
    CHECK(w.doc().session().partner(kPa1) == nullptr);
    w.stack().undo();
    CHECK(w.doc().session().partner(kPa1) != nullptr);
}

TEST_CASE("Context menu on a link: kind, direction, valence", "[contextmenu]")
{
    SessionFile file;
    Window w(file.path);
    const QPointF mid = (w.scene().partnerPosition(QStringLiteral("pa2")) +
                         w.scene().partnerPosition(QStringLiteral("pa3"))) /
                        2;
    rightClick(w, w.view().mapFromScene(mid));
    QMenu *menu = contextMenu(w)->currentMenu();
    REQUIRE(menu);
    CHECK(menu->objectName() == QStringLiteral("linkContextMenu"));
    CHECK(w.scene().selectedLinkIds() == QStringList{QStringLiteral("l3")});
    entry(menu, "linkKindMenu", QStringLiteral("Funds"))->trigger();
    entry(menu, "linkDirectionMenu", QStringLiteral("Both ways"))->trigger();
    entry(menu, "linkValenceMenu", QStringLiteral("Negative"))->trigger();
    menu->close();

    REQUIRE(w.window.save());
    const Link saved = *file.read().link(QStringLiteral("l3"));
    CHECK(saved.kind == LinkKind::Funds);
    CHECK(saved.direction == LinkDirection::BothWays);
    CHECK(saved.valence == Valence::Negative);
}
