// SPDX-License-Identifier: GPL-3.0-or-later
// The long tables of schema 3: one row per participant's own placement, former placement,
// change of choice and relative placement; joinable on alterID (docs/exports.md).
#include "csvtable.h"
#include "exportcommon.h"

#include "nwk/core/anonymise.h"

namespace nwk::dataexport {

namespace {

template <typename E> QString spelling(E value)
{
    const std::string_view s = toString(value);
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

/// distance, angle, ring, ringLabel, distanceKind of a placement (ring and distance empty
/// when the distance was not discussed).
QStringList placementCells(const Session &s, const MapGeometry &g, const Placement &p,
                           const DataExportOptions &o)
{
    const auto v = placedValues(s, g, p, o.language);
    return {v->distance, number(p.angle), ringText(*v), v->ringLabel, spelling(p.distanceKind)};
}

QString speaker(const Session &s, const QString &participantId, const DataExportOptions &o)
{
    return participantId.isEmpty() ? QString() : participantLabel(s, participantId, o.anonymise);
}

CsvRows alternativesTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{"egoID", "alterID", "partner", "participantId", "participant", "distance", "angle",
               "ring", "ringLabel", "distanceKind", "note", "alterUid"}};
    t.numbers({"distance", "angle", "ring"});
    const MapGeometry g = MapGeometry::forSession(s);
    const QString ego = egoId(s, o);
    for (const Partner &p : s.partners)
        for (const AlternativePlacement &a : p.alternatives)
            t.add(QStringList{ego, p.id, exportPartnerLabel(p, o.anonymise), a.participantId,
                              speaker(s, a.participantId, o)} +
                  placementCells(s, g, a.placement, o) + QStringList{a.note, uniqueId(ego, p.id)});
    return t;
}

CsvRows formerTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{"egoID", "alterID", "partner", "order", "distance", "angle", "ring", "ringLabel",
               "distanceKind", "when", "why", "alterUid"}};
    t.numbers({"order", "distance", "angle", "ring"});
    const MapGeometry g = MapGeometry::forSession(s);
    const QString ego = egoId(s, o);
    for (const Partner &p : s.partners)
        for (std::size_t i = 0; i < p.formerPlacements.size(); ++i) {
            const FormerPlacement &f = p.formerPlacements[i];
            t.add(
                QStringList{ego, p.id, exportPartnerLabel(p, o.anonymise), QString::number(i + 1)} +
                placementCells(s, g, f.placement, o) +
                QStringList{f.when, f.why, uniqueId(ego, p.id)});
        }
    return t;
}

CsvRows choiceTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{"egoID", "alterID", "partner", "order", "participantId", "participant", "change",
               "otherPartnerId", "otherPartner", "note", "alterUid"}};
    t.numbers({"order"});
    const QString ego = egoId(s, o);
    for (const Partner &p : s.partners)
        for (std::size_t i = 0; i < p.choiceChanges.size(); ++i) {
            const ChoiceChange &c = p.choiceChanges[i];
            t.add({ego, p.id, exportPartnerLabel(p, o.anonymise), QString::number(i + 1),
                   c.participantId, speaker(s, c.participantId, o), spelling(c.change),
                   c.otherPartnerId,
                   c.otherPartnerId.isEmpty() ? QString()
                                              : endLabel(s, c.otherPartnerId, o.anonymise),
                   c.note, uniqueId(ego, p.id)});
        }
    return t;
}

CsvRows relativeTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{"egoID", "relativeId", "alterID", "partner", "relation", "referenceId", "reference",
               "text", "participantId", "participant", "alterUid", "referenceUid"}};
    const QString ego = egoId(s, o);
    for (const RelativePlacement &r : s.relativePlacements)
        t.add({ego, r.id, r.partnerId, endLabel(s, r.partnerId, o.anonymise), spelling(r.relation),
               r.referenceId, endLabel(s, r.referenceId, o.anonymise), r.text, r.participantId,
               speaker(s, r.participantId, o), uniqueId(ego, r.partnerId),
               uniqueId(ego, r.referenceId)});
    return t;
}

} // namespace

CsvRows statementTable(const Session &s, CsvTable table, const DataExportOptions &o)
{
    switch (table) {
    case CsvTable::Alternatives:
        return alternativesTable(s, o);
    case CsvTable::FormerPlacements:
        return formerTable(s, o);
    case CsvTable::ChoiceChanges:
        return choiceTable(s, o);
    case CsvTable::RelativePlacements:
        return relativeTable(s, o);
    default:
        return {};
    }
}

} // namespace nwk::dataexport
