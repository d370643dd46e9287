// SPDX-License-Identifier: GPL-3.0-or-later
// The random edits of test_undo_random.cpp: each pushes real undo commands the way
// the editor's views do, with values a user could enter (the UI keeps the session
// valid, so do these: e.g. no extra category equal to the primary one).
#pragma once

#include "editorfixture.h"

#include "nwk/core/geometry.h"
#include "nwk/core/validation.h"
#include "nwk/editor/changevalue.h"
#include "nwk/editor/linkcommands.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/partnercommands.h"

#include <cstdint>
#include <functional>
#include <random>

namespace nwk::undorandom {

/// Reproducible on every platform (no std:: distributions).
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed)
    {
    }
    int below(int n)
    {
        return n <= 0 ? 0 : static_cast<int>(m_engine() % static_cast<unsigned>(n));
    }
    bool chance(int percent) { return below(100) < percent; }
    double unit() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    /// `List`: a std::vector or SharedVector.
    template <typename List> const typename List::value_type &pick(const List &v)
    {
        return v[static_cast<std::size_t>(below(static_cast<int>(v.size())))];
    }
    QString text()
    {
        static const QStringList words = {QStringLiteral("CLB"),
                                          QStringLiteral("ouders"),
                                          QStringLiteral("Hogeschool"),
                                          QStringLiteral("zorg\u00e9"),
                                          QStringLiteral("\u201cstage\u201d"),
                                          QStringLiteral("x3"),
                                          QStringLiteral(" "),
                                          QStringLiteral("\u00e0 \u0153 \U0001F600")};
        QString s;
        for (int i = below(3); i >= 0; --i)
            s += words[below(static_cast<int>(words.size()))];
        return s;
    }

private:
    std::mt19937_64 m_engine;
};

struct Operation;

struct Context {
    SessionDocument &doc;
    Random &random;
    const std::vector<Operation> &ops;
    const Session &s() const { return doc.session(); }
    void push(QUndoCommand *c) const { doc.push(c); }
    QString newId(const char *prefix) const
    {
        static int next = 0;
        return QString::fromLatin1(prefix) + QString::number(++next);
    }
    /// Up to `max` distinct ids of a collection.
    template <typename T> QStringList someIds(const SharedVector<T> &v, int max) const
    {
        QStringList ids;
        for (int i = random.below(max + 1); i > 0 && !v.empty(); --i) {
            const QString id = random.pick(v).id;
            if (!ids.contains(id))
                ids.append(id);
        }
        return ids;
    }
    QString partnerId() const
    {
        return s().partners.empty() ? QString() : random.pick(s().partners).id;
    }
    QString categoryId() const { return random.pick(s().categories).id; }
};

struct Operation {
    const char *name;
    int weight;
    std::function<bool(Context &)> apply; ///< pushes; false when not applicable now
};

/// A burst of typing into one field: several merging ChangeValue commands.
template <typename Field> bool typeInto(Context &c, QString id, const QString &text) // id: a copy, pushes may move the session's vectors
{
    const std::optional<QString> old = Field::get(c.s(), id);
    if (!old)
        return false;
    QString value = c.random.chance(30) ? QString() : *old;
    bool first = true;
    for (const QChar ch : text) {
        value += ch;
        auto *command = new ChangeValue<Field>(&c.doc, id, value, QStringLiteral("type"));
        command->setMergeable(!first);
        first = false;
        c.push(command);
    }
    return true;
}

template <typename Field> bool change(Context &c, QString id, typename Field::Value v)
{
    if (!Field::get(c.s(), id))
        return false;
    auto *command = new ChangeValue<Field>(&c.doc, id, std::move(v), QStringLiteral("change"));
    command->setMergeable(c.random.chance(50));
    c.push(command);
    return true;
}

/// Whether the session stays valid without the participant (nothing refers to it).
inline bool unreferenced(const Session &s, const QString &participantId)
{
    Session copy = s;
    erase_if(copy.participants, [&](const Participant &p) { return p.id == participantId; });
    return validate(copy).empty();
}

inline std::vector<Operation> operations()
{
    using P = Partner;
    return {
        {"add partner", 10,
         [](Context &c) {
             Partner p;
             p.id = c.newId("rp");
             p.label = c.random.text();
             p.category = c.random.chance(80) ? c.categoryId() : QString();
             if (c.random.chance(70))
                 p.placement = Placement{c.random.unit(), c.random.unit() * 360.0};
             c.push(new AddPartner(&c.doc, p, c.random.chance(20) ? 0 : -1));
             return true;
         }},
        {"move partners", 10,
         [](Context &c) {
             const QStringList ids = c.someIds(c.s().partners, 3);
             if (ids.isEmpty())
                 return false;
             const MapGeometry g = MapGeometry::forSession(c.s());
             std::vector<PartnerPlacement> moves;
             for (const QString &id : ids) {
                 const Partner *p = c.s().partner(id);
                 PartnerPlacement m{id, std::nullopt, p->category};
                 if (c.random.chance(90)) {
                     m.placement = Placement{c.random.unit(), c.random.unit() * 360.0};
                     const int sector = g.sectorAt(m.placement->angle);
                     if (!c.s().freePlacement && sector >= 0)
                         m.category = c.s().categories[static_cast<std::size_t>(sector)].id;
                 }
                 moves.push_back(m);
             }
             auto *command = new MovePartners(&c.doc, moves, QStringLiteral("move"));
             command->setMergeable(c.random.chance(40)); // part of a drag
             c.push(command);
             return true;
         }},
        {"delete partners and links", 6,
         [](Context &c) {
             QUndoCommand *command =
                 makeDeleteCommand(&c.doc, c.someIds(c.s().partners, 2), c.someIds(c.s().links, 1));
             if (command)
                 c.push(command);
             return command != nullptr;
         }},
        {"add link", 8,
         [](Context &c) {
             const QString from = c.random.chance(20) ? kSchoolId : c.partnerId();
             const QString to = c.partnerId();
             if (from.isEmpty() || to.isEmpty() || from == to)
                 return false;
             Link l;
             l.id = c.newId("rl");
             l.from = from;
             l.to = to;
             l.label = c.random.chance(30) ? c.random.text() : QString();
             c.push(new AddLink(&c.doc, l));
             return true;
         }},
        {"remove links", 4,
         [](Context &c) {
             const QStringList ids = c.someIds(c.s().links, 2);
             if (ids.isEmpty())
                 return false;
             c.push(new RemoveLinks(&c.doc, ids));
             return true;
         }},
        {"type a label", 6,
         [](Context &c) {
             return typeInto<PartnerField<&P::label>>(c, c.partnerId(), c.random.text());
         }},
        {"type notes", 6,
         [](Context &c) {
             return typeInto<PartnerField<&P::notes>>(c, c.partnerId(), c.random.text());
         }},
        {"change category", 4,
         [](Context &c) {
             const QString id = c.partnerId();
             const QString category = c.random.chance(85) ? c.categoryId() : QString();
             if (id.isEmpty() || c.s().partner(id)->extraCategories.contains(category))
                 return false;
             return change<PartnerField<&P::category>>(c, id, category);
         }},
        {"change extra categories", 4,
         [](Context &c) {
             const QString id = c.partnerId();
             if (id.isEmpty())
                 return false;
             QStringList extras = c.someIds(c.s().categories, 3);
             extras.removeAll(c.s().partner(id)->category);
             return change<PartnerField<&P::extraCategories>>(c, id, extras);
         }},
        {"change marks", 4,
         [](Context &c) {
             return change<PartnerField<&P::marks>>(c, c.partnerId(),
                                                    c.someIds(c.s().participants, 3));
         }},
        {"toggle disputed", 3,
         [](Context &c) {
             const QString id = c.partnerId();
             return !id.isEmpty() &&
                    change<PartnerField<&P::disputed>>(c, id, !c.s().partner(id)->disputed);
         }},
        {"change count", 3,
         [](Context &c) {
             return change<PartnerField<&P::count>>(c, c.partnerId(), c.random.below(10));
         }},
        {"type a link label", 3,
         [](Context &c) {
             return !c.s().links.empty() && typeInto<LinkField<&Link::label>>(
                                                c, c.random.pick(c.s().links).id, c.random.text());
         }},
        {"add missing partner", 4,
         [](Context &c) {
             MissingPartner m;
             m.id = c.newId("rm");
             m.label = c.random.text();
             m.category = c.random.chance(70) ? c.categoryId() : QString();
             if (!c.s().participants.empty() && c.random.chance(50))
                 m.mentionedBy = c.random.pick(c.s().participants).id;
             c.push(new AddObject<MissingPartner>(&c.doc, m, QStringLiteral("add missing")));
             return true;
         }},
        {"remove missing partner", 2,
         [](Context &c) {
             if (c.s().missingPartners.empty())
                 return false;
             c.push(new RemoveObject<MissingPartner>(&c.doc,
                                                     c.random.pick(c.s().missingPartners).id,
                                                     QStringLiteral("remove missing")));
             return true;
         }},
        {"type a missing partner's label", 2,
         [](Context &c) {
             return !c.s().missingPartners.empty() &&
                    typeInto<ObjectField<MissingPartner, &MissingPartner::label>>(
                        c, c.random.pick(c.s().missingPartners).id, c.random.text());
         }},
        {"add group", 3,
         [](Context &c) {
             Group g;
             g.id = c.newId("rg");
             g.label = c.random.text();
             g.members = c.someIds(c.s().partners, 4);
             c.push(new AddObject<Group>(&c.doc, g, QStringLiteral("add group"),
                                         c.random.chance(30) ? 0 : -1));
             return true;
         }},
        {"remove group", 2,
         [](Context &c) {
             if (c.s().groups.empty())
                 return false;
             c.push(new RemoveObject<Group>(&c.doc, c.random.pick(c.s().groups).id,
                                            QStringLiteral("remove group")));
             return true;
         }},
        {"change group members", 3,
         [](Context &c) {
             return !c.s().groups.empty() &&
                    change<ObjectField<Group, &Group::members>>(c, c.random.pick(c.s().groups).id,
                                                                c.someIds(c.s().partners, 4));
         }},
        {"add memo", 3,
         [](Context &c) {
             Memo m;
             m.id = c.newId("rmemo");
             m.text = c.random.text();
             m.atMs = c.random.below(100000);
             c.push(new AddObject<Memo>(&c.doc, m, QStringLiteral("add memo")));
             return true;
         }},
        {"remove memo", 2,
         [](Context &c) {
             if (c.s().memos.empty())
                 return false;
             c.push(new RemoveObject<Memo>(&c.doc, c.random.pick(c.s().memos).id,
                                           QStringLiteral("remove memo")));
             return true;
         }},
        {"type a memo", 2,
         [](Context &c) {
             return !c.s().memos.empty() && typeInto<ObjectField<Memo, &Memo::text>>(
                                                c, c.random.pick(c.s().memos).id, c.random.text());
         }},
        {"add participant", 2,
         [](Context &c) {
             Participant p;
             p.id = c.newId("rpart");
             p.code = QStringLiteral("P") + QString::number(c.s().participants.size() + 1);
             p.roleGroup = static_cast<RoleGroup>(c.random.below(4));
             c.push(new AddObject<Participant>(&c.doc, p, QStringLiteral("add participant")));
             return true;
         }},
        {"remove unreferenced participant", 2,
         [](Context &c) {
             if (c.s().participants.empty())
                 return false;
             const QString id = c.random.pick(c.s().participants).id;
             if (!unreferenced(c.s(), id))
                 return false;
             c.push(
                 new RemoveObject<Participant>(&c.doc, id, QStringLiteral("remove participant")));
             return true;
         }},
        {"type a participant's role", 2,
         [](Context &c) {
             return !c.s().participants.empty() &&
                    typeInto<ObjectField<Participant, &Participant::role>>(
                        c, c.random.pick(c.s().participants).id, c.random.text());
         }},
        {"toggle free placement", 1,
         [](Context &c) { return change<FreePlacementField>(c, QString(), !c.s().freePlacement); }},
        {"type the school name", 2,
         [](Context &c) {
             return typeInto<MetaField<&Meta::schoolName>>(c, QString(), c.random.text());
         }},
        {"two edits as one step (macro)", 3,
         [](Context &c) {
             c.doc.beginMacro(QStringLiteral("macro"));
             for (int i = 0; i < 2; ++i) {
                 const Operation &op = c.random.pick(c.ops);
                 if (std::string(op.name).find("macro") == std::string::npos)
                     op.apply(c);
             }
             c.doc.endMacro();
             return true;
         }},
    };
}

} // namespace nwk::undorandom
