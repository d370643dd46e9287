// SPDX-License-Identifier: GPL-3.0-or-later
// The R pack: egor-ready CSV tables of one session plus a generated R script
// (netwerkkaart.R) that loads them with base R and igraph, draws this map's sectors,
// rings, colours and labels with ggplot2/ggraph and prints the counts. docs/exports.md.
//
// Decisions:
//  - egor's default column names: `.egoID` in every table, `.altID` for partners,
//    `.srcID`/`.tgtID` for the links between two partners (egor's alter-alter ties);
//    links with the school are in their own table (egoties.csv), not among the ties.
//  - The ring is written as its label; the script makes it an ordered factor with every
//    ring as a level, innermost first (empty rings kept). Partners whose distance was
//    not discussed, and unplaced ones, have no ring (NA).
//  - One TRUE/FALSE column per category ("cat_<id>"): TRUE for the main category and for
//    every extra category of the partner.
//  - The map is the session's current map: `snapshotID` is "current"; the session's
//    snapshots are not in the pack.
//  - Same anonymisation and CSV protection as the CSV export (DataExportOptions); never a
//    byte order mark (R's read.csv would garble the first column's name).
#pragma once

#include "nwk/core/dataexport.h"

namespace nwk {

enum class RPackTable {
    Egos,       ///< egos.csv: one row, the school
    Alters,     ///< alters.csv: one row per partner
    AlterTies,  ///< aaties.csv: links between two partners
    EgoTies,    ///< egoties.csv: links between the school and a partner
    Former,     ///< former.csv: where partners used to be, oldest first
    Categories, ///< categories.csv: the CSV export's categories table
    Rings,      ///< rings.csv: the CSV export's rings table
    Timeline,   ///< timeline.csv: the CSV export's timeline table (everything timed)
};

/// Every table, in the order exportRPack() writes them.
const std::vector<RPackTable> &allRPackTables();
/// The file name of a table: "egos.csv", "alters.csv", ...
QString rPackFileName(RPackTable t);
/// The script's file name: "netwerkkaart.R".
QString rPackScriptName();

/// One table as CSV bytes (session as given; anonymised as `o` says).
QByteArray rPackTable(const Session &s, RPackTable t, const DataExportOptions &o);
/// The R script (UTF-8).
QByteArray rPackScript(const Session &s, const DataExportOptions &o);

/// Writes every table and the script into `dir` (created when missing), each atomically;
/// `written` gets the paths written. Empty on success, else a message naming the file
/// (or, for a refused anonymised export, one line per problem).
QString exportRPack(const Session &s, const QString &dir, const DataExportOptions &o,
                    QStringList *written = nullptr);

} // namespace nwk
