// SPDX-License-Identifier: GPL-3.0-or-later
// Undo integrity, randomised but reproducible: many random edit sequences through
// the real undo commands, starting from the example session. After every step the
// session validates; at random points it survives serialize -> parse -> serialize;
// undoing everything gives the starting bytes and redoing everything the end bytes.
//
//   test_editor "[undo-random]"                      fixed seed (CI)
//   NWK_UNDO_SEED=12345 test_editor "[undo-random]"  another seed
//   NWK_UNDO_SEQUENCES=5000 ...                      more sequences (default 400)
//
// A new command type = one more entry in operations() (a name, a weight and a
// function that pushes the command(s) or returns false when not applicable).
#include "examplesession.h"
#include "test_undo_random_ops.h"
#include "undosteps.h"

#include "nwk/core/validation.h"

#include <deque>
#include <sstream>

using namespace nwk;
using namespace nwk::undorandom;

namespace {

std::uint64_t envNumber(const char *name, std::uint64_t fallback)
{
    bool ok = false;
    const std::uint64_t v = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? v : fallback;
}

/// Problems of the current session, "" when valid.
std::string problems(const Session &s)
{
    std::string text;
    for (const Diagnostic &d : validate(s))
        text += d.toString().toStdString() + "; ";
    return text;
}

} // namespace

TEST_CASE("Random edit sequences undo and redo exactly", "[undo-random]")
{
    const std::uint64_t seed = envNumber("NWK_UNDO_SEED", 20190314);
    const std::uint64_t sequences = envNumber("NWK_UNDO_SEQUENCES", 400);
    WARN("undo-random: NWK_UNDO_SEED=" << seed << " NWK_UNDO_SEQUENCES=" << sequences);

    const Session example = testdata::exampleSession();
    REQUIRE(validate(example).empty());

    const std::vector<Operation> ops = operations();
    int totalWeight = 0;
    for (const Operation &op : ops)
        totalWeight += op.weight;

    SessionDocument doc;
    const test::UndoSteps stack(doc);
    Random random(seed);
    std::map<std::string, int> used;
    std::size_t steps = 0;

    const QByteArray start = serializeSession(example);
    for (std::uint64_t sequence = 0; sequence < sequences; ++sequence) {
        doc.reset(example);
        std::deque<std::string> log; // the last steps, shown on failure
        auto fail = [&](const std::string &what) {
            std::ostringstream out;
            out << what << "\n  seed " << seed << ", sequence " << sequence << ", steps:";
            for (const std::string &s : log)
                out << "\n    " << s;
            FAIL(out.str());
        };
        auto note = [&](std::string s) {
            log.push_back(std::move(s));
            if (log.size() > 40)
                log.pop_front();
        };

        const int length = 1 + random.below(30);
        for (int step = 0; step < length; ++step) {
            const int roll = random.below(100);
            if (roll < 8 && stack.canUndo()) {
                note("undo " + stack.undoText().toStdString());
                stack.undo();
            } else if (roll < 12 && stack.canRedo()) {
                note("redo " + stack.redoText().toStdString());
                stack.redo();
            } else {
                int pick = random.below(totalWeight);
                const Operation *op = &ops.front();
                for (const Operation &o : ops) {
                    op = &o;
                    if ((pick -= o.weight) < 0)
                        break;
                }
                Context context{doc, random, ops};
                if (!op->apply(context))
                    continue;
                ++used[op->name];
                note(std::string(op->name) + " -> " + stack.undoText().toStdString());
            }
            ++steps;
            if (const std::string p = problems(doc.session()); !p.empty())
                fail("invalid session after a step: " + p);
            if (random.below(40) == 0) { // save and load here
                const QByteArray bytes = serializeSession(doc.session());
                SessionReadResult back = parseSession(bytes);
                if (!back.session || serializeSession(*back.session) != bytes ||
                    !(*back.session == doc.session()))
                    fail("save and load changed the session");
            }
        }

        while (stack.canRedo())
            stack.redo();
        const Session end = doc.session(); // equal Sessions serialise to equal bytes
        while (stack.canUndo()) {
            note("final undo " + stack.undoText().toStdString());
            stack.undo();
            if (const std::string p = problems(doc.session()); !p.empty())
                fail("invalid session while undoing all: " + p);
        }
        if (!(doc.session() == example) ||
            (sequence % 8 == 0 && serializeSession(doc.session()) != start))
            fail("undoing everything did not give the starting session");
        while (stack.canRedo())
            stack.redo();
        if (!(doc.session() == end) ||
            (sequence % 8 == 0 && serializeSession(doc.session()) != serializeSession(end)))
            fail("redoing everything did not give the end session");
    }

    std::ostringstream summary;
    for (const auto &[name, count] : used)
        summary << name << " " << count << ", ";
    INFO("operations used: " << summary.str());
    CHECK(steps > sequences);
    // Every operation ran at least once: a new operation that never applies is a bug in the test.
    for (const Operation &op : ops)
        CHECK(used[op.name] > 0);
}

TEST_CASE("Moving a partner into the sector of its extra category swaps the two categories",
          "[undo]")
{
    // Found by the random undo test: the same category primary and extra is an
    // invalid file. The move makes the extra category primary and the old primary
    // an extra one; undo restores both exactly.
    SessionDocument doc;
    Session s = nwk::test::sampleSession();
    s.partners[1].extraCategories = {QStringLiteral("zorg")}; // pa2, in professionalisering
    doc.reset(s);
    REQUIRE(validate(doc.session()).empty());
    const MapGeometry g = MapGeometry::forSession(doc.session());
    const double zorgAngle = g.sectorMid(2); // the scene's categories: zorg is sector 2
    REQUIRE(doc.session().categories[2].id == QStringLiteral("zorg"));
    doc.push(new MovePartners(&doc,
                              {PartnerPlacement{QStringLiteral("pa2"), Placement{0.5, zorgAngle},
                                                QStringLiteral("zorg")}},
                              QStringLiteral("Move")));
    const Partner *moved = doc.session().partner(QStringLiteral("pa2"));
    CHECK(moved->category == QStringLiteral("zorg"));
    CHECK(moved->extraCategories == QStringList{QStringLiteral("professionalisering")});
    CHECK(validate(doc.session()).empty());
    doc.undo();
    CHECK(doc.session() == s);
}
