// SPDX-License-Identifier: GPL-3.0-or-later
// A whole focus group rehearsed as docs/focus-group.md tells the facilitator to run it, on a
// laptop-size window (1366x768), in English and in Dutch: the new-session wizard, consent and
// the recording, the post-it round by every participant, thirty partners placed in their
// sectors and rings, links, marks by every participant, missing partners, all eleven cards
// with a note and a quote each, memos of every kind, metaphors, the closing questions, save
// and reopen. The saved file must hold exactly what was entered.
#include "rehearsal.h"

#include "../../src/editor/session/newsessionwizard.h"
#include "nwk/core/validation.h"
#include "nwk/editor/language.h"
#include "nwk/editor/startscreen.h"

#include <QCheckBox>
#include <QPushButton>
#include <QTreeWidget>

#include <map>

using namespace nwk;
using namespace nwk::test;

namespace {

struct Person {
    QString role;
    RoleGroup group;
};
struct Named {
    QString label;
    int by;           ///< participant index
    QString category; ///< its sector
    int ring;
};

// The group of the example school (ASCII: QTest types ASCII only).
const std::vector<Person> kPeople = {
    {QStringLiteral("directeur"), RoleGroup::Management},
    {QStringLiteral("zorgcoordinator"), RoleGroup::Care},
    {QStringLiteral("leerkracht 3de leerjaar"), RoleGroup::Teacher},
    {QStringLiteral("ICT-coordinator"), RoleGroup::Other}};

std::vector<Named> postIts()
{
    const char *labels[] = {"CLB",
                            "Pedagogische begeleiding",
                            "Hogeschool",
                            "Ouderraad",
                            "Gemeente",
                            "Bibliotheek",
                            "Sportclub",
                            "Academie",
                            "Kinderopvang",
                            "Scholengroep",
                            "Logopedist",
                            "Jeugdwerk",
                            "Politie",
                            "OCMW",
                            "Buurtschool",
                            "Universiteit",
                            "Nascholing",
                            "Inspectie",
                            "Kinesist",
                            "Huiswerkklas",
                            "Museum",
                            "Natuurpunt",
                            "Bakker",
                            "Verkeersdienst",
                            "Muziekschool",
                            "Speelplein",
                            "Dienst onderwijs",
                            "Zwembad",
                            "Kerkfabriek",
                            "Lokale radio"};
    const char *sectors[] = {"zorg",
                             "professionalisering",
                             "professionalisering",
                             "intern",
                             "beleid",
                             "aanbod",
                             "aanbod",
                             "aanbod",
                             "zorg",
                             "beleid",
                             "zorg",
                             "aanbod",
                             "beleid",
                             "zorg",
                             "werk",
                             "onderzoek",
                             "professionalisering",
                             "beleid",
                             "zorg",
                             "aanbod",
                             "aanbod",
                             "aanbod",
                             "werk",
                             "beleid",
                             "aanbod",
                             "aanbod",
                             "beleid",
                             "aanbod",
                             "werk",
                             "werk"};
    std::vector<Named> out;
    for (int i = 0; i < 30; ++i)
        out.push_back(
            {QString::fromLatin1(labels[i]), i % 4, QString::fromLatin1(sectors[i]), i % 3});
    return out;
}

const QString &codeOf(int participant)
{
    static const QStringList codes = {QStringLiteral("P1"), QStringLiteral("P2"),
                                      QStringLiteral("P3"), QStringLiteral("P4")};
    return codes[participant];
}

const std::vector<std::pair<int, int>> kLinks = {{0, 10}, {0, 8},  {1, 2},
                                                 {4, 13}, {5, 20}, {3, 19}};
// Marks: participant -> partners (indices into postIts()).
const std::map<int, std::vector<int>> kMarks = {
    {0, {0, 4}}, {1, {0, 8, 10}}, {2, {5}}, {3, {2, 15}}};
const QString kMemos[] = {QStringLiteral("Warm and open"), QStringLiteral("Bell at 10:15"),
                          QStringLiteral("Laughter at the CLB"), QStringLiteral("Director left")};

QString noteFor(int card)
{
    return QStringLiteral("Note on card %1").arg(card + 1);
}
QString quoteFor(int card)
{
    return QStringLiteral("Quote on card %1").arg(card + 1);
}

struct Rehearsal : Facilitator {
    QString path;
    std::map<QString, QString> idOfCode; // participant code -> id

    void wizard(const QString &language)
    {
        NewSessionWizard *w = StartScreen::startWizard(window.context());
        REQUIRE(w);
        w->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(w));
        QApplication::setActiveWindow(w);
        type(QStringLiteral("De Linde"));
        key(Qt::Key_Tab);
        type(QStringLiteral("Basisschool 7"));
        key(Qt::Key_Return); // Next
        REQUIRE(w->currentId() == NewSessionWizard::ParticipantsPage);
        // "Type a role, choose its group and press Enter to add a participant."
        for (const Person &p : kPeople) {
            REQUIRE(QApplication::focusWidget()->objectName() == QStringLiteral("wizardRole"));
            type(p.role);
            key(Qt::Key_Tab);
            auto *group = w->findChild<QComboBox *>(QStringLiteral("wizardRoleGroup"));
            REQUIRE(group->hasFocus());
            chooseIndex(group, static_cast<int>(p.group));
            key(Qt::Key_Return);
            REQUIRE(w->currentId() == NewSessionWizard::ParticipantsPage);
        }
        auto *list = w->findChild<QTreeWidget *>(QStringLiteral("wizardParticipants"));
        REQUIRE(list->topLevelItemCount() == static_cast<int>(kPeople.size()));
        w->button(QWizard::NextButton)->click();
        REQUIRE(w->currentId() == NewSessionWizard::LanguagePage);
        if (language == QLatin1String("en"))
            key(Qt::Key_Down); // the English deck
        w->button(QWizard::NextButton)->click();
        w->button(QWizard::FinishButton)->click();
        settle();
        for (const Participant &p : window.document()->session().participants)
            idOfCode[p.code] = p.id;
        REQUIRE(idOfCode.size() == kPeople.size());
    }

    void saveAs()
    {
        focusMap();
        SaveDialogAnswer answer(path);
        key(Qt::Key_S, Qt::ControlModifier);
        REQUIRE(answer.answered);
        REQUIRE(window.document()->fileName() == path);
    }

    void consentAndRecording()
    {
        openDock(QStringLiteral("cardsDock"));
        auto *consent = find<QCheckBox>(QStringLiteral("step:stap2"));
        openTab(consent);
        requireSeen(consent);
        QTest::mouseClick(consent, Qt::LeftButton, {}, QPoint(8, consent->height() / 2)); // the box
        REQUIRE(consent->isChecked());
        focusMap();
        key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE_FALSE(window.document()->session().recordingStarted.isEmpty());
    }

    void postItRound(const std::vector<Named> &named)
    {
        openDock(QStringLiteral("captureDock"));
        auto *who = find<QComboBox>(QStringLiteral("captureParticipantCombo"));
        auto *edit = find<QLineEdit>(QStringLiteral("captureEdit"));
        for (const Named &n : named) {
            choose(who, idOfCode[codeOf(n.by)]);
            requireSeen(edit);
            edit->setFocus();
            type(n.label);
            key(Qt::Key_Return);
            REQUIRE(edit->text().isEmpty());
        }
    }

    void placeAll(const std::vector<Named> &named)
    {
        openDock(QStringLiteral("captureDock"));
        auto *place = find<QComboBox>(QStringLiteral("capturePlaceCombo"));
        auto *ring = find<QComboBox>(QStringLiteral("captureRingCombo"));
        auto *tray = find<QListWidget>(QStringLiteral("trayList"));
        for (const Named &n : named) {
            choose(place, n.category);
            choose(ring, n.ring);
            const QList<QListWidgetItem *> found = tray->findItems(n.label, Qt::MatchExactly);
            REQUIRE(found.size() == 1);
            requireSeen(tray);
            tray->scrollToItem(found.front());
            QTest::mouseClick(tray->viewport(), Qt::LeftButton, {},
                              tray->visualItemRect(found.front()).center());
            key(Qt::Key_Return);
        }
        REQUIRE(tray->count() == 0);
        choose(place, QString()); // back to the tray for later names
    }

    QString idOf(const QString &label) const
    {
        for (const Partner &p : window.document()->session().partners)
            if (p.label == label)
                return p.id;
        FAIL("no partner " << label.toStdString());
        return {};
    }

    void marks(const std::vector<Named> &named)
    {
        for (const auto &[participant, partners] : kMarks)
            for (int i : partners) {
                selectOnMap({idOf(named[i].label)});
                key(static_cast<Qt::Key>(Qt::Key_1 + participant), Qt::AltModifier);
            }
    }

    void missing()
    {
        openDock(QStringLiteral("missingDock"));
        auto *label = find<QLineEdit>(QStringLiteral("missingLabelEdit"));
        auto *status = find<QComboBox>(QStringLiteral("missingStatusCombo"));
        auto *who = find<QComboBox>(QStringLiteral("missingMentionedByCombo"));
        const std::pair<const char *, MissingStatus> items[] = {
            {"Brede school", MissingStatus::Missing},
            {"Welzijnsschakel", MissingStatus::HopedFor},
            {"Oud-leerlingen", MissingStatus::Former}};
        int by = 0;
        for (const auto &[text, kind] : items) {
            chooseIndex(status, static_cast<int>(kind));
            chooseIndex(who, 1 + by++); // after "(nobody)", the participants in order
            requireSeen(label);
            label->setFocus();
            type(QString::fromLatin1(text));
            key(Qt::Key_Return);
            REQUIRE(label->text().isEmpty());
        }
    }

    void allCards(int cardCount)
    {
        openDock(QStringLiteral("cardsDock"));
        for (int card = 0; card < cardCount; ++card) {
            focusMap();
            key(Qt::Key_Down, Qt::ControlModifier); // into the first question's notes
            auto *note = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
            REQUIRE(note);
            requireSeen(note);
            type(noteFor(card));
            key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
            auto *quote = seen<QLineEdit>(QStringLiteral("quoteEdit"));
            REQUIRE(quote->hasFocus());
            type(quoteFor(card));
            // "type, choose "Said by", Enter"
            choose(seen<QComboBox>(QStringLiteral("quoteParticipant")), idOfCode[codeOf(card % 4)]);
            key(Qt::Key_Return);
            REQUIRE(quote->text().isEmpty());
            if (card + 1 < cardCount)
                key(Qt::Key_PageDown, Qt::ControlModifier);
        }
    }

    void memos(const QString &selectedPartner)
    {
        selectOnMap({selectedPartner}); // a partner stays selected, as in a real session
        for (int kind = 0; kind < 4; ++kind) {
            key(Qt::Key_M, Qt::ControlModifier);
            auto *memo = find<QLineEdit>(QStringLiteral("memoEdit"));
            REQUIRE(memo->hasFocus());
            key(static_cast<Qt::Key>(Qt::Key_1 + kind), Qt::AltModifier);
            type(kMemos[kind]);
            key(Qt::Key_Return);
            REQUIRE_FALSE(memo->isVisible());
        }
    }

    void protocolEnd()
    {
        openDock(QStringLiteral("cardsDock"));
        auto *metaphor = find<QLineEdit>(QStringLiteral("metaphorEdit"));
        openTab(metaphor);
        auto *who = find<QComboBox>(QStringLiteral("metaphorParticipant"));
        for (int i = 0; i < 2; ++i) {
            choose(who, idOfCode[codeOf(i)]);
            requireSeen(metaphor);
            metaphor->setFocus();
            type(QStringLiteral("Metaphor %1").arg(i + 1));
            key(Qt::Key_Return);
        }
        for (int i = 1; i <= 3; ++i) {
            auto *answer = find<QPlainTextEdit>(QStringLiteral("closing:afronding%1").arg(i));
            click(answer);
            type(QStringLiteral("Answer %1").arg(i));
        }
    }
};

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

void rehearse(const QString &language)
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
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
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
    again.resize(1366, 768);
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
    rehearse(QStringLiteral("en"));
}

TEST_CASE("Rehearsal: a whole focus group at 1366x768 in Dutch reaches the file as entered",
          "[rehearsal]")
{
    rehearse(QStringLiteral("nl"));
}
