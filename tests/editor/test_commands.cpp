// SPDX-License-Identifier: GPL-3.0-or-later
// The document and its undo commands, without widgets: what undo and redo do
// to the model, and how edits merge into undo steps.
#include "editorfixture.h"

#include "nwk/core/validation.h"
#include "nwk/editor/changevalue.h"
#include "nwk/editor/linkcommands.h"
#include "nwk/editor/markcommands.h"
#include "nwk/editor/partnercommands.h"

using namespace nwk;
using namespace nwk::test;

namespace {
QStringList ids(const auto &items)
{
    QStringList out;
    for (const auto &x : items)
        out.append(x.id);
    return out;
}

std::vector<PartnerPlacement> moveTo(const QString &id, double distance, double angle,
                                     const QString &category)
{
    return {{id, Placement{distance, angle}, category}};
}
} // namespace

TEST_CASE("Deleting a partner takes what refers to it, undo restores all of it", "[commands]")
{
    SessionDocument doc;
    doc.reset(sampleSession());
    const Session before = doc.session();

    doc.push(new RemovePartners(&doc, {QStringLiteral("pa1")}));
    const Session &s = doc.session();
    CHECK(ids(s.partners) == QStringList{"pa2", "pa3", "pa4"});
    CHECK(ids(s.links) == QStringList{"l3"});
    CHECK(s.groups.front().members == QStringList{"pa3"});
    CHECK(s.cards.front().quotes.front().partnerIds == QStringList{"pa2"});
    CHECK(s.annotations.empty());
    // What would be saved still opens: no dangling reference is left.
    CHECK(validate(s).empty());
    CHECK(doc.isModified());

    doc.undo();
    CHECK(doc.session() == before); // same ids, same indices, same values
    CHECK_FALSE(doc.isModified());

    doc.redo();
    CHECK(ids(doc.session().links) == QStringList{"l3"});
}

TEST_CASE("Deleting links and partners together is one undo step", "[commands]")
{
    SessionDocument doc;
    doc.reset(sampleSession());
    const Session before = doc.session();
    QUndoCommand *command = makeDeleteCommand(&doc, {QStringLiteral("pa3")},
                                              {QStringLiteral("l1"), QStringLiteral("l3")});
    REQUIRE(command != nullptr);
    doc.push(command);
    CHECK(doc.undoStack()->count() == 1);
    CHECK(ids(doc.session().links) == QStringList{"l2"});
    CHECK(ids(doc.session().partners) == QStringList{"pa1", "pa2", "pa4"});
    doc.undo();
    CHECK(doc.session() == before);

    CHECK(makeDeleteCommand(&doc, {}, {}) == nullptr);
    CHECK(makeDeleteCommand(&doc, {QStringLiteral("nope")}, {}) == nullptr);

    doc.push(new RemoveLinks(&doc, {QStringLiteral("l2")}));
    CHECK(ids(doc.session().links) == QStringList{"l1", "l3"});
    doc.undo();
    CHECK(doc.session() == before);
}

TEST_CASE("Deleting a link or a group takes the annotations on it, undo puts them back",
          "[commands]")
{
    Session s = sampleSession();
    auto annotation = [](const char *id, AnnotationTarget kind, const char *target) {
        Annotation a;
        a.id = QString::fromUtf8(id);
        a.targetKind = kind;
        a.targetId = QString::fromUtf8(target);
        return a;
    };
    s.annotations = {annotation("an0", AnnotationTarget::Group, "g1"), s.annotations.front(),
                     annotation("an2", AnnotationTarget::Link, "l3"),
                     annotation("an3", AnnotationTarget::Group, "g1")};
    REQUIRE(s.annotations[1].id == QStringLiteral("an1")); // on partner pa1
    SessionDocument doc;
    doc.reset(s);
    const Session before = doc.session();

    doc.push(new RemoveLinks(&doc, {QStringLiteral("l3")}));
    CHECK(ids(doc.session().annotations) == QStringList{"an0", "an1", "an3"});
    CHECK(validate(doc.session()).empty());
    doc.undo();
    CHECK(doc.session() == before);

    QUndoCommand *removeGroup = makeRemoveGroupCommand(&doc, QStringLiteral("g1"));
    REQUIRE(removeGroup);
    doc.push(removeGroup);
    CHECK(doc.session().groups.empty());
    CHECK(ids(doc.session().annotations) == QStringList{"an1", "an2"});
    CHECK(validate(doc.session()).empty());
    doc.undo();
    CHECK(doc.session() == before);
}

TEST_CASE("Moving into an extra category's sector swaps it with the primary, undo swaps back",
          "[commands]")
{
    Session s = sampleSession();
    s.partner(QStringLiteral("pa1"))->extraCategories = {QStringLiteral("werk"),
                                                         QStringLiteral("intern")};
    SessionDocument doc;
    doc.reset(s);
    const Session before = doc.session();

    doc.push(new MovePartners(&doc,
                              moveTo(QStringLiteral("pa1"), 0.5, 180.0, QStringLiteral("werk")),
                              QStringLiteral("Move")));
    const Partner *p = doc.session().partner(QStringLiteral("pa1"));
    REQUIRE(p);
    CHECK(p->category == QStringLiteral("werk"));
    CHECK(p->extraCategories == QStringList{"zorg", "intern"});
    doc.undo();
    CHECK(doc.session() == before);
}

TEST_CASE("Moves of one drag merge into one step, separate drags do not", "[commands]")
{
    SessionDocument doc;
    doc.reset(sampleSession());
    const UndoSteps stack(doc);
    const QString pa1 = QStringLiteral("pa1");

    auto push = [&](double angle, const char *category, bool mergeable) {
        auto *c = new MovePartners(&doc, moveTo(pa1, 0.5, angle, QString::fromUtf8(category)),
                                   QStringLiteral("Move"));
        c->setMergeable(mergeable);
        stack.push(c);
    };
    push(140, "zorg", false); // first move of drag 1
    push(160, "werk", true);
    push(170, "werk", true);
    CHECK(stack.count() == 1);
    CHECK(doc.session().partner(pa1)->category == QStringLiteral("werk"));
    CHECK(doc.session().partner(pa1)->placement->angle == 170.0);

    push(175, "werk", false); // drag 2
    push(180, "werk", true);
    CHECK(stack.count() == 2);

    stack.undo();
    CHECK(doc.session().partner(pa1)->placement->angle == 170.0);
    stack.undo();
    CHECK(doc.session().partner(pa1)->placement == Placement{0.5, 128.0});
    CHECK(doc.session().partner(pa1)->category == QStringLiteral("zorg"));

    // A drag that comes back to where it started leaves no step behind.
    stack.clear();
    push(150, "zorg", false);
    push(128, "zorg", true);
    CHECK(stack.count() == 0);
    CHECK(doc.session().partner(pa1)->placement == Placement{0.5, 128.0});
}

TEST_CASE("Typing into one field is one undo step", "[commands]")
{
    SessionDocument doc;
    doc.reset(sampleSession());
    const UndoSteps stack(doc);
    using Label = ChangeValue<PartnerField<&Partner::label>>;
    using Notes = ChangeValue<PartnerField<&Partner::notes>>;
    const QString pa1 = QStringLiteral("pa1"), pa2 = QStringLiteral("pa2");

    for (const char *text : {"CLB ", "CLB A", "CLB An", "CLB Antwerpen"})
        stack.push(new Label(&doc, pa1, QString::fromUtf8(text), QStringLiteral("Edit label")));
    CHECK(stack.count() == 1);
    CHECK(doc.session().partner(pa1)->label == QStringLiteral("CLB Antwerpen"));

    stack.push(new Notes(&doc, pa1, QStringLiteral("x"), QStringLiteral("Edit notes")));
    stack.push(new Label(&doc, pa2, QStringLiteral("HoGent"), QStringLiteral("Edit label")));
    CHECK(stack.count() == 3);

    auto *fresh = new Label(&doc, pa2, QStringLiteral("HoGent!"), QStringLiteral("Edit label"));
    fresh->setMergeable(false);
    stack.push(fresh);
    CHECK(stack.count() == 4);

    stack.undo();
    stack.undo();
    stack.undo();
    CHECK(doc.session().partner(pa1)->notes.isEmpty());
    CHECK(doc.session().partner(pa2)->label == QStringLiteral("Hogeschool"));
    stack.undo();
    CHECK(doc.session().partner(pa1)->label == QStringLiteral("CLB"));

    // Typing and then erasing back to the old text is no step at all.
    stack.clear();
    stack.push(new Label(&doc, pa1, QStringLiteral("CLBx"), QStringLiteral("Edit label")));
    stack.push(new Label(&doc, pa1, QStringLiteral("CLB"), QStringLiteral("Edit label")));
    CHECK(stack.count() == 0);
    CHECK_FALSE(doc.isModified());
}

TEST_CASE("Saving writes the session and makes the document clean", "[document]")
{
    SessionFile file;
    SessionDocument doc;
    REQUIRE_FALSE(hasErrors(doc.load(file.path)));
    CHECK_FALSE(doc.isModified());
    CHECK(doc.displayName() == QStringLiteral("regenboog.nwk"));

    doc.push(new ChangeValue<PartnerField<&Partner::label>>(
        &doc, QStringLiteral("pa2"), QStringLiteral("HoGent"), QStringLiteral("Edit label")));
    CHECK(doc.isModified());
    REQUIRE(doc.save().isEmpty());
    CHECK_FALSE(doc.isModified());

    const Session saved = file.read();
    CHECK(saved.partner(QStringLiteral("pa2"))->label == QStringLiteral("HoGent"));
    CHECK(saved.meta.appVersion == QStringLiteral(NWK_VERSION));
    CHECK_FALSE(saved.meta.modified.isEmpty());
    CHECK(saved == doc.session()); // the document holds what the file holds

    // Undo after saving is an edit again.
    doc.undo();
    CHECK(doc.isModified());
}

TEST_CASE("A failed save leaves the file alone and the document modified", "[document]")
{
    SessionFile file;
    SessionDocument doc;
    REQUIRE_FALSE(hasErrors(doc.load(file.path)));
    const QByteArray oldBytes = file.bytes();
    doc.push(new ChangeValue<PartnerField<&Partner::label>>(
        &doc, QStringLiteral("pa2"), QStringLiteral("HoGent"), QStringLiteral("Edit label")));

    QString error;
    {
        UnwritableDir guard(file.dir.path());
        error = doc.save();
    }
    CHECK_FALSE(error.isEmpty());
    CHECK(doc.isModified());
    CHECK(file.bytes() == oldBytes);
    CHECK(doc.fileName() == file.path);
}

TEST_CASE("Opening a bad file reports located problems and changes nothing", "[document]")
{
    Session bad = sampleSession();
    bad.links[0].to = QStringLiteral("pa99");
    SessionFile file(bad, QStringLiteral("kapot.nwk"));

    SessionDocument doc;
    const Session before = doc.session();
    const Diagnostics d = doc.load(file.path);
    REQUIRE(hasErrors(d));
    CHECK(doc.session() == before);
    CHECK(doc.isUntitled());

    const QString text = MainWindow::diagnosticsText(file.path, d);
    CHECK(text.contains(QStringLiteral("kapot.nwk: /links/0/to")));
}

TEST_CASE("Adding a partner and a link, and undoing both", "[commands]")
{
    SessionDocument doc;
    doc.reset(sampleSession());
    const Session before = doc.session();
    QStringList added;
    QObject::connect(&doc, &SessionDocument::partnersAdded,
                     [&](const QStringList &ids) { added += ids; });

    Partner p;
    p.id = uniqueId(doc.session(), QStringLiteral("pa"));
    p.label = QStringLiteral("Bibliotheek");
    p.category = QStringLiteral("aanbod");
    p.placement = Placement{0.9, 70.0};
    doc.push(new AddPartner(&doc, p));
    Link l;
    l.id = uniqueId(doc.session(), QStringLiteral("l"));
    l.from = p.id;
    l.to = kSchoolId;
    doc.push(new AddLink(&doc, l));

    CHECK(added == QStringList{p.id});
    CHECK(doc.session().partners.back() == p);
    CHECK(doc.session().links.back() == l);
    CHECK(validate(doc.session()).empty());
    doc.undo();
    doc.undo();
    CHECK(doc.session() == before);
    doc.redo();
    CHECK(doc.session().partners.back() == p);
}
