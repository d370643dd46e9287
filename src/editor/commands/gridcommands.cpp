// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/gridcommands.h"

#include "nwk/core/geometry.h"
#include "nwk/core/ids.h"
#include "nwk/editor/sessiondocument.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nwk::grid {

namespace {

MapGeometry sectors(std::size_t count)
{
    MapGeometry g;
    g.sectorCount = static_cast<int>(count);
    return g;
}

/// Recomputes every stored angle of `s` (partners' placements and desired
/// placements, missing partners' placements) from the sectors of `from` to those
/// of s.categories.
void remapAll(Session &s, const std::vector<Category> &from, const QHash<QString, QString> &renamed,
              const QString &fallback)
{
    auto remap = [&](std::optional<Placement> &p) {
        if (p)
            p->angle = remapAngle(p->angle, from, s.categories, renamed, fallback);
    };
    for (Partner &p : s.partners) {
        remap(p.placement);
        remap(p.desiredPlacement);
    }
    for (MissingPartner &m : s.missingPartners)
        remap(m.placement);
}

} // namespace

int categoryUseCount(const Session &s, const QString &categoryId)
{
    int n = 0;
    for (const Partner &p : s.partners)
        if (p.category == categoryId || p.extraCategories.contains(categoryId))
            ++n;
    for (const MissingPartner &m : s.missingPartners)
        if (m.category == categoryId)
            ++n;
    return n;
}

double remapAngle(double angle, const std::vector<Category> &from, const std::vector<Category> &to,
                  const QHash<QString, QString> &renamed, const QString &fallback)
{
    if (from.empty() || to.empty())
        return angle;
    const MapGeometry gf = sectors(from.size());
    const int i = gf.sectorAt(angle);
    const QString &oldId = from[static_cast<std::size_t>(i)].id;
    int j = indexOfId(to, renamed.value(oldId, oldId));
    if (j < 0)
        j = indexOfId(to, fallback);
    if (j < 0)
        return angle;
    if (j == i && from.size() == to.size())
        return angle; // same sector, same span: exactly the same angle
    const MapGeometry gt = sectors(to.size());
    const double frac =
        std::clamp((normalizeAngle(angle) - gf.sectorStart(i)) / gf.sectorSpan(), 0.0, 1.0);
    constexpr double inf = std::numeric_limits<double>::infinity();
    const double end = j + 1 == gt.sectorCount ? 360.0 : gt.sectorStart(j + 1);
    double a = std::min(gt.sectorStart(j) + frac * gt.sectorSpan(), std::nextafter(end, -inf));
    // Rounding must not carry the angle over a sector boundary.
    for (int guard = 0; guard < 64 && gt.sectorAt(a) > j; ++guard)
        a = std::nextafter(a, -inf);
    for (int guard = 0; guard < 64 && gt.sectorAt(a) < j; ++guard)
        a = std::nextafter(a, inf);
    return a;
}

Session addCategory(const Session &s, const Category &category, int index)
{
    Session t = s;
    index = std::clamp(index, 0, static_cast<int>(t.categories.size()));
    t.categories.insert(t.categories.begin() + index, category);
    remapAll(t, s.categories, {}, {});
    return t;
}

Session removeCategory(const Session &s, const QString &categoryId, const QString &reassignTo)
{
    const int index = indexOfId(s.categories, categoryId);
    if (index < 0 || s.categories.size() < 2 || reassignTo == categoryId)
        return s;
    Session t = s;
    t.categories.erase(t.categories.begin() + index);
    const QString target = indexOfId(t.categories, reassignTo) >= 0 ? reassignTo : QString();
    // The sector's placements go to the target's sector, else to the category that
    // now occupies its position (the next one, or the previous one at the end).
    const QString sectorHeir =
        !target.isEmpty() ? target
                          : t.categories[static_cast<std::size_t>(std::min(
                                             index, static_cast<int>(t.categories.size()) - 1))]
                                .id;

    for (Partner &p : t.partners) {
        if (p.category == categoryId)
            p.category = target;
        QStringList extras;
        for (const QString &e : std::as_const(p.extraCategories)) {
            const QString id = e == categoryId ? target : e;
            if (!id.isEmpty() && id != p.category && !extras.contains(id))
                extras.append(id);
        }
        p.extraCategories = extras;
    }
    for (MissingPartner &m : t.missingPartners)
        if (m.category == categoryId)
            m.category = target;
    remapAll(t, s.categories, {{categoryId, sectorHeir}}, sectorHeir);
    return t;
}

Session moveCategory(const Session &s, const QString &categoryId, int to)
{
    const int from = indexOfId(s.categories, categoryId);
    if (from < 0)
        return s;
    to = std::clamp(to, 0, static_cast<int>(s.categories.size()) - 1);
    if (to == from)
        return s;
    Session t = s;
    const Category moved = t.categories[static_cast<std::size_t>(from)];
    t.categories.erase(t.categories.begin() + from);
    t.categories.insert(t.categories.begin() + to, moved);
    remapAll(t, s.categories, {}, {});
    return t;
}

Session setRingCount(const Session &s, int count)
{
    Session t = s;
    count = std::max(1, count);
    t.rings.resize(std::min(t.rings.size(), static_cast<std::size_t>(count)));
    while (static_cast<int>(t.rings.size()) < count) {
        Ring r;
        r.labelNl = QStringLiteral("ring %1").arg(t.rings.size() + 1);
        r.labelEn = QStringLiteral("ring %1").arg(t.rings.size() + 1);
        t.rings.push_back(r);
    }
    return t;
}

QString newCategoryId(const Session &s)
{
    return uniqueId(s, QStringLiteral("cat"));
}

} // namespace nwk::grid

namespace nwk {

namespace {
/// The objects of `after` that differ from `before` (same ids in both), with
/// their values before and after.
template <typename T>
void changed(const SharedVector<T> &before, const SharedVector<T> &after, std::vector<T> &oldOut,
             std::vector<T> &newOut)
{
    for (const T &b : before) {
        const T *a = findId(after, b.id);
        if (a && !(*a == b)) {
            oldOut.push_back(b);
            newOut.push_back(*a);
        }
    }
}
} // namespace

GridChange::GridChange(SessionDocument *document, const Session &target, const QString &text,
                       QUndoCommand *parent)
    : EditCommand(text, parent)
    , m_document(document)
    , m_oldCategories(document->session().categories)
    , m_newCategories(target.categories)
    , m_oldRings(document->session().rings)
    , m_newRings(target.rings)
{
    const Session &s = document->session();
    changed(s.partners, target.partners, m_oldPartners, m_newPartners);
    changed(s.missingPartners, target.missingPartners, m_oldMissing, m_newMissing);
    setObsolete(m_oldCategories == m_newCategories && m_oldRings == m_newRings &&
                m_newPartners.empty() && m_newMissing.empty());
}

void GridChange::redo()
{
    apply(m_newCategories, m_newRings, m_newPartners, m_newMissing);
}

void GridChange::undo()
{
    apply(m_oldCategories, m_oldRings, m_oldPartners, m_oldMissing);
}

void GridChange::apply(const SharedVector<Category> &categories, const SharedVector<Ring> &rings,
                       const std::vector<Partner> &partners,
                       const std::vector<MissingPartner> &missing)
{
    // Order keeps every reference valid at each step: first add the categories
    // that objects will refer to, then change the objects, then drop the
    // categories nobody refers to any more, then order and edit.
    DocumentEditor e = editor(m_document);
    const Session &s = e.session();
    for (std::size_t i = 0; i < categories.size(); ++i)
        if (!s.category(categories[i].id))
            e.insert(static_cast<int>(i), categories[i]);
    for (const Partner &p : partners)
        e.replace(p);
    for (const MissingPartner &m : missing)
        e.replace(m);
    const std::vector<Category> current = s.categories;
    for (const Category &c : current)
        if (std::none_of(categories.begin(), categories.end(),
                         [&](const Category &x) { return x.id == c.id; }))
            e.remove<Category>(c.id);
    for (std::size_t i = 0; i < categories.size(); ++i) {
        if (s.categories[i].id != categories[i].id)
            e.move<Category>(categories[i].id, static_cast<int>(i));
        e.replace(categories[i]);
    }
    e.assign(&Session::rings, ChangeKind::Ring, rings);
}

} // namespace nwk
