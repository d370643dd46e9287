// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol tab: steps checked with their time, closing answers typed as one
// undo step each, metaphors with who gave them.
#include "cardsfixture.h"

#include <QCheckBox>

using namespace nwk;
using namespace nwk::test;

TEST_CASE("Protocol steps, closing answers and metaphors", "[cards]")
{
    SessionFile file(focusGroupSession());
    Window w(file.path);
    Cards c(w.window);
    c.group->startRecording->trigger();

    auto *step2 = c.find<QCheckBox>(QStringLiteral("step:stap2"));
    step2->click();
    REQUIRE(w.doc().session().protocol.size() == 1);
    CHECK(w.doc().session().protocol[0].stepId == QStringLiteral("stap2"));
    CHECK(w.doc().session().protocol[0].done);
    CHECK(w.doc().session().protocol[0].atMs >= 0);

    auto *answer = c.find<QPlainTextEdit>(QStringLiteral("closing:afronding3"));
    answer->setFocus();
    const int steps = w.stack().index();
    QTest::keyClicks(answer, QStringLiteral("Een boom met wortels"));
    CHECK(w.stack().index() == steps + 1);
    REQUIRE(w.doc().session().closingAnswers.size() == 1);
    CHECK(w.doc().session().closingAnswers[0].text == QStringLiteral("Een boom met wortels"));

    auto *metaphor = c.find<QLineEdit>(QStringLiteral("metaphorEdit"));
    auto *who = c.find<QComboBox>(QStringLiteral("metaphorParticipant"));
    who->setCurrentIndex(who->findData(QStringLiteral("pt2")));
    QTest::keyClicks(metaphor, QStringLiteral("Een spinnenweb"));
    QTest::keyClick(metaphor, Qt::Key_Return);
    REQUIRE(w.doc().session().metaphors.size() == 1);
    CHECK(w.doc().session().metaphors[0].participantId == QStringLiteral("pt2"));
    CHECK(w.doc().session().metaphors[0].atMs >= 0);
    auto *list = c.find<QListWidget>(QStringLiteral("metaphorList"));
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("(directeur)")));

    w.stack().undo(); // metaphor
    w.stack().undo(); // answer
    CHECK(answer->toPlainText().isEmpty());
    CHECK(list->count() == 0);
}
