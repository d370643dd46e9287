// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the tests of a partner's distance and priority sections (schema 3):
// find a widget of the window by name, focus it as Tab does, select a partner
// with a click, open a closed section of the Properties dock with a click.
#pragma once

#include "editorfixture.h"

#include <QAbstractButton>
#include <QScrollArea>
#include <QToolButton>

namespace nwk::test {

template <typename T> T *widgetOf(const Window &w, const char *name)
{
    auto *found = w.window.findChild<T *>(QString::fromUtf8(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

inline void focusWidget(QWidget *widget)
{
    widget->setFocus(Qt::TabFocusReason);
    REQUIRE(widget->hasFocus());
}

inline void clickPartner(Window &w, const QString &id)
{
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.pixelOfPartner(id));
    REQUIRE(w.scene().selectedPartnerIds() == QStringList{id});
}

/// Scrolls the dock's page to `widget`, as a user does before clicking it.
inline void scrollTo(QWidget *widget)
{
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(p))
            area->ensureWidgetVisible(widget); // moves the page at once: no event loop here,
                                               // where a test's InNextModal would run early
}

/// Clicks the button named `name` where it is on screen (scrolled into view first).
inline void clickButton(const Window &w, const char *name)
{
    auto *button = widgetOf<QAbstractButton>(w, name);
    scrollTo(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

/// After a dialog closed: the main window is active again (the offscreen platform does
/// not give it back by itself), so that fields take the focus.
inline void backToWindow(Window &w)
{
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
}

/// Clicks the header of a closed section so that its fields show.
inline void openSection(const Window &w, const char *name)
{
    auto *header = widgetOf<QToolButton>(w, name);
    REQUIRE_FALSE(header->isChecked());
    scrollTo(header);
    QTest::mouseClick(header, Qt::LeftButton);
    REQUIRE(header->isChecked());
    QApplication::processEvents(); // the opened section is laid out
}

/// Replaces a field's text as a user does and confirms with Return.
inline void typeAndEnter(QWidget *w, const QString &text)
{
    focusWidget(w);
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(w, text);
    QTest::keyClick(w, Qt::Key_Return);
}

/// Two participants: P1 (a teacher) and P2 (care).
inline Session withTwoParticipants(Session s = sampleSession())
{
    Participant p1;
    p1.id = QStringLiteral("pt1");
    p1.code = QStringLiteral("P1");
    p1.role = QStringLiteral("leerkracht");
    p1.roleGroup = RoleGroup::Teacher;
    Participant p2;
    p2.id = QStringLiteral("pt2");
    p2.code = QStringLiteral("P2");
    p2.role = QStringLiteral("zorgco\u00f6rdinator");
    p2.roleGroup = RoleGroup::Care;
    s.participants = {p1, p2};
    return s;
}

} // namespace nwk::test
