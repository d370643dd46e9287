// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the GraphML and CSV exports: labels as exports show them, value
// formatting, and the anonymisation check. The session they take is the one the export
// draws (sessionForExport(): names already replaced when anonymising); `anonymise` only
// chooses what is shown (pseudonyms, roles), never replaces text.
#pragma once

#include "nwk/core/dataexport.h"
#include "nwk/core/geometry.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace nwk::dataexport {

/// The label of a category or ring in `language`, falling back to the other language.
QString localLabel(const QString &nl, const QString &en, const QString &language);
QString categoryLabel(const Session &s, const QString &categoryId, const QString &language);

/// A participant as the export shows it (exportParticipantLabel); the id when unknown.
QString participantLabel(const Session &s, const QString &participantId, bool anonymise);
/// A partner as the export shows it; "school" ids give the school's export name.
QString endLabel(const Session &s, const QString &id, bool anonymise);
QString schoolName(const Session &s, bool anonymise);
/// The egoID of every CSV row and of the GraphML graph (DataExportOptions::egoId, else
/// the school's export name; "school" when that is empty: anonymised, exportCsv() and
/// exportGraphml() refuse that case, see egoIdProblem()).
QString egoId(const Session &s, const DataExportOptions &o);

/// Doubles as the shortest text that reads back to the same value; "." as the separator.
QString number(double value);
/// Map coordinates rounded to 0.01 unit.
QString coordinate(double value);
/// GraphML's booleans (xsd:boolean): `true`/`false`.
QString boolean(bool value);
/// The CSV tables' booleans: `TRUE`/`FALSE`, which R's read.csv and pandas both read as
/// booleans (R reads `true` as text).
QString csvBoolean(bool value);
/// Session-clock milliseconds; empty for -1 (unknown).
QString timeMs(qint64 ms);

/// Derived placement values of a placed partner.
struct PlacedValues {
    int ring = 0; ///< 1 = innermost; 0 = in no ring (distance not discussed)
    QString ringLabel;
    QString distance; ///< the stated distance (0 on or in the school); empty: not discussed
    double x = 0;     ///< map units, school at (0,0), x to the right
    double y = 0;     ///< map units, y upwards (mathematical orientation)
};
std::optional<PlacedValues> placedValues(const Session &s, const MapGeometry &g,
                                         const std::optional<Placement> &p,
                                         const QString &language);

/// The ring column's text: empty when the partner is in no ring.
inline QString ringText(const PlacedValues &v)
{
    return v.ring > 0 ? QString::number(v.ring) : QString();
}

/// Labels of the groups `partnerId` belongs to; ids alike.
QStringList groupIdsOf(const Session &s, const QString &partnerId);
QStringList groupLabelsOf(const Session &s, const QString &partnerId);

/// Number of links between the school and the partner.
int schoolLinkCount(const Session &s, const QString &partnerId);

/// The refusal message of an anonymised export that writes the ego id (CSV, GraphML, the
/// R pack): persons without a pseudonym (pseudonymRefusal()) and egoIdProblem(); empty
/// when it may go ahead.
QString anonymisationRefusal(const Session &s, const DataExportOptions &o);
/// The refusal of an anonymised export that writes no ego id (the .qdpx): only person
/// partners without a pseudonym (anonymisationProblems()); empty when it may go ahead.
QString pseudonymRefusal(const Session &s, const DataExportOptions &o);

/// Text without the characters XML 1.0 forbids (controls other than tab, LF, CR) and
/// without bidi controls (isBidiControl()).
QString xmlSafe(const QString &text);

/// A list in one cell: joinListCell() (`\` and `;` in items as `\\` and `\;`).
inline QString joined(const QStringList &list)
{
    return joinListCell(list);
}

} // namespace nwk::dataexport
