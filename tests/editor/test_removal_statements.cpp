// SPDX-License-Identifier: GPL-3.0-or-later
// Removing a partner or a participant takes along what the group said about it
// (schema 3, issue #20) in the same undo step, so the file stays valid after the
// removal and after undo, and undo brings back every statement as it was.
#include "partnerstatements.h"

#include "nwk/core/validation.h"
#include "nwk/editor/mapcontextmenu.h"
#include "nwk/editor/markcommands.h"

#include <QMenu>

#include <memory>

using namespace nwk;
using namespace nwk::test;

namespace {

const QString kPa1 = QStringLiteral("pa1");
const QString kPt1 = QStringLiteral("pt1");

RelativePlacement relative(const char *id, const char *partner, const char *reference,
                           const QString &participant = {})
{
    RelativePlacement r;
    r.id = QString::fromUtf8(id);
    r.partnerId = QString::fromUtf8(partner);
    r.referenceId = QString::fromUtf8(reference);
    r.participantId = participant;
    return r;
}

/// Every schema-3 reference to partner pa1 and to participant pt1.
Session withStatements()
{
    Session s = withTwoParticipants();
    s.relativePlacements = {relative("rp1", "pa1", "pa2", kPt1), relative("rp2", "pa2", "pa1"),
                            relative("rp3", "pa3", "school", kPt1)};
    Partner &clb = *s.partner(kPa1);
    clb.desiredPlacement = Placement{0.2, 128.0};
    clb.desiredBy = {kPt1, QStringLiteral("pt2")};
    Partner &hogeschool = *s.partner(QStringLiteral("pa2"));
    hogeschool.choiceChanges = {ChoiceChange{kPt1, ChoiceChangeKind::Replaced, kPa1, {}, {}}};
    hogeschool.contactOf = kPa1;
    hogeschool.alternatives = {AlternativePlacement{kPt1, Placement{0.1, 25.0}, {}, {}}};
    Partner &ouders = *s.partner(QStringLiteral("pa3"));
    ouders.sameAsPartner = kPa1;
    ouders.sameAsParticipant = kPt1;
    Link via;
    via.id = QStringLiteral("l4");
    via.from = QStringLiteral("pa3");
    via.to = kSchoolId;
    via.kind = LinkKind::Via;
    via.via = kPa1;
    s.links.push_back(via);
    MissingPartner absent;
    absent.id = QStringLiteral("mi1");
    absent.label = QStringLiteral("CLB-medewerker");
    absent.partnerId = kPa1;
    s.missingPartners = {absent};
    Metaphor m;
    m.id = QStringLiteral("me1");
    m.text = QStringLiteral("een spinnenweb");
    m.participantId = kPt1;
    s.metaphors = {m};
    return s;
}

std::string problems(const Session &s)
{
    std::string text;
    for (const Diagnostic &d : validate(s))
        text += d.toString().toStdString() + "\n";
    return text;
}

} // namespace

TEST_CASE("Deleting a partner lets go of every statement about it, in one undo step",
          "[removal][statements]")
{
    const Session original = withStatements();
    REQUIRE(problems(original).empty());
    SessionFile file(original);
    Window w(file.path);
    const Session before = w.doc().session();
    const int steps = w.stack().count();

    auto *contextMenu = w.window.findChild<MapContextMenu *>(QStringLiteral("mapContextMenu"));
    REQUIRE(contextMenu);
    std::unique_ptr<QMenu> menu(contextMenu->buildPartnerMenu(kPa1));
    menu->findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();

    const Session &s = w.doc().session();
    REQUIRE_FALSE(s.partner(kPa1));
    CHECK(w.stack().count() == steps + 1);
    CHECK(problems(s).empty());
    REQUIRE(s.relativePlacements.size() == 1); // with it as partner or as reference: gone
    CHECK(s.relativePlacements[0].id == QStringLiteral("rp3"));
    const Partner &hogeschool = *s.partner(QStringLiteral("pa2"));
    REQUIRE(hogeschool.choiceChanges.size() == 1); // the change stays, without the partner
    CHECK(hogeschool.choiceChanges[0].otherPartnerId.isEmpty());
    CHECK(hogeschool.choiceChanges[0].participantId == kPt1);
    CHECK(hogeschool.contactOf.isEmpty());
    CHECK(s.partner(QStringLiteral("pa3"))->sameAsPartner.isEmpty());
    REQUIRE(s.link(QStringLiteral("l4")));
    CHECK(s.link(QStringLiteral("l4"))->via.isEmpty());
    REQUIRE(s.missingPartners.size() == 1);
    CHECK(s.missingPartners[0].partnerId.isEmpty());

    w.stack().undo();
    CHECK(w.doc().session() == before);
    CHECK(problems(w.doc().session()).empty());
    w.stack().redo();
    CHECK(problems(w.doc().session()).empty());
    REQUIRE(w.window.save());
    CHECK(problems(file.read()).empty());
}

TEST_CASE("Removing a participant lets go of their statements, in one undo step",
          "[removal][statements][participants]")
{
    SessionFile file(withStatements());
    Window w(file.path);
    const Session before = w.doc().session();
    REQUIRE(participantReferences(before, kPt1).statements == 6);
    const int steps = w.stack().count();

    w.doc().push(makeRemoveParticipantCommand(&w.doc(), kPt1));

    const Session &s = w.doc().session();
    REQUIRE_FALSE(s.participant(kPt1));
    CHECK(w.stack().count() == steps + 1);
    CHECK(problems(s).empty());
    CHECK(s.partner(kPa1)->desiredBy == QStringList{QStringLiteral("pt2")});
    const Partner &hogeschool = *s.partner(QStringLiteral("pa2"));
    REQUIRE(hogeschool.alternatives.size() == 1); // the placement stays, unattributed
    CHECK(hogeschool.alternatives[0].participantId.isEmpty());
    CHECK(hogeschool.choiceChanges[0].participantId.isEmpty());
    CHECK(hogeschool.choiceChanges[0].otherPartnerId == kPa1);
    CHECK(s.partner(QStringLiteral("pa3"))->sameAsParticipant.isEmpty());
    REQUIRE(s.relativePlacements.size() == 3);
    for (const RelativePlacement &r : s.relativePlacements)
        CHECK(r.participantId.isEmpty());
    CHECK(s.metaphors[0].participantId.isEmpty());

    w.stack().undo();
    CHECK(w.doc().session() == before);
    CHECK(problems(w.doc().session()).empty());
}
