// SPDX-License-Identifier: GPL-3.0-or-later
// Data exports for analysis tools: GraphML (Gephi, yEd, igraph, networkx) and CSV tables
// (spreadsheets, R's egor). Columns and keys are documented in docs/exports.md.
//
// Decisions:
//  - GraphML: the school is the ego node (id "school", ego=true); every partner is a node
//    (unplaced ones too, placed=false); missing partners are not nodes (they are not in
//    the network) but have their own CSV table. Edges are undirected in the file
//    (edgedefault="undirected", no per-edge `directed` attribute: networkx and igraph refuse
//    or ignore graphs that mix both); the link's direction is the edge attribute
//    `direction` ("none", "one-way" = fromId -> toId, "both-ways"). Readers of undirected
//    graphs may swap source and target, so `fromId` and `toId` carry the ends as drawn.
//  - CSV: RFC 4180 (comma, CRLF, fields quoted when they hold a comma, quote, CR or LF),
//    UTF-8 without byte order mark unless `byteOrderMark` (Excel's double-click needs one;
//    R's read.csv would garble the first column name with one). Text cells that a
//    spreadsheet would run as a formula get a leading "'" unless `rawCsv`.
//  - Every export draws sessionForExport() (anonymise.h): no bidi controls in any text,
//    and when anonymising no real name of a person or of the school in any text.
//  - Anonymised: persons under their pseudonym (no full name, no notes), participants
//    under their role (no code, no note), the school under its pseudonym, no facilitators;
//    persons' and the school's names in every text replaced by their pseudonyms.
//    exportGraphml() and exportCsv() refuse, naming each person without a pseudonym
//    (anonymisationProblems()); graphmlDocument() and csvTable() do not check.
//  - Ego ids: every CSV row and the GraphML graph carry the ego id (egor's egoID), so
//    that several schools' tables can be stacked. It is `egoId`, else the school's
//    pseudonym (anonymised) or name; anonymised without a school pseudonym exportCsv(),
//    exportGraphml() and exportRPack() refuse (egoIdProblem()) instead of using "school" for
//    every school (exportQdpx(), which writes no ego id, does not). Alter ids
//    (`pa1`) repeat across sessions: the tables add `alterUid` = "<egoID>:<alterID>"
//    (and `sourceUid`, `targetUid`, `referenceUid`) beside the old id columns.
//  - Lists in one cell (`markedBy`, `groups`, ...) are joined with ';', an item's '\'
//    and ';' written as "\\" and "\;" (joinListCell()); the list-items table holds every
//    item of every such cell in long form.
#pragma once

#include "nwk/core/deck.h"
#include "nwk/core/session.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace nwk {

struct DataExportOptions {
    bool anonymise = false;
    QString language = QStringLiteral("nl"); ///< labels of categories and rings: "nl" or "en"
    /// The ego's id in every CSV table and the GraphML graph (egor's egoID); empty = the
    /// school's name (its pseudonym when anonymising). Anonymised without a school
    /// pseudonym the data exports refuse unless it is given (egoIdProblem()).
    QString egoId;
    /// When set, the notes table gets the card themes and question texts.
    const Deck *deck = nullptr;
    bool byteOrderMark = false; ///< CSV: start with a UTF-8 byte order mark (for Excel)
    /// CSV: cells as they are. By default a cell from the session that starts with '=',
    /// '+', '-', '@', a tab or a carriage return gets a leading "'" so that a spreadsheet
    /// shows it as text instead of running it as a formula (numbers the program writes,
    /// such as negative coordinates, are never changed).
    bool rawCsv = false;
};

/// The session as a GraphML document (UTF-8).
QByteArray graphmlDocument(const Session &s, const DataExportOptions &o);
/// Writes graphmlDocument() atomically. Empty on success, else a message naming the file
/// (or, for a refused anonymised export, one line per problem).
QString exportGraphml(const Session &s, const QString &fileName, const DataExportOptions &o);

enum class CsvTable {
    Ego,             ///< one row: the school (egor's egos)
    Partners,        ///< one row per partner (egor's alters)
    Links,           ///< links between two partners (egor's alter-alter ties)
    SchoolLinks,     ///< links between the school and a partner
    Participants,    ///< the focus group
    Marks,           ///< one row per (partner, participant) importance mark
    MissingPartners, ///< partners the group misses, hopes for, lost, ...
    NotesAndQuotes,  ///< card notes, quotes, closing answers, metaphors, memos
    Annotations,     ///< the researcher's annotations
    // Schema 3: one row per statement, joinable on alterID.
    Alternatives,       ///< participants' own placements of a partner
    FormerPlacements,   ///< where partners used to be
    ChoiceChanges,      ///< participants' choices replaced or supplemented
    RelativePlacements, ///< "a bit further than ...": one partner relative to another
    ListItems,          ///< every item of every `;`-joined list cell, one row each
    // The map's drawing: enough to redraw it (csvmaptables.cpp).
    Categories, ///< one row per category: colour, marker, sector angles, order
    Rings,      ///< the school disc, every ring and the band: radii in map units
    Timeline,   ///< every timed thing on the session clock (timeline.h; csvtimeline.cpp)
};

/// Every table, in the order exportCsv() writes them.
const std::vector<CsvTable> &allCsvTables();
/// The file-name suffix of a table: "partners", "links", "school-links", ...
QString csvTableName(CsvTable t);

/// One table as CSV bytes (header row first).
QByteArray csvTable(const Session &s, CsvTable t, const DataExportOptions &o);
/// Writes one CSV per table into `dir` as "<baseName>-<csvTableName>.csv"; `written` gets
/// the paths of the files written. Empty on success, else a message (see exportGraphml).
QString exportCsv(const Session &s, const QString &dir, const QString &baseName,
                  const DataExportOptions &o, QStringList *written = nullptr);

/// The ego id the data exports write for `s` (egoID): `egoId`, else the school's name
/// (its pseudonym when anonymising), else "school".
QString dataEgoId(const Session &s, const DataExportOptions &o);
/// Why the data exports cannot name the ego, or empty: anonymised, no `egoId` given and
/// the school has no pseudonym, so every such school would be "school".
QString egoIdProblem(const Session &s, const DataExportOptions &o);

/// A list as one cell: each item's '\' and ';' escaped as "\\" and "\;", the items
/// joined with ';' ("leerkracht; ICT" and "zorg" give "leerkracht\; ICT;zorg").
QString joinListCell(const QStringList &items);
/// The items of a joinListCell() cell; an empty cell is an empty list.
QStringList splitListCell(const QString &cell);

/// One CSV field, quoted per RFC 4180 when it holds a comma, a double quote, CR or LF.
QString csvField(const QString &text);

} // namespace nwk
