// SPDX-License-Identifier: GPL-3.0-or-later
// A whole focus group rehearsed as docs/focus-group.md tells the facilitator to run it, on a
// laptop-size window (1366x768 and 1280x720), in English and in Dutch: the new-session wizard,
// consent and the recording, the post-it round by every participant, thirty partners placed in
// their sectors and rings, links, marks by every participant, missing partners, all eleven cards
// with a note and a quote each, memos of every kind, metaphors, the closing questions, save
// and reopen. The saved file must hold exactly what was entered.
#include "rehearsalscript.h"

#include "nwk/core/validation.h"
#include "nwk/editor/language.h"

using namespace nwk;
using namespace nwk::test;
using namespace nwk::test::rehearsal;

namespace {

/// The file holds exactly what the rehearsal entered.
void checkSaved(const Session &s, const std::vector<Named> &named, const Deck &deck,
                const std::map<QString, QString> &idOfCode)
{
    CHECK(s.meta.schoolName == QStringLiteral("De Linde"));
    REQUIRE(s.participants.size() == kPeople.size());
    for (std::size_t i = 0; i < kPeople.size(); ++i) {
        CHECK(s.participants[i].code == codeOf(static_cast<int>(i)));
        CHECK(s.participants[i].role == kPeople[i].role);
        CHECK(s.participants[i].roleGroup == kPeople[i].group);
    }
    auto id = [&](int participant) { return idOfCode.at(codeOf(participant)); };
    const MapGeometry g = MapGeometry::forSession(s);
    REQUIRE(s.partners.size() == named.size());
    std::map<QString, const Partner *> byLabel;
    for (const Partner &p : s.partners)
        byLabel[p.label] = &p;
    for (std::size_t i = 0; i < named.size(); ++i) {
        INFO(named[i].label.toStdString());
        const Partner *p = byLabel[named[i].label];
        REQUIRE(p);
        CHECK(p->namedBy == QStringList{id(named[i].by)});
        CHECK(p->category == named[i].category);
        REQUIRE(p->placement);
        CHECK(g.ringAt(p->placement->distance) == named[i].ring);
        CHECK(p->addedMs >= 0);
        QStringList marks;
        for (const auto &[participant, partners] : kMarks)
            if (std::find(partners.begin(), partners.end(), int(i)) != partners.end())
                marks.append(id(participant));
        CHECK(p->marks == marks);
    }
    REQUIRE(s.links.size() == kLinks.size());
    for (std::size_t i = 0; i < kLinks.size(); ++i) {
        CHECK(s.links[i].from == byLabel[named[kLinks[i].first].label]->id);
        CHECK(s.links[i].to == byLabel[named[kLinks[i].second].label]->id);
    }
    REQUIRE(s.missingPartners.size() == 3);
    CHECK(s.missingPartners[1].label == QStringLiteral("Welzijnsschakel"));
    CHECK(s.missingPartners[1].status == MissingStatus::HopedFor);
    CHECK(s.missingPartners[2].mentionedBy == id(2));
    REQUIRE(s.cards.size() == deck.cards.size());
    for (std::size_t i = 0; i < deck.cards.size(); ++i) {
        INFO("card " << i + 1);
        const CardProgress &c = s.cards[i];
        CHECK(c.cardId == deck.cards[i].id);
        REQUIRE(c.notes.size() == 1);
        CHECK(c.notes[0].text == noteFor(int(i)));
        REQUIRE(c.quotes.size() == 1);
        CHECK(c.quotes[0].text == quoteFor(int(i)));
        CHECK(c.quotes[0].participantId == id(int(i) % 4));
    }
    REQUIRE(s.memos.size() == 4);
    for (int k = 0; k < 4; ++k) {
        CHECK(s.memos[k].kind == static_cast<MemoKind>(k));
        CHECK(s.memos[k].text == kMemos[k]);
    }
    REQUIRE(s.metaphors.size() == 2);
    CHECK(s.metaphors[1].participantId == id(1));
    REQUIRE(s.closingAnswers.size() == 3);
    CHECK(s.closingAnswers[2].text == QStringLiteral("Answer 3"));
    REQUIRE(s.protocol.size() == 1);
    CHECK(s.protocol[0].stepId == QStringLiteral("stap2"));
    CHECK_FALSE(hasErrors(validate(s)));
}

void rehearse(const QString &language, QSize size)
{
    if (language != QLatin1String("en"))
        REQUIRE(installTranslators(language));
    struct English {
        ~English() { removeTranslators(); }
    } english;
    QTemporaryDir dir;
    const std::vector<Named> named = postIts();
    Deck deck;
    std::map<QString, QString> ids;
    {
        MainWindow window;
        window.resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.size() == size);
        Rehearsal r{{window, {}}, dir.filePath(QStringLiteral("de-linde.nwk")), {}};
        r.wizard(language);
        r.saveAs();
        deck = r.cards()->deck();
        r.consentAndRecording();
        r.postItRound(named);
        r.placeAll(named);
        for (const auto &[from, to] : kLinks)
            r.drawLink(r.idOf(named[from].label), r.idOf(named[to].label));
        r.marks(named);
        r.missing();
        r.allCards(static_cast<int>(deck.cards.size()));
        r.memos(r.idOf(named[0].label));
        r.protocolEnd();
        r.focusMap();
        r.key(Qt::Key_S, Qt::ControlModifier);
        CHECK_FALSE(window.document()->isModified());
        r.noWarnings();
        ids = r.idOfCode;
    }
    SessionReadResult read = readSessionFile(dir.filePath(QStringLiteral("de-linde.nwk")));
    REQUIRE(read.session);
    checkSaved(*read.session, named, deck, ids);

    // Reopened, the session is all there and continues at the card in progress.
    MainWindow again;
    again.resize(size);
    REQUIRE(again.openFile(dir.filePath(QStringLiteral("de-linde.nwk"))));
    CHECK(again.document()->session() == *read.session);
    auto *group = again.findChild<FocusGroup *>();
    REQUIRE(group);
    CHECK(group->currentCardIndex() == static_cast<int>(deck.cards.size()) - 1);
}

} // namespace

TEST_CASE("Rehearsal: a whole focus group at 1366x768 in English reaches the file as entered",
          "[rehearsal]")
{
    rehearse(QStringLiteral("en"), QSize(1366, 768));
}

TEST_CASE("Rehearsal: a whole focus group at 1366x768 in Dutch reaches the file as entered",
          "[rehearsal]")
{
    rehearse(QStringLiteral("nl"), QSize(1366, 768));
}

TEST_CASE("Rehearsal: a whole focus group at 1280x720 in Dutch reaches the file as entered",
          "[rehearsal]")
{
    rehearse(QStringLiteral("nl"), QSize(1280, 720));
}

TEST_CASE("Rehearsal: a whole focus group at 1280x720 in English reaches the file as entered",
          "[rehearsal]")
{
    rehearse(QStringLiteral("en"), QSize(1280, 720));
}
