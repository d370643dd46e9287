// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the category and ring editor tests: the "Categories and Rings"
// dock opened through its action, and ways to drive its widgets.
#pragma once

#include "editorfixture.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QToolButton>

namespace nwk::test {

/// A session with more to reassign than sampleSession(): pa2 also counts as
/// "zorg" (extra category) and wants to be closer, the missing partner m1
/// ("Logopedist") belongs to zorg with a ghost at 0.6/140 degrees.
inline Session gridSession()
{
    Session s = sampleSession();
    Partner &pa2 = s.partners[1];
    pa2.extraCategories = {QStringLiteral("zorg")};
    pa2.desiredPlacement = Placement{0.1, 20.0};
    MissingPartner m;
    m.id = QStringLiteral("m1");
    m.label = QStringLiteral("Logopedist");
    m.category = QStringLiteral("zorg");
    m.placement = Placement{0.6, 140.0};
    s.missingPartners = {m};
    return s;
}

/// The main window with the grid dock shown (through Map > Categories and Rings).
struct GridWindow : Window {
    explicit GridWindow(const QString &fileName)
        : Window(fileName)
    {
        action(QStringLiteral("Categories and Rings"))->trigger();
        QDockWidget *d = dock();
        REQUIRE(d->isVisible());
        QApplication::processEvents();
    }

    QDockWidget *dock() const
    {
        auto *d = window.findChild<QDockWidget *>(QStringLiteral("categoriesDock"));
        REQUIRE(d);
        return d;
    }
    template <typename T> T *child(const char *name) const
    {
        auto *w = dock()->findChild<T *>(QString::fromLatin1(name));
        INFO(name);
        REQUIRE(w);
        return w;
    }
    QListWidget *categoryList() const { return child<QListWidget>("categoryList"); }

    /// Clicks the row of the category as a user does.
    void selectCategory(const QString &id) const
    {
        QListWidget *list = categoryList();
        const int row = doc().session().categoryIndex(id);
        REQUIRE(row >= 0);
        list->scrollToItem(list->item(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(row)).center());
        REQUIRE(list->currentRow() == row);
    }

    /// Clicks the tool button that shows `actionName` (addCategory, removeCategory ...).
    void clickButton(const char *actionName) const
    {
        for (QToolButton *b : dock()->findChildren<QToolButton *>()) {
            if (b->defaultAction() &&
                b->defaultAction()->objectName() == QString::fromLatin1(actionName)) {
                REQUIRE(b->isEnabled());
                QTest::mouseClick(b, Qt::LeftButton);
                return;
            }
        }
        FAIL("no button for " << actionName);
    }

    /// Replaces the text of the line edit by typing, then leaves it with Tab.
    void type(const char *editName, const QString &text) const
    {
        QLineEdit *edit = child<QLineEdit>(editName);
        REQUIRE(edit->isEnabled());
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab);
    }

    QByteArray bytes() const { return serializeSession(doc().session()); }

    /// Undoes every step since opening: the session is byte for byte `opened`;
    /// then redoes them all: byte for byte what it was before undoing.
    void checkUndoAllRedoAll(const QByteArray &opened) const
    {
        const QByteArray edited = bytes();
        const int end = stack().index();
        while (stack().canUndo())
            stack().undo();
        CHECK(bytes() == opened);
        while (stack().index() < end)
            stack().redo();
        CHECK(bytes() == edited);
    }

    /// Every placed partner and missing partner lies in its own category's sector.
    void checkPlacementsInOwnSectors() const
    {
        const Session &s = doc().session();
        const MapGeometry g = geometry();
        for (const Partner &p : s.partners) {
            if (!p.placement || p.category.isEmpty())
                continue;
            INFO(p.id.toStdString() << " at " << p.placement->angle);
            CHECK(g.sectorAt(p.placement->angle) == s.categoryIndex(p.category));
        }
        for (const MissingPartner &m : s.missingPartners) {
            if (!m.placement || m.category.isEmpty())
                continue;
            INFO(m.id.toStdString() << " at " << m.placement->angle);
            CHECK(g.sectorAt(m.placement->angle) == s.categoryIndex(m.category));
        }
    }

    /// Saves to the opened file and reads it back; fails on any diagnostic error.
    Session saveAndRead(const SessionFile &file)
    {
        REQUIRE(window.save());
        SessionReadResult r = readSessionFile(file.path);
        for (const Diagnostic &d : r.diagnostics)
            UNSCOPED_INFO(d.toString().toStdString());
        REQUIRE(r.session.has_value());
        CHECK_FALSE(hasErrors(r.diagnostics));
        return *r.session;
    }
};

/// Position of an angle within its sector, 0..1.
inline double withinSector(const MapGeometry &g, double angle)
{
    const int i = g.sectorAt(angle);
    return (angle - g.sectorStart(i)) / g.sectorSpan();
}

} // namespace nwk::test
