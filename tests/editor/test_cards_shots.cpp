// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden: screenshots of the cards panel and the presenter for a visual check
// (run `test_editor "[.shots]"`; files go to $NWK_SHOTS_DIR or /tmp).
#include "cardsfixture.h"
#include "examplesession.h"

using namespace nwk;
using namespace nwk::test;

TEST_CASE("Screenshots of the cards panel and the presenter", "[.shots]")
{
    const QString dir = qEnvironmentVariable("NWK_SHOTS_DIR", QStringLiteral("/tmp"));
    Session s = testdata::exampleSession();
    s.cards.clear();
    SessionFile file(s);
    Window w(file.path);
    w.window.resize(1500, 950);
    Cards c(w.window);
    c.group->startRecording->trigger();
    for (int i = 0; i < 7; ++i)
        c.group->nextCard->trigger();
    c.group->nextQuestion->trigger();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Overleg op woensdagmiddag"));
    c.group->addQuote->trigger();
    QTest::keyClicks(QApplication::focusWidget(),
                     QStringLiteral("We hebben gewoon te weinig tijd"));
    auto *speaker = c.find<QComboBox>(QStringLiteral("quoteParticipant"));
    speaker->setCurrentIndex(2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    c.find<QAbstractButton>(QStringLiteral("explanationToggle"))->click();
    QTest::qWait(50);
    CHECK(w.window.grab().save(dir + QStringLiteral("/nwk-cards-window.png")));
    CHECK(c.group->dock()->grab().save(dir + QStringLiteral("/nwk-cards-panel.png")));

    PresenterWindow *p = c.group->presenter();
    p->resize(1280, 720);
    c.group->togglePresenter->trigger();
    p->resize(1280, 720);
    QTest::qWait(50);
    CHECK(p->grab().save(dir + QStringLiteral("/nwk-presenter-card.png")));
    p->setMode(PresenterWindow::Mode::CardAndMap);
    QTest::qWait(50);
    CHECK(p->grab().save(dir + QStringLiteral("/nwk-presenter-both.png")));
    c.group->nextCard->trigger();
    p->setMode(PresenterWindow::Mode::Card);
    QTest::qWait(50);
    CHECK(p->grab().save(dir + QStringLiteral("/nwk-presenter-leren.png")));
}
