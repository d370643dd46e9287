// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the focus-group tests: a session with participants and the cards
// panel's widgets, found as the user sees them.
#pragma once

#include "editorfixture.h"
#include "nwk/editor/cards/focusgroup.h"
#include "nwk/editor/cards/presenterwindow.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace nwk::test {

inline Session focusGroupSession()
{
    Session s = sampleSession();
    s.cards.clear(); // start with an untouched deck
    s.participants = {
        makeParticipant("pt1", "P1", QStringLiteral("zorgcoördinator"), RoleGroup::Care),
        makeParticipant("pt2", "P2", QStringLiteral("directeur"), RoleGroup::Management)};
    return s;
}

struct Cards {
    MainWindow &window;
    FocusGroup *group = nullptr;

    explicit Cards(MainWindow &w)
        : window(w)
        , group(w.findChild<FocusGroup *>())
    {
        REQUIRE(group);
        REQUIRE(group->dock()->isVisible());
    }

    template <typename T> T *find(const QString &name) const
    {
        T *w = group->dock()->findChild<T *>(name);
        INFO(name.toStdString());
        REQUIRE(w);
        return w;
    }
    QString theme() const { return find<QLabel>(QStringLiteral("cardTheme"))->text(); }
    QPlainTextEdit *note(const QString &questionId) const
    {
        return find<QPlainTextEdit>(QStringLiteral("note:") + questionId);
    }
    /// Sends a key to the focused widget of the main window (shortcuts included).
    void key(Qt::Key k, Qt::KeyboardModifiers m = {}) const
    {
        QWidget *target = QApplication::focusWidget();
        if (!target || target->window() != &window)
            target = &window;
        QTest::keyClick(target, k, m);
    }
    QStringList presenterTexts() const
    {
        QStringList texts;
        for (QLabel *l : group->presenter()->findChildren<QLabel *>())
            texts.append(l->text());
        return texts;
    }
};

} // namespace nwk::test
