// SPDX-License-Identifier: GPL-3.0-or-later
// The rehearsal's script (docs/focus-group.md, "The facilitator's script"): the group, what it
// names and where it places it, and each step as the facilitator does it, with the keys.
#pragma once

#include "rehearsal.h"

#include "../../src/editor/session/newsessionwizard.h"
#include "nwk/editor/startscreen.h"

#include <QCheckBox>
#include <QPushButton>
#include <QTreeWidget>

#include <map>

namespace nwk::test::rehearsal {

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

inline std::vector<Named> postIts()
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

inline const QString &codeOf(int participant)
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

inline QString noteFor(int card)
{
    return QStringLiteral("Note on card %1").arg(card + 1);
}
inline QString quoteFor(int card)
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
        // The clock only: this rehearsal's audio is recorded elsewhere (the recorder's own
        // tests are test_recording*.cpp, with a test audio server).
        auto *clockOnly = window.findChild<QAction *>(QStringLiteral("startClockAction"));
        REQUIRE(clockOnly);
        clockOnly->trigger();
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

} // namespace nwk::test::rehearsal
