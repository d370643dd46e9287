// SPDX-License-Identifier: GPL-3.0-or-later
// The REFI-QDA export (.qdpx, QDA-XML project 1.0): the exchange format of ATLAS.ti, MAXQDA,
// NVivo and QualCoder. Contents and decisions: docs/exports.md, "REFI-QDA project".
//
//  - A .qdpx is a ZIP archive (zipwriter.h) holding `project.qde` (the project, valid against
//    the standard's schema, tests/data/refi-qda/) and one UTF-8 plain-text file per text
//    source in `sources/` (referred to as "internal://<guid>.txt").
//  - Partners are Cases with Variables (kind, scope, category, extra categories, placed, how
//    the distance was stated, ring, ring label, distance, marks, disputed). A distance the
//    group did not discuss has no ring and no distance value (never a number).
//  - The codebook is the CodeBook; each annotation is a Note (its memo) and, for each of its
//    codes, a Coding on the selection of the text it annotates.
//  - Text sources: the map (one line per partner, link, group and missing partner, so
//    annotations on them have a text to code), one per card with its notes and quotes, the
//    closing answers, the metaphors and the memos; one PlainTextSelection per item, whose
//    Description gives its time on the session clock, its speaker and its question.
//  - GUIDs are name-based (UUID version 5) from a fixed namespace, the session's creation time
//    and each object's id: the same session gives the same GUIDs, and a re-export the same
//    bytes (the ZIP entries carry the session's last-saved time).
//  - Anonymised: the session as sessionForExport() gives it, like every export; refused while
//    a person has no pseudonym (pseudonymRefusal()). The project holds no ego id, so a school
//    without a pseudonym is not refused (it is "school"), unlike the CSV, GraphML and R pack.
#pragma once

#include "nwk/core/dataexport.h"
#include "nwk/core/zipwriter.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace nwk {

/// The archive's files before they are zipped: `project.qde` (UTF-8 XML) first, then
/// `sources/<guid>.txt` (UTF-8) per text source.
std::vector<ZipEntry> qdpxEntries(const Session &s, const DataExportOptions &o);

/// The whole .qdpx archive: qdpxEntries() zipped, stamped with the session's last save.
QByteArray qdpxArchive(const Session &s, const DataExportOptions &o);

/// Writes qdpxArchive() atomically. Empty on success, else a message naming the file (or,
/// for a refused anonymised export, one line per problem).
QString exportQdpx(const Session &s, const QString &fileName, const DataExportOptions &o);

} // namespace nwk
