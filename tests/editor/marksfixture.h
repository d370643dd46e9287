// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the participants / marks / missing / groups tests: a session with
// participants and the docks' widgets, found by object name as a user finds them
// by sight.
#pragma once

#include "editorfixture.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

namespace nwk::test {

/// sampleSession() with participants p1 "P1" (teacher) and p2 "P2" (care).
inline Session sessionWithParticipants()
{
    Session s = sampleSession();
    s.participants = {
        makeParticipant("p1", "P1", QStringLiteral("leerkracht"), RoleGroup::Teacher),
        makeParticipant("p2", "P2", QStringLiteral("zorgco\u00f6rdinator"), RoleGroup::Care)};
    return s;
}

struct DockWindow : Window {
    using Window::Window;

    template <typename T> T *child(const char *dock, const char *name) const
    {
        auto *d = window.findChild<QDockWidget *>(QString::fromLatin1(dock));
        REQUIRE(d);
        d->show();
        d->raise();
        T *w = d->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }

    /// Clicks partners on the map (Ctrl for every one after the first).
    void clickPartners(const QStringList &ids) const
    {
        for (int i = 0; i < ids.size(); ++i)
            QTest::mouseClick(viewport(), Qt::LeftButton, i ? Qt::ControlModifier : Qt::NoModifier,
                              pixelOfPartner(ids[i]));
        REQUIRE(scene().selectedPartnerIds().size() == ids.size());
    }

    /// Opens the editor of a table cell as a user does: a double-click. (F2 is
    /// taken by the map's window-wide Rename action.)
    static QWidget *openEditor(QTableView *table, int row, int column)
    {
        const QModelIndex index = table->model()->index(row, column);
        REQUIRE(index.isValid());
        const QPoint at = table->visualRect(index).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        REQUIRE(table->currentIndex() == index);
        return editorOf(table);
    }

    /// Return in a cell editor: the delegate commits on the next event-loop turn.
    static void enter(QWidget *editor)
    {
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
    }

    /// The open cell editor of a table.
    static QWidget *editorOf(QAbstractItemView *view)
    {
        QWidget *editor = view->indexWidget(view->currentIndex());
        if (!editor)
            editor = QApplication::focusWidget();
        REQUIRE(editor);
        REQUIRE(editor != view);
        REQUIRE(view->isAncestorOf(editor));
        return editor;
    }

    /// Saves and reads back, requiring a valid file (no error diagnostics).
    Session saveAndRead(const SessionFile &file)
    {
        REQUIRE(window.save());
        SessionReadResult r = readSessionFile(file.path);
        for (const Diagnostic &d : r.diagnostics)
            UNSCOPED_INFO(d.toString().toStdString());
        REQUIRE(!hasErrors(r.diagnostics));
        REQUIRE(r.session.has_value());
        return *r.session;
    }
};

} // namespace nwk::test
