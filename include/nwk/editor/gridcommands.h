// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the map's grid: categories (the sectors, in order) and rings.
//
// The structural edits (add, remove, reorder a category; change the ring count)
// are pure functions Session -> Session in namespace nwk::grid, and one undo
// command, GridChange, takes the document from its current session to such a
// target. GridChange stores the old and new categories and rings and only the
// partners and missing partners that change, as values; undo puts the old
// values back exactly.
//
// Placements keep their meaning: sectors are equal spans in category order, so
// when the categories change every stored angle is recomputed so that a
// placement stays in the sector of the same category (or the category it was
// reassigned to) at the same relative position within that sector; distances
// never change. Rings are equal bands of the continuous distance, so changing
// the ring count moves only the ring boundaries: placements stay where they are.
//
// Field edits of one category (labels, colour, marker ...) use
// ChangeValue<CategoryField<&Category::x>>; ring labels use
// ChangeValue<RingField<&Ring::x>> with the ring's index as the object id.
#pragma once

#include "nwk/core/session.h"
#include "nwk/editor/changevalue.h"

#include <QHash>

#include <vector>

namespace nwk {

class SessionDocument;

namespace grid {

/// How many objects refer to the category: partners by primary or extra
/// category, missing partners by category.
int categoryUseCount(const Session &s, const QString &categoryId);

/// The placement angle in `to`'s sectors that has the meaning `angle` has in
/// `from`'s sectors. `renamed` maps a category id of `from` to the id that takes
/// its place in `to` (unlisted ids map to themselves); a sector whose category is
/// not in `to` maps to `fallback`. Returns `angle` unchanged when nothing maps.
double remapAngle(double angle, const std::vector<Category> &from, const std::vector<Category> &to,
                  const QHash<QString, QString> &renamed = {}, const QString &fallback = {});

/// The session with `category` inserted at `index` (clamped).
Session addCategory(const Session &s, const Category &category, int index);

/// The session without the category. Its partners (primary and extra category)
/// and missing partners are reassigned to `reassignTo`, or, when that is empty,
/// lose the reference. Placements in its sector move into the sector of
/// `reassignTo` (or, when empty, of its neighbour that takes its place).
/// Returns `s` unchanged when the category is absent or the last one.
Session removeCategory(const Session &s, const QString &categoryId, const QString &reassignTo);

/// The session with the category moved to position `to` (clamped).
Session moveCategory(const Session &s, const QString &categoryId, int to);

/// The session with `count` rings (at least 1): new rings are added outside
/// ("ring N"), removed rings are the outermost.
Session setRingCount(const Session &s, int count);

/// A fresh category id ("cat1", "cat2", ...).
QString newCategoryId(const Session &s);

} // namespace grid

/// One undo step that takes the document's categories, rings, partners and
/// missing partners to those of `target` (other parts of target are ignored).
/// Obsolete when nothing changes.
class GridChange : public EditCommand {
public:
    GridChange(SessionDocument *document, const Session &target, const QString &text,
               QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const SharedVector<Category> &categories, const SharedVector<Ring> &rings,
               const std::vector<Partner> &partners, const std::vector<MissingPartner> &missing);

    SessionDocument *m_document;
    SharedVector<Category> m_oldCategories, m_newCategories;
    SharedVector<Ring> m_oldRings, m_newRings;
    std::vector<Partner> m_oldPartners, m_newPartners;      ///< the changed ones
    std::vector<MissingPartner> m_oldMissing, m_newMissing; ///< the changed ones
};

/// A member of the ring whose index (as a decimal string) is the object id, e.g.
/// ChangeValue<RingField<&Ring::labelNl>>(doc, "2", text, tr("Rename ring")).
template <auto Member> struct RingField {
    using Value = detail::MemberValue<Ring, Member>;
    static std::optional<Value> get(const Session &s, const QString &id)
    {
        bool ok = false;
        const int i = id.toInt(&ok);
        if (!ok || i < 0 || i >= static_cast<int>(s.rings.size()))
            return std::nullopt;
        return s.rings[static_cast<std::size_t>(i)].*Member;
    }
    static void set(DocumentEditor &e, const QString &id, const Value &v)
    {
        bool ok = false;
        const int i = id.toInt(&ok);
        SharedVector<Ring> rings = e.session().rings;
        if (!ok || i < 0 || i >= static_cast<int>(rings.size()))
            return;
        rings[static_cast<std::size_t>(i)].*Member = v;
        e.assign(&Session::rings, ChangeKind::Ring, rings);
    }
};

} // namespace nwk
