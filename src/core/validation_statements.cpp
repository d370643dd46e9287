// SPDX-License-Identifier: GPL-3.0-or-later
// Validation of what schema 3 lets a group say (docs/file-format.md, "Schema 3").
#include "validationchecker.h"

namespace nwk::validation {

namespace {

void nonNegativeOrUnknown(Checker &c, double value, const Path &path)
{
    if (!std::isfinite(value) || (value < 0.0 && value != -1.0))
        c.error(
            path,
            QStringLiteral("%1 is not a valid value (>= 0, or -1 for unknown)").arg(num(value)));
}

void checkPlacementStatements(Checker &c, const Partner &p, const Path &base, const KnownIds &k)
{
    c.refs(p.desiredBy, k.participants, Path(base, "desiredBy"), "participant");
    if (!p.desiredBy.isEmpty() && !p.desiredPlacement)
        c.error(Path(base, "desiredBy"),
                QStringLiteral("who wishes a desired placement is given, but there is none"));
    const Path alternatives(base, "alternatives");
    for (std::size_t i = 0; i < p.alternatives.size(); ++i) {
        const Path item(alternatives, i);
        c.ref(p.alternatives[i].participantId, k.participants, Path(item, "participantId"),
              "participant", true);
        c.placement(p.alternatives[i].placement, Path(item, "placement"));
    }
    const Path former(base, "formerPlacements");
    for (std::size_t i = 0; i < p.formerPlacements.size(); ++i)
        c.placement(p.formerPlacements[i].placement, Path(Path(former, i), "placement"));
    nonNegativeOrUnknown(c, p.geoKm, Path(base, "geoKm"));
    if (p.neutralZone && p.placement)
        c.error(
            Path(base, "neutralZone"),
            QStringLiteral("a partner in the neutral zone has no placement; this one is placed"));
}

void checkPriority(Checker &c, const Partner &p, const Path &base, const KnownIds &k)
{
    nonNegativeOrUnknown(c, p.voteCount, Path(base, "voteCount"));
    const Path roleVotes(base, "roleVotes");
    for (std::size_t i = 0; i < p.roleVotes.size(); ++i) {
        if (p.roleVotes[i].count < 0)
            c.error(Path(Path(roleVotes, i), "count"),
                    QStringLiteral("%1 is negative").arg(p.roleVotes[i].count));
    }
    const Path changes(base, "choiceChanges");
    for (std::size_t i = 0; i < p.choiceChanges.size(); ++i) {
        const ChoiceChange &ch = p.choiceChanges[i];
        const Path item(changes, i);
        c.ref(ch.participantId, k.participants, Path(item, "participantId"), "participant", true);
        c.ref(ch.otherPartnerId, k.partners, Path(item, "otherPartnerId"), "partner", true);
        if (ch.otherPartnerId == p.id)
            c.error(Path(item, "otherPartnerId"),
                    QStringLiteral("a choice cannot be replaced by the same partner"));
    }
}

void checkIdentity(Checker &c, const Partner &p, const Path &base, const KnownIds &k)
{
    c.ref(p.sameAsPartner, k.partners, Path(base, "sameAsPartner"), "partner", true);
    if (!p.sameAsPartner.isEmpty() && p.sameAsPartner == p.id)
        c.error(Path(base, "sameAsPartner"), QStringLiteral("a partner cannot match itself"));
    c.ref(p.sameAsParticipant, k.participants, Path(base, "sameAsParticipant"), "participant",
          true);
    c.ref(p.contactOf, k.partners, Path(base, "contactOf"), "partner", true);
    if (!p.contactOf.isEmpty() && p.contactOf == p.id)
        c.error(Path(base, "contactOf"),
                QStringLiteral("a contact person cannot be attached to itself"));
    if (p.addedAfterSession && p.addedMs >= 0)
        c.error(
            Path(base, "addedAfterSession"),
            QStringLiteral("added after the session, but it has a session-clock time (addedMs)"));
    if (!p.addedAfterAt.isEmpty() && !p.addedAfterSession)
        c.error(Path(base, "addedAfterAt"),
                QStringLiteral("a time added after the session is given, but addedAfterSession "
                               "is false"));
}

void checkLink(Checker &c, const Link &l, const Path &base, const KnownIds &k)
{
    if (!l.initiatedBy.isEmpty() && l.initiatedBy != l.from && l.initiatedBy != l.to)
        c.error(Path(base, "initiatedBy"),
                QStringLiteral("\"%1\" is not an end of this link (from \"%2\", to \"%3\")")
                    .arg(l.initiatedBy, l.from, l.to));
    if (l.schoolRole != SchoolRole::Unstated && l.from != kSchoolId && l.to != kSchoolId)
        c.error(Path(base, "schoolRole"),
                QStringLiteral("the school's role is for links to the school; this link does "
                               "not touch it"));
    c.ref(l.via, k.partners, Path(base, "via"), "partner", true);
    if (!l.via.isEmpty() && (l.via == l.from || l.via == l.to))
        c.error(Path(base, "via"),
                QStringLiteral("\"%1\" is an end of the link, not a go-between").arg(l.via));
}

void checkRelative(Checker &c, const Session &s, const KnownIds &k)
{
    IdSet ends = k.partners;
    ends.insert(kSchoolId, 0);
    const Path path("relativePlacements");
    for (std::size_t i = 0; i < s.relativePlacements.size(); ++i) {
        const RelativePlacement &r = s.relativePlacements[i];
        const Path base(path, i);
        c.ref(r.partnerId, k.partners, Path(base, "partnerId"), "partner", false);
        c.ref(r.referenceId, ends, Path(base, "referenceId"), "partner", false);
        if (!r.partnerId.isEmpty() && r.partnerId == r.referenceId)
            c.error(Path(base, "referenceId"),
                    QStringLiteral("a partner cannot be placed relative to itself"));
        c.ref(r.participantId, k.participants, Path(base, "participantId"), "participant", true);
    }
}

void checkSessionStatements(Checker &c, const Session &s, const KnownIds &k)
{
    const Path missing("missingPartners");
    for (std::size_t i = 0; i < s.missingPartners.size(); ++i)
        c.ref(s.missingPartners[i].partnerId, k.partners, Path(Path(missing, i), "partnerId"),
              "partner", true);
    const Path metaphors("metaphors");
    for (std::size_t i = 0; i < s.metaphors.size(); ++i) {
        const Metaphor &m = s.metaphors[i];
        if (m.byGroup && (!m.participantId.isEmpty() || !m.role.isEmpty()))
            c.error(Path(Path(metaphors, i), "byGroup"),
                    QStringLiteral("said by the whole group, and also by one participant or role"));
    }
    const Path meta("meta");
    if (s.meta.durationMinutes < -1)
        c.error(Path(meta, "durationMinutes"),
                QStringLiteral("%1 is not a valid value (>= 0, or -1 for unknown)")
                    .arg(s.meta.durationMinutes));
    if (s.meta.participantCountSaid < -1)
        c.error(Path(meta, "participantCountSaid"),
                QStringLiteral("%1 is not a valid value (>= 0, or -1 for not said)")
                    .arg(s.meta.participantCountSaid));
}

} // namespace

void checkStatements(Checker &c, const Session &s, const KnownIds &k)
{
    const Path partners("partners");
    for (std::size_t i = 0; i < s.partners.size(); ++i) {
        const Path base(partners, i);
        checkPlacementStatements(c, s.partners[i], base, k);
        checkPriority(c, s.partners[i], base, k);
        checkIdentity(c, s.partners[i], base, k);
    }
    const Path links("links");
    for (std::size_t i = 0; i < s.links.size(); ++i)
        checkLink(c, s.links[i], Path(links, i), k);
    checkRelative(c, s, k);
    checkSessionStatements(c, s, k);
}

} // namespace nwk::validation
