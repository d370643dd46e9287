// SPDX-License-Identifier: GPL-3.0-or-later
// First run: the start screen (new session, open, recent files, the example) and
// the new-session wizard, driven with keys as a user without a mouse would.
#include "editorfixture.h"

#include "../../src/editor/session/newsessionwizard.h"
#include "../../src/editor/session/recentfiles.h"
#include "nwk/core/validation.h"
#include "nwk/editor/startscreen.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>

using namespace nwk;
using namespace nwk::test;

namespace {

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    QTest::keyClick(focus, k, modifiers);
}

void type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    QTest::keyClicks(focus, text);
}

QString focusName()
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return QStringLiteral("<no focus>");
    return focus->objectName().isEmpty() ? QString::fromLatin1(focus->metaObject()->className())
                                         : focus->objectName();
}

/// Tab until `target` has the focus (at most 20 presses), as a user would.
void tabTo(QWidget *target)
{
    for (int i = 0; i < 20 && !target->hasFocus(); ++i)
        key(Qt::Key_Tab);
    REQUIRE(target->hasFocus());
}

struct Shown {
    MainWindow window;
    Shown()
    {
        window.resize(1200, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
};

/// Waits until `dialog` is the active window (window-modal dialogs open at once).
void activate(QWidget *dialog)
{
    REQUIRE(dialog->isVisible());
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    QApplication::setActiveWindow(dialog); // the offscreen platform does not move the focus
    REQUIRE(QApplication::focusWidget());
    REQUIRE(QApplication::focusWidget()->window() == dialog);
}

} // namespace

TEST_CASE("The new-session wizard builds the session from the keyboard", "[startscreen][wizard]")
{
    Shown s;
    NewSessionWizard *wizard = StartScreen::startWizard(s.window.context());
    REQUIRE(wizard != nullptr);
    activate(wizard);

    // The school.
    REQUIRE(focusName() == QStringLiteral("wizardSchool"));
    type(QStringLiteral("De Regenboog"));
    key(Qt::Key_Tab);
    type(QStringLiteral("Basisschool 1"));
    key(Qt::Key_Return); // Next
    REQUIRE(wizard->currentId() == NewSessionWizard::ParticipantsPage);

    // Two participants: the page opens on Role, as its instruction says ("type a
    // role, choose its group and press Enter"); Enter in the role field adds; so
    // does Enter in the role-group combo, and the Add button.
    REQUIRE(focusName() == QStringLiteral("wizardRole"));
    CHECK(wizard->findChild<QLineEdit *>(QStringLiteral("wizardCode"))->text() ==
          QStringLiteral("P1"));
    type(QStringLiteral("leerkracht"));
    key(Qt::Key_Return);
    CHECK(wizard->currentId() == NewSessionWizard::ParticipantsPage); // Enter did not go on
    REQUIRE(focusName() == QStringLiteral("wizardRole"));
    type(QStringLiteral("zorgcoordinator")); // QTest types ASCII only
    key(Qt::Key_Tab);
    REQUIRE(focusName() == QStringLiteral("wizardRoleGroup"));
    key(Qt::Key_Down); // management
    key(Qt::Key_Down); // care
    key(Qt::Key_Return);
    CHECK(wizard->currentId() == NewSessionWizard::ParticipantsPage); // Enter did not go on
    auto *list = wizard->findChild<QTreeWidget *>(QStringLiteral("wizardParticipants"));
    REQUIRE(list->topLevelItemCount() == 2);
    REQUIRE(focusName() == QStringLiteral("wizardRole"));
    type(QStringLiteral("directeur"));
    tabTo(wizard->findChild<QPushButton *>(QStringLiteral("wizardAddParticipant")));
    key(Qt::Key_Space);
    REQUIRE(list->topLevelItemCount() == 3);
    tabTo(wizard->button(QWizard::NextButton));
    key(Qt::Key_Space);

    // Language: English.
    REQUIRE(wizard->currentId() == NewSessionWizard::LanguagePage);
    REQUIRE(focusName() == QStringLiteral("wizardLanguage"));
    key(Qt::Key_Down);
    tabTo(wizard->button(QWizard::NextButton));
    key(Qt::Key_Space);

    // Categories: drop "onderzoek" (the sixth) with Space.
    REQUIRE(wizard->currentId() == NewSessionWizard::CategoriesPage);
    REQUIRE(focusName() == QStringLiteral("wizardCategories"));
    for (int i = 0; i < 5; ++i)
        key(Qt::Key_Down);
    key(Qt::Key_Space);
    tabTo(wizard->button(QWizard::FinishButton));
    key(Qt::Key_Space);

    const Session &session = s.window.document()->session();
    CHECK(session.meta.schoolName == QStringLiteral("De Regenboog"));
    CHECK(session.meta.schoolPseudonym == QStringLiteral("Basisschool 1"));
    CHECK(session.meta.date == QDate::currentDate().toString(Qt::ISODate));
    CHECK(session.meta.language == QStringLiteral("en"));
    CHECK(session.deck.language == QStringLiteral("en"));
    REQUIRE(session.participants.size() == 3);
    CHECK(session.participants[0].code == QStringLiteral("P1"));
    CHECK(session.participants[0].role == QStringLiteral("leerkracht"));
    CHECK(session.participants[0].roleGroup == RoleGroup::Teacher);
    CHECK(session.participants[1].code == QStringLiteral("P2"));
    CHECK(session.participants[1].role == QStringLiteral("zorgcoordinator"));
    CHECK(session.participants[1].roleGroup == RoleGroup::Care);
    CHECK(session.participants[2].code == QStringLiteral("P3"));
    CHECK(session.participants[2].role == QStringLiteral("directeur"));
    REQUIRE(session.categories.size() == defaultCategories().size() - 1);
    CHECK(session.category(QStringLiteral("onderzoek")) == nullptr);
    CHECK(session.category(QStringLiteral("zorg")) != nullptr);
    CHECK_FALSE(hasErrors(validate(session)));

    // One undo step, and unsaved work: quitting asks.
    CHECK(s.window.document()->isModified());
    CHECK(s.window.undoStack()->count() == 1);
    s.window.document()->undo();
    CHECK(s.window.document()->session().meta.schoolName.isEmpty());
    CHECK(s.window.document()->session().participants.empty());
    CHECK(s.window.document()->session().categories.size() == defaultCategories().size() - 1);
}

TEST_CASE("The wizard needs at least one category", "[startscreen][wizard]")
{
    NewSessionWizard wizard;
    wizard.show();
    wizard.next();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == NewSessionWizard::CategoriesPage);
    auto *list = wizard.findChild<QListWidget *>(QStringLiteral("wizardCategories"));
    CHECK(wizard.currentPage()->isComplete());
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Unchecked);
    CHECK_FALSE(wizard.currentPage()->isComplete());
}

TEST_CASE("The start screen opens the example, a recent file, or nothing", "[startscreen]")
{
    SessionFile example;
    SessionFile recent(sampleSession(), QStringLiteral("recent.nwk"));
    RecentFiles().add(recent.path);
    Shown s;

    SECTION("Tab to Open the Example, Space: the example, untitled")
    {
        StartScreen *screen = StartScreen::showFor(s.window.context(), example.path);
        activate(screen);
        QPointer<StartScreen> alive(screen);
        tabTo(screen->findChild<QWidget *>(QStringLiteral("startExample")));
        key(Qt::Key_Space);
        CHECK((alive.isNull() || !alive->isVisible()));
        CHECK(s.window.document()->session().partners.size() == 4);
        CHECK(s.window.document()->isUntitled());
        CHECK(s.window.document()->displayName().contains(QStringLiteral("example")));
    }
    SECTION("the recent list: Tab to it, Enter")
    {
        StartScreen *screen = StartScreen::showFor(s.window.context(), example.path);
        activate(screen);
        QPointer<StartScreen> alive(screen);
        REQUIRE(screen->recentList()->count() >= 1);
        CHECK(screen->recentList()->item(0)->data(Qt::UserRole).toString() == recent.path);
        tabTo(screen->recentList());
        key(Qt::Key_Return);
        CHECK((alive.isNull() || !alive->isVisible()));
        CHECK(s.window.document()->fileName() == recent.path);
    }
    SECTION("Esc leaves the empty map")
    {
        StartScreen *screen = StartScreen::showFor(s.window.context(), example.path);
        activate(screen);
        QPointer<StartScreen> alive(screen);
        key(Qt::Key_Escape);
        CHECK((alive.isNull() || !alive->isVisible()));
        CHECK(s.window.document()->session().partners.empty());
        CHECK_FALSE(s.window.document()->isModified());
    }
    SECTION("New Session opens the wizard; Cancel brings the start screen back")
    {
        StartScreen *screen = StartScreen::showFor(s.window.context(), example.path);
        activate(screen);
        REQUIRE(focusName() == QStringLiteral("startNew"));
        key(Qt::Key_Return);
        auto *wizard = s.window.findChild<NewSessionWizard *>();
        REQUIRE(wizard);
        CHECK_FALSE(screen->isVisible());
        activate(wizard);
        key(Qt::Key_Escape);
        CHECK(screen->isVisible());
    }
    RecentFiles().remove(recent.path);
}

TEST_CASE("File menu: New Session Wizard and Open Example", "[startscreen]")
{
    MainWindow window;
    QStringList texts;
    for (QAction *a : window.findChild<QMenu *>(QStringLiteral("fileMenu"))->actions())
        texts.append(a->text().remove(QLatin1Char('&')));
    CHECK(texts.contains(QStringLiteral("New Session Wizard\u2026")));
    CHECK(texts.contains(QStringLiteral("Open Example")));
}

TEST_CASE("Enter in the wizard's role-group combo adds the typed participant",
          "[startscreen][wizard]")
{
    // #21: "type a role, choose its group and press Enter" pressed Next and lost
    // the participant.
    NewSessionWizard wizard;
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    REQUIRE(wizard.currentId() == NewSessionWizard::ParticipantsPage);
    auto *role = wizard.findChild<QLineEdit *>(QStringLiteral("wizardRole"));
    auto *group = wizard.findChild<QComboBox *>(QStringLiteral("wizardRoleGroup"));
    auto *list = wizard.findChild<QTreeWidget *>(QStringLiteral("wizardParticipants"));
    role->setText(QStringLiteral("directeur"));
    group->setFocus();
    QTest::keyClick(group, Qt::Key_Down);
    QTest::keyClick(group, Qt::Key_Return);
    CHECK(wizard.currentId() == NewSessionWizard::ParticipantsPage);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("directeur"));
    CHECK(list->topLevelItem(0)->text(2) == group->currentText());
}
