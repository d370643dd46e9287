// SPDX-License-Identifier: GPL-3.0-or-later
// The Priority section of a partner's properties (schema 3, issue #20): votes whose
// voters are not named, a quantifier as said, votes per role group, who set the
// priority and changed choices; each edit one undo step and in the saved file.
#include "dialoginput.h"
#include "partnerstatements.h"

#include "nwk/core/validation.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

using namespace nwk;
using namespace nwk::test;

namespace {
const QString kPa1 = QStringLiteral("pa1");
} // namespace

TEST_CASE("Priority section: vote count, quantifier, votes per role group, source",
          "[properties][statements]")
{
    SessionFile file(withTwoParticipants());
    Window w(file.path);
    clickPartner(w, kPa1);
    openSection(w, "partnerPrioritySection");
    const int steps = w.stack().count();

    auto *count = widgetOf<QSpinBox>(w, "partnerVoteCountSpin");
    CHECK(count->text() == QStringLiteral("none"));
    typeAndEnter(count, QStringLiteral("2"));
    auto *text = widgetOf<QLineEdit>(w, "partnerVoteTextEdit");
    focusWidget(text);
    QTest::keyClicks(text, QStringLiteral("twee leraren"));
    CHECK(w.stack().count() == steps + 2);

    auto *teachers = widgetOf<QSpinBox>(w, "partnerRoleVotesTeacherSpin");
    auto *care = widgetOf<QSpinBox>(w, "partnerRoleVotesCareSpin");
    typeAndEnter(care, QStringLiteral("1"));
    typeAndEnter(teachers, QStringLiteral("2"));
    REQUIRE(w.partner(kPa1).roleVotes.size() == 2);
    CHECK(w.partner(kPa1).roleVotes[0].roleGroup == RoleGroup::Teacher); // in role order
    CHECK(w.partner(kPa1).roleVotes[0].count == 2);
    CHECK(w.partner(kPa1).roleVotes[1].roleGroup == RoleGroup::Care);
    CHECK(w.stack().count() == steps + 4);
    // Back to none: the entry goes (no zero counts in the file).
    focusWidget(care);
    focusWidget(teachers);
    QTest::keyClick(teachers, Qt::Key_Down);
    QTest::keyClick(teachers, Qt::Key_Down);
    REQUIRE(w.partner(kPa1).roleVotes.size() == 1);
    CHECK(w.partner(kPa1).roleVotes[0].roleGroup == RoleGroup::Care);
    CHECK(teachers->text() == QStringLiteral("none"));
    CHECK(w.stack().count() == steps + 5); // one burst in one field

    chooseIndex(widgetOf<QComboBox>(w, "partnerPrioritySourceCombo"), 1);
    CHECK(w.partner(kPa1).prioritySource == PrioritySource::Researchers);
    CHECK(w.stack().count() == steps + 6);

    REQUIRE(w.window.save());
    const QByteArray bytes = file.bytes();
    CHECK(bytes.contains("\"prioritySource\": \"researchers\""));
    CHECK_FALSE(bytes.contains("\"count\": 0")); // no entry for a group without votes
    const Partner saved = *file.read().partner(kPa1);
    CHECK(saved.voteCount == 2);
    CHECK(saved.voteText == QStringLiteral("twee leraren"));
    REQUIRE(saved.roleVotes.size() == 1);
    CHECK(saved.roleVotes[0].roleGroup == RoleGroup::Care);
    CHECK(saved.roleVotes[0].count == 1);

    w.stack().undo();
    w.stack().undo();
    REQUIRE(w.partner(kPa1).roleVotes.size() == 2);
    CHECK(teachers->value() == 2);
}

TEST_CASE("Priority section: changed choices added and removed", "[properties][statements]")
{
    SessionFile file(withTwoParticipants());
    Window w(file.path);
    clickPartner(w, kPa1);
    openSection(w, "partnerPrioritySection");
    const int steps = w.stack().count();

    auto *who = widgetOf<QComboBox>(w, "partnerChoiceParticipantCombo");
    CHECK(who->currentData().toString() == QStringLiteral("pt1"));    // the first participant
    chooseIndex(who, 1);                                              // P2
    chooseIndex(widgetOf<QComboBox>(w, "partnerChoiceKindCombo"), 1); // supplemented
    auto *other = widgetOf<QComboBox>(w, "partnerChoiceOtherCombo");
    REQUIRE(other->findText(QStringLiteral("CLB")) < 0); // not itself
    chooseIndex(other, other->findText(QStringLiteral("Ouders")));
    auto *note = widgetOf<QLineEdit>(w, "partnerChoiceNoteEdit");
    focusWidget(note);
    QTest::keyClicks(note, QStringLiteral("eerst alleen het CLB"));
    CHECK(w.stack().count() == steps); // choosing is not an edit yet
    clickButton(w, "partnerAddChoiceButton");

    REQUIRE(w.partner(kPa1).choiceChanges.size() == 1);
    const ChoiceChange c = w.partner(kPa1).choiceChanges[0];
    CHECK(c.participantId == QStringLiteral("pt2"));
    CHECK(c.change == ChoiceChangeKind::Supplemented);
    CHECK(c.otherPartnerId == QStringLiteral("pa3"));
    CHECK(c.note == QStringLiteral("eerst alleen het CLB"));
    CHECK(w.stack().count() == steps + 1);
    auto *list = widgetOf<QListWidget>(w, "partnerChoiceChangesList");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("supplemented with \u201cOuders\u201d")));

    REQUIRE(w.window.save());
    const Partner saved = *file.read().partner(kPa1);
    REQUIRE(saved.choiceChanges.size() == 1);
    CHECK(saved.choiceChanges[0].otherPartnerId == QStringLiteral("pa3"));
    CHECK(file.bytes().contains("\"change\": \"supplemented\""));

    clickButton(w, "partnerRemoveChoiceButton");
    CHECK(w.partner(kPa1).choiceChanges.empty());
    CHECK(w.stack().count() == steps + 2);
    w.stack().undo();
    CHECK(w.partner(kPa1).choiceChanges.size() == 1);
    CHECK(validate(w.doc().session()).empty());
}
