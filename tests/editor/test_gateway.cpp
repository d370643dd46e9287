// SPDX-License-Identifier: GPL-3.0-or-later
// The edit gateway (documenteditor.h): one generic way to insert, remove, replace
// and reorder any collection, and one change signal, SessionDocument::changed(),
// that says which collection, what happened and to which ids.
//
// The first test follows "Adding a collection" (docs/architecture.md) for a
// collection the model does not have: Sticker exists only in this test, described
// by its value type and an ObjectAccess<Sticker>; the generic commands and the
// gateway do the rest, undo and redo included.
#include "editorfixture.h"

#include "nwk/editor/cardcommands.h"
#include "nwk/editor/changevalue.h"
#include "nwk/editor/documenteditor.h"
#include "nwk/editor/gridcommands.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/partnercommands.h"

#include <QSignalSpy>

#include <map>
#include <type_traits>

namespace {

// ---- Step 1: the value type --------------------------------------------------
struct Sticker {
    QString id;
    QString text;
    bool operator==(const Sticker &) const = default;
};

/// A real collection is a member of Session (one core edit, see the docs); this
/// test-only one keeps its objects beside the session instead.
nwk::SharedVector<Sticker> &stickersOf(const nwk::Session &s)
{
    static std::map<const nwk::Session *, nwk::SharedVector<Sticker>> all;
    return all[&s];
}

constexpr auto kStickerKind =
    static_cast<nwk::ChangeKind>(static_cast<int>(nwk::ChangeKind::User) + 1);

} // namespace

// ---- Step 2: how the gateway reaches it ----------------------------------------
template <>
struct nwk::ObjectAccess<Sticker> : nwk::CollectionLookups<nwk::ObjectAccess<Sticker>, Sticker> {
    static constexpr ChangeKind kind = kStickerKind;
    static const SharedVector<Sticker> &items(const Session &s) { return stickersOf(s); }
    static SharedVector<Sticker> &items(Session &s) { return stickersOf(s); }
    static QString idOf(const Sticker &x) { return x.id; }
};

using namespace nwk;
using namespace nwk::test;

namespace Catch {
template <> struct StringMaker<nwk::Change> {
    static std::string convert(const nwk::Change &c)
    {
        return "{kind " + std::to_string(static_cast<int>(c.kind)) + ", type " +
               std::to_string(static_cast<int>(c.type)) + ", ids " +
               c.ids.join(QLatin1Char(',')).toStdString() + "}";
    }
};
} // namespace Catch

namespace {

/// The changes announced since the spy was made (and forgets them).
QList<Change> taken(QSignalSpy &spy)
{
    QList<Change> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<Change>());
    spy.clear();
    return out;
}

Change change(ChangeKind kind, ChangeType type, QStringList ids = {})
{
    return {kind, type, std::move(ids)};
}

QStringList texts(const Session &s)
{
    QStringList out;
    for (const Sticker &x : ObjectAccess<Sticker>::items(s))
        out.append(x.id + QLatin1Char('=') + x.text);
    return out;
}

} // namespace

TEST_CASE("A collection the model does not know is edited, undone and redone through the "
          "gateway",
          "[gateway][commands]")
{
    SessionDocument doc;
    QSignalSpy spy(&doc, &SessionDocument::changed);
    const Change added = change(kStickerKind, ChangeType::Added, {"s1"});
    const Change edited = change(kStickerKind, ChangeType::Changed, {"s1"});
    const Change removed = change(kStickerKind, ChangeType::Removed, {"s1"});

    doc.push(new AddObject<Sticker>(&doc, {"s1", "hallo"}, "Add sticker"));
    doc.push(new AddObject<Sticker>(&doc, {"s2", "daar"}, "Add sticker", 0));
    CHECK(texts(doc.session()) == QStringList{"s2=daar", "s1=hallo"});
    CHECK(taken(spy) == QList<Change>{added, change(kStickerKind, ChangeType::Added, {"s2"})});

    doc.push(new ChangeValue<ObjectField<Sticker, &Sticker::text>>(&doc, "s1", "dag", "Edit"));
    doc.push(new SetObject<Sticker>(&doc, {"s2", "ginds"}, "Edit"));
    CHECK(texts(doc.session()) == QStringList{"s2=ginds", "s1=dag"});
    CHECK(taken(spy) == QList<Change>{edited, change(kStickerKind, ChangeType::Changed, {"s2"})});

    doc.push(new RemoveObject<Sticker>(&doc, "s1", "Remove sticker"));
    CHECK(texts(doc.session()) == QStringList{"s2=ginds"});
    CHECK(taken(spy) == QList<Change>{removed});
    CHECK(doc.isModified());

    doc.undo(); // the removal: back at its index
    CHECK(texts(doc.session()) == QStringList{"s2=ginds", "s1=dag"});
    doc.undo();
    doc.undo();
    CHECK(texts(doc.session()) == QStringList{"s2=daar", "s1=hallo"});
    CHECK(taken(spy) ==
          QList<Change>{added, change(kStickerKind, ChangeType::Changed, {"s2"}), edited});
    doc.redo();
    doc.redo();
    doc.redo();
    CHECK(texts(doc.session()) == QStringList{"s2=ginds"});
    CHECK(taken(spy) ==
          QList<Change>{edited, change(kStickerKind, ChangeType::Changed, {"s2"}), removed});

    // A new collection is of the group's data unless layerOf<> says otherwise, so
    // annotation mode locks it like every other group edit.
    doc.setAnnotationMode(true);
    CHECK_FALSE(doc.push(new AddObject<Sticker>(&doc, {"s3", "nee"}, "Add sticker")));
    CHECK(texts(doc.session()) == QStringList{"s2=ginds"});
    CHECK(spy.isEmpty());
    stickersOf(doc.session()).clear();
}

TEST_CASE("Every edit of the model is announced once with its kind, what happened and the ids",
          "[gateway][commands]")
{
    SessionDocument doc;
    doc.reset(sampleSession());
    QSignalSpy spy(&doc, &SessionDocument::changed);
    QSignalSpy removedPartners(&doc, &SessionDocument::partnersRemoved);

    SECTION("participants carry their ids like partners")
    {
        Participant p;
        p.id = QStringLiteral("pp1");
        p.code = QStringLiteral("P1");
        doc.push(new AddObject<Participant>(&doc, p, "Add participant"));
        doc.push(new ChangeValue<ObjectField<Participant, &Participant::role>>(
            &doc, "pp1", "directeur", "Edit"));
        doc.undo();
        doc.undo();
        CHECK(taken(spy) ==
              QList<Change>{change(ChangeKind::Participant, ChangeType::Added, {"pp1"}),
                            change(ChangeKind::Participant, ChangeType::Changed, {"pp1"}),
                            change(ChangeKind::Participant, ChangeType::Changed, {"pp1"}),
                            change(ChangeKind::Participant, ChangeType::Removed, {"pp1"})});
    }
    SECTION("deleting a partner announces each thing it takes along, references first")
    {
        doc.push(new RemovePartners(&doc, {QStringLiteral("pa1")}));
        CHECK(taken(spy) ==
              QList<Change>{
                  change(ChangeKind::Annotation, ChangeType::Removed, {"an1"}),
                  change(ChangeKind::Card, ChangeType::Changed, {"betekenisonderhandeling"}),
                  change(ChangeKind::Group, ChangeType::Changed, {"g1"}),
                  change(ChangeKind::Link, ChangeType::Removed, {"l2"}),
                  change(ChangeKind::Link, ChangeType::Removed, {"l1"}),
                  change(ChangeKind::Partner, ChangeType::Removed, {"pa1"})});
        // The typed signal is derived from the same change.
        REQUIRE(removedPartners.size() == 1);
        CHECK(removedPartners.front().at(0).toStringList() == QStringList{"pa1"});
    }
    SECTION("a moved category is reordered, the rings change as a whole")
    {
        // Moving the first sector to third place moves the next two up, one step each;
        // the placements in the moved sectors keep their meaning (new angles).
        const std::vector<Category> before = doc.session().categories;
        doc.push(new GridChange(&doc, grid::moveCategory(doc.session(), before[0].id, 2), "Move"));
        CHECK(doc.session().categories[2].id == before[0].id);
        CHECK(taken(spy) ==
              QList<Change>{change(ChangeKind::Partner, ChangeType::Changed, {"pa1"}),
                            change(ChangeKind::Partner, ChangeType::Changed, {"pa2"}),
                            change(ChangeKind::Category, ChangeType::Reordered, {before[1].id}),
                            change(ChangeKind::Category, ChangeType::Reordered, {before[2].id})});
        doc.push(new GridChange(&doc, grid::setRingCount(doc.session(), 5), "Rings"));
        CHECK(doc.session().rings.size() == 5);
        CHECK(taken(spy) == QList<Change>{change(ChangeKind::Ring, ChangeType::Changed)});
    }
    SECTION("a protocol step is put by its step id, a card's progress by its card id")
    {
        ProtocolStepState step;
        step.done = true;
        doc.push(new ChangeValue<ProtocolStepField>(&doc, "intro", step, "Step"));
        CardProgress card = cardProgressOrDefault(doc.session(), "nieuw");
        card.status = CardStatus::Done;
        doc.push(new SetCardProgress(&doc, card, "Card"));
        doc.undo();
        CHECK(taken(spy) ==
              QList<Change>{change(ChangeKind::ProtocolStep, ChangeType::Added, {"intro"}),
                            change(ChangeKind::Card, ChangeType::Added, {"nieuw"}),
                            change(ChangeKind::Card, ChangeType::Removed, {"nieuw"})});
        CHECK(ObjectAccess<ProtocolStepState>::find(doc.session(), "intro")->done);
    }
}

// Only commands change the session: the gateway cannot be made outside EditCommand.
static_assert(!std::is_constructible_v<DocumentEditor, SessionDocument &>);
