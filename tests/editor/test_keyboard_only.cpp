// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard only (issue #9, docs/accessibility.md): a map is built, placed in
// sectors and rings, linked and marked with key presses alone, each sent to the
// widget that has the focus, as a keyboard would. An event filter on the
// application fails the test if a single mouse press reaches any widget.
#include "marksfixture.h"

#include "nwk/editor/mapscene.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>

using namespace nwk;
using namespace nwk::test;

namespace {

/// Counts mouse presses, releases and double clicks anywhere in the application.
struct MouseSpy : QObject {
    int mouseEvents = 0;
    MouseSpy() { qApp->installEventFilter(this); }
    ~MouseSpy() override { qApp->removeEventFilter(this); }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::GraphicsSceneMousePress:
        case QEvent::GraphicsSceneMouseRelease:
            ++mouseEvents;
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }
};

/// Where the keyboard's keys go: the open popup menu, else the focus widget.
QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    return focus;
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(keyTarget(), k, modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(keyTarget(), text);
}

/// The one partner with this label.
QString idOf(const Window &w, const QString &label)
{
    for (const Partner &p : w.doc().session().partners)
        if (p.label == label)
            return p.id;
    FAIL("no partner " << label.toStdString());
    return {};
}

/// Tab on the map until `id` is the selected partner (at most once around).
void tabTo(const Window &w, const QString &id)
{
    const int n = static_cast<int>(w.scene().partnerOrder().size());
    for (int i = 0; i <= n && w.scene().selectedPartnerIds() != QStringList{id}; ++i)
        key(Qt::Key_Tab);
    REQUIRE(w.scene().selectedPartnerIds() == QStringList{id});
}

/// A session with two participants and no partners yet.
Session emptyMapWithParticipants()
{
    Session s = sessionWithParticipants();
    s.partners.clear();
    s.links.clear();
    s.groups.clear();
    s.cards.clear();
    s.annotations.clear();
    return s;
}

} // namespace

TEST_CASE("A map is built, placed, linked and marked with the keyboard alone", "[keyboard]")
{
    SessionFile file(emptyMapWithParticipants());
    Window w(file.path);
    MouseSpy spy;
    const MapGeometry g = w.geometry();

    // Capture three partners into the unplaced tray: Ctrl+L, type, Enter.
    key(Qt::Key_L, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget()->objectName() == QStringLiteral("captureEdit"));
    for (const char *label : {"CLB", "Hogeschool", "Ouders"}) {
        type(QString::fromUtf8(label));
        key(Qt::Key_Return);
    }
    REQUIRE(w.doc().session().partners.size() == 3);
    for (const Partner &p : w.doc().session().partners)
        CHECK_FALSE(p.placement.has_value());

    // Choose where they go: Shift+Tab to the ring (dichtbij), again to the sector (zorg).
    key(Qt::Key_Backtab, Qt::ShiftModifier);
    REQUIRE(QApplication::focusWidget()->objectName() == QStringLiteral("captureRingCombo"));
    key(Qt::Key_Up); // from the middle ring to the innermost
    key(Qt::Key_Backtab, Qt::ShiftModifier);
    REQUIRE(QApplication::focusWidget()->objectName() == QStringLiteral("capturePlaceCombo"));
    for (int i = 0; i < 3; ++i)
        key(Qt::Key_Down); // tray, professionalisering, aanbod, zorg
    CHECK(static_cast<QComboBox *>(QApplication::focusWidget())->currentData() ==
          QStringLiteral("zorg"));

    // Tab to the tray, choose CLB, Enter places it; the focus goes to the map.
    for (int i = 0; i < 3; ++i)
        key(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget()->objectName() == QStringLiteral("trayList"));
    type(QStringLiteral("CLB")); // type-ahead chooses it in the list
    key(Qt::Key_Return);
    const QString clb = idOf(w, QStringLiteral("CLB"));
    REQUIRE(w.partner(clb).placement.has_value());
    CHECK(w.partner(clb).category == QStringLiteral("zorg"));
    CHECK(g.ringAt(w.partner(clb).placement->distance) == 0);
    CHECK(g.sectorAt(w.partner(clb).placement->angle) == 2); // zorg: the third sector
    CHECK(w.view().hasFocus());

    // The other two into "aanbod", far ring: back to the capture field, Shift+Tab.
    key(Qt::Key_L, Qt::ControlModifier);
    key(Qt::Key_Backtab, Qt::ShiftModifier);
    key(Qt::Key_Down); // ring: veraf
    key(Qt::Key_Down);
    key(Qt::Key_Backtab, Qt::ShiftModifier);
    key(Qt::Key_Up); // sector: aanbod
    for (int i = 0; i < 3; ++i)
        key(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget()->objectName() == QStringLiteral("trayList"));
    key(Qt::Key_Home);
    key(Qt::Key_End, Qt::ShiftModifier);
    key(Qt::Key_Return);
    const QString school = idOf(w, QStringLiteral("Hogeschool"));
    const QString parents = idOf(w, QStringLiteral("Ouders"));
    for (const QString &id : {school, parents}) {
        REQUIRE(w.partner(id).placement.has_value());
        CHECK(w.partner(id).category == QStringLiteral("aanbod"));
        CHECK(g.ringAt(w.partner(id).placement->distance) == 2);
    }
    REQUIRE(w.view().hasFocus());

    // The partner's menu (Menu key) moves Ouders to the ring "tussenin".
    tabTo(w, parents);
    key(Qt::Key_Menu);
    REQUIRE(QApplication::activePopupWidget() != nullptr);
    key(Qt::Key_R); // &Ring
    auto *rings = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    REQUIRE(rings);
    REQUIRE(rings->objectName() == QStringLiteral("ringMenu"));
    for (int i = 0; i < 4 && !(rings->activeAction() &&
                               rings->activeAction()->text() == QStringLiteral("tussenin"));
         ++i)
        key(Qt::Key_Down);
    REQUIRE(rings->activeAction());
    REQUIRE(rings->activeAction()->text() == QStringLiteral("tussenin"));
    key(Qt::Key_Return);
    CHECK(g.ringAt(w.partner(parents).placement->distance) == 1);
    CHECK(QApplication::activePopupWidget() == nullptr);

    // Link CLB to Hogeschool: select CLB, Ctrl+K, Tab to Hogeschool, Enter.
    const int linksBefore = static_cast<int>(w.doc().session().links.size());
    tabTo(w, clb);
    key(Qt::Key_K, Qt::ControlModifier);
    CHECK(w.scene().isLinkingByKeyboard());
    tabTo(w, school);
    key(Qt::Key_Return);
    CHECK_FALSE(w.scene().isLinkingByKeyboard());
    const auto &links = w.doc().session().links;
    REQUIRE(static_cast<int>(links.size()) == linksBefore + 1);
    CHECK(links.back().from == clb);
    CHECK(links.back().to == school);

    // Ctrl+K then Esc links nothing.
    key(Qt::Key_K, Qt::ControlModifier);
    CHECK(w.scene().isLinkingByKeyboard());
    key(Qt::Key_Escape);
    CHECK_FALSE(w.scene().isLinkingByKeyboard());
    CHECK(static_cast<int>(w.doc().session().links.size()) == linksBefore + 1);

    // Mark Hogeschool for participant 2: Alt+2.
    REQUIRE(w.scene().selectedPartnerIds() == QStringList{school});
    key(Qt::Key_2, Qt::AltModifier);
    CHECK(w.partner(school).marks == QStringList{QStringLiteral("p2")});

    // Saved by keys too, and read back from the file.
    key(Qt::Key_S, Qt::ControlModifier);
    const Session saved = file.read();
    REQUIRE(saved.partners.size() == 3);
    CHECK(saved.partner(school)->marks == QStringList{QStringLiteral("p2")});
    CHECK(saved.links.size() == 1);
    CHECK(saved.partner(clb)->category == QStringLiteral("zorg"));

    CHECK(spy.mouseEvents == 0);
}
