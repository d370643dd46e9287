// SPDX-License-Identifier: GPL-3.0-or-later
#include "partneredits.h"

#include "nwk/core/geometry.h"
#include "nwk/core/placement.h"
#include "nwk/editor/changevalue.h"
#include "nwk/editor/partnercommands.h"
#include "nwk/editor/sessiondocument.h"
#include "shared/propertytexts.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>

namespace nwk::edits {

namespace {
/// The translation context of this file's texts (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nwk::Properties)
};

void pushMove(SessionDocument *doc, const QString &id, const std::optional<Placement> &placement,
              const QString &category, const QString &text, bool mergeable)
{
    auto *command = new MovePartners(doc, {PartnerPlacement{id, placement, category}}, text);
    command->setMergeable(mergeable);
    doc->push(command);
}
} // namespace

void setCategory(SessionDocument *doc, const QString &partnerId, const QString &categoryId)
{
    const Session &s = doc->session();
    const auto choice = placementForCategory(s, MapGeometry::forSession(s), partnerId, categoryId,
                                             PlacementPolicy::forSession(s));
    if (!choice)
        return;
    // Through MovePartners, so an extra category that becomes primary swaps places
    // with the old primary.
    const PartnerPlacement &to = choice->placement;
    const Partner *p = s.partner(partnerId);
    const Category *c = s.category(categoryId);
    const QString label = p ? p->label : partnerId;
    const QString category = c ? texts::categoryName(s, *c) : categoryId;
    //: History steps: %1 the partner, %2 the category
    pushMove(
        doc, partnerId, to.placement, to.category,
        choice->movesToSector
            ? Tr::tr("Move \u201c%1\u201d to category \u201c%2\u201d").arg(label, category)
            : Tr::tr("Change category of \u201c%1\u201d to \u201c%2\u201d").arg(label, category),
        false);
}

Placement defaultPlacement(const Session &s, const QString &partnerId)
{
    const MapGeometry g = MapGeometry::forSession(s);
    const Partner *p = s.partner(partnerId);
    const int sector = p ? s.categoryIndex(p->category) : -1;
    return Placement{0.5, sector >= 0 ? g.sectorMid(sector) : 0.0};
}

void setRing(SessionDocument *doc, const QString &partnerId, int ring)
{
    const Session &s = doc->session();
    const Partner *p = s.partner(partnerId);
    if (!p || ring < 0 || ring >= static_cast<int>(s.rings.size()))
        return;
    const MapGeometry g = MapGeometry::forSession(s);
    Placement target = p->placement ? *p->placement : defaultPlacement(s, partnerId);
    target.distance = g.ringMidDistance(ring);
    if (p->placement == target)
        return;
    //: History step: %1 the partner, %2 the ring
    pushMove(doc, partnerId, target, p->category,
             Tr::tr("Move \u201c%1\u201d to ring \u201c%2\u201d")
                 .arg(p->label, texts::ringName(s, ring)),
             false);
}

void moveTo(SessionDocument *doc, const QString &partnerId, const Placement &placement,
            bool mergeable)
{
    const Session &s = doc->session();
    const Partner *p = s.partner(partnerId);
    if (!p)
        return;
    const Placement target{std::clamp(placement.distance, 0.0, 1.0),
                           normalizeAngle(placement.angle), placement.distanceKind};
    const QString category = placementFor(s, MapGeometry::forSession(s), partnerId, target,
                                          PlacementPolicy::forSession(s))
                                 .category;
    if (p->placement == target && category == p->category)
        return;
    pushMove(doc, partnerId, target, category, Tr::tr("Move partner"), mergeable);
}

void toggleMark(SessionDocument *doc, const QString &partnerId, const QString &participantId)
{
    const Partner *p = doc->session().partner(partnerId);
    if (!p)
        return;
    QStringList marks = p->marks;
    const bool had = marks.removeAll(participantId) > 0;
    if (!had)
        marks.append(participantId);
    auto *command = new ChangeValue<PartnerField<&Partner::marks>>(
        doc, partnerId, marks, had ? Tr::tr("Remove mark") : Tr::tr("Add mark"));
    command->setMergeable(false);
    doc->push(command);
}

void setDisputed(SessionDocument *doc, const QString &partnerId, bool disputed)
{
    auto *command = new ChangeValue<PartnerField<&Partner::disputed>>(
        doc, partnerId, disputed, disputed ? Tr::tr("Mark as disputed") : Tr::tr("Mark as agreed"));
    command->setMergeable(false);
    doc->push(command);
}

std::optional<Placement> desiredStep(const Session &s, const QString &partnerId, int step)
{
    const Partner *p = s.partner(partnerId);
    if (!p || (!p->desiredPlacement && !p->placement) || s.rings.empty())
        return std::nullopt;
    const MapGeometry g = MapGeometry::forSession(s);
    Placement base = p->desiredPlacement ? *p->desiredPlacement : *p->placement;
    const int ring =
        std::clamp(g.ringAt(base.distance) + step, 0, static_cast<int>(s.rings.size()) - 1);
    base.distance = g.ringMidDistance(ring);
    return base;
}

} // namespace nwk::edits
