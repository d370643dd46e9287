// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing schools: the measures of several sessions side by side, and the partners
// that recur across them (docs/measures.md, "Comparing schools"). Qt Core only.
#pragma once

#include "nwk/core/diagnostics.h"
#include "nwk/core/measures.h"
#include "nwk/core/session.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nwk {

struct NamedSession {
    QString name; ///< column title: school name, else pseudonym, else the file's base name
    Session session;
};

/// The column title of a session: its school name, else its pseudonym, else `fileName`'s
/// base name (without folder and extension).
QString sessionColumnName(const Session &session, const QString &fileName);

/// Labels that name the same partner, e.g. {"CLB", "centrum voor leerlingenbegeleiding"}.
/// The first label of a group is the one shown for the group.
struct SynonymList {
    std::vector<QStringList> groups;
    /// The researcher's corrections: labels matched only with labels written the same
    /// (normalizedLabel()); no qualifier, abbreviation or synonym rule applies to them.
    QStringList apart;
    bool operator==(const SynonymList &) const = default;
};

/// Built-in synonyms of Flemish education (CLB, pedagogische begeleiding, ONW, CVO, ...).
SynonymList defaultSynonyms();

/// The key two labels share when they name the same partner: accents removed (NFKD,
/// combining marks dropped), case folded, everything but letters and digits dropped.
QString normalizedLabel(const QString &label);

/// The label without its bracketed qualifiers: "CLB (contactpersoon)" -> "CLB".
QString withoutQualifiers(const QString &label);

/// True when `abbreviation` (one word of 2 to 8 letters or digits, dots ignored, at least
/// two capitals and no more small letters than capitals) can abbreviate `text`: its first
/// letter starts a word of `text` and its other letters follow in order ("ONW" of
/// "ondersteuningsnetwerk", "PBD" of "pedagogische begeleidingsdienst").
bool isAbbreviationOf(const QString &abbreviation, const QString &text);

/// True when the partner is matched on the school's inside: scope internal, or in a
/// framed category (the built-in "interne actoren"). Such a partner never matches a
/// partner outside the school with the same words.
bool matchesAsInternal(const Session &session, const Partner &partner);

/// The matching keys of a label. A label in the `apart` list: "=" and its normalized
/// form. A label of a synonym group: the group's key. Otherwise the key of the label
/// without its bracketed qualifiers, and the key of each bracket that is an abbreviation
/// of the rest (or the rest of it): "ondersteuningsnetwerk (ONW)" -> {ondersteuningsnetwerk,
/// onw}. A key is the normalized label, or the normalized first label of the synonym
/// group it belongs to. Labels sharing a key name the same partner.
class PartnerMatcher {
public:
    explicit PartnerMatcher(const SynonymList &synonyms);
    /// The first of keys().
    QString key(const QString &label) const;
    QStringList keys(const QString &label) const;

private:
    QHash<QString, QString> m_canonical; ///< normalized synonym -> normalized first label
    QSet<QString> m_apart;               ///< normalized labels kept apart
};

struct ComparisonRow {
    QString category;   ///< category label; "Ring" rows: the ring label; empty for global rows
    QString measureKey; ///< see measureInfos()
    QString measure;    ///< display name
    QStringList values; ///< one per school
};

struct RecurringPartner {
    QString key;                     ///< normalized matching key (of the first partner)
    QString label;                   ///< shown: the synonym group's first label, else a label
    bool internal = false;           ///< matched on the school's inside (matchesAsInternal())
    std::vector<QStringList> ids;    ///< per school: the partner ids that match (may be empty)
    std::vector<QStringList> labels; ///< per school: their labels
    int schools = 0;                 ///< schools that have it (>= 2)
};

struct ComparisonTable {
    QStringList schools;
    std::vector<ComparisonRow> rows;
    std::vector<RecurringPartner> recurring; ///< most schools first, then by label
    /// Per school: ids of its partners that recur.
    std::vector<QStringList> recurringIds;

    /// Header ("Category", "Measure", school...) and rows as text cells.
    QStringList header() const;
    /// The measure rows, then matchedLabelCells().
    std::vector<QStringList> cells() const;
    std::vector<QStringList> measureCells() const;
    /// The labels each recurring partner was matched by: per partner (in `recurring`
    /// order) one row per label, "Recurring partner" (or "Recurring partner (internal)"),
    /// the partner's shown label, then per school its k-th matched label or "–". When
    /// given, `partnerOfRow` gets each row's index in `recurring`.
    std::vector<QStringList>
    matchedLabelCells(std::vector<std::size_t> *partnerOfRow = nullptr) const;
};

ComparisonTable compareSessions(const std::vector<NamedSession> &sessions,
                                const SynonymList &synonyms);

/// RFC 4180 CSV of the table: CRLF line ends, fields with comma, quote or line break
/// quoted, quotes doubled; UTF-8 without byte order mark; no bidi controls. Written as
/// the data exports' CSV (dataexport.h): a school name or category label that a
/// spreadsheet would run as a formula gets a leading "'" unless `raw`; the values
/// (numbers the program writes) are never changed.
QByteArray comparisonCsv(const ComparisonTable &table, bool raw = false);

// The synonyms file (docs/file-format.md, "Synonyms file"). Implemented in src/core/io/.
inline constexpr const char *kSynonymsFormatName = "netwerkkaart-synonyms";

struct SynonymsReadResult {
    std::optional<SynonymList> synonyms;
    Diagnostics diagnostics;
};
SynonymsReadResult parseSynonyms(const QByteArray &bytes);
SynonymsReadResult readSynonymsFile(const QString &fileName);
QByteArray serializeSynonyms(const SynonymList &synonyms);
/// Writes atomically; empty on success, else a message naming the file and the reason.
QString writeSynonymsFile(const SynonymList &synonyms, const QString &fileName);

} // namespace nwk
