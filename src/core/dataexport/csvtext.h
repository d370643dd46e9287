// SPDX-License-Identifier: GPL-3.0-or-later
// The one RFC 4180 writer of core: the data exports' CSV tables and the comparison table
// (compare --csv) are written by it, so both protect spreadsheets the same way.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace nwk::dataexport {

/// True when a spreadsheet would take the cell for a formula (or start one): it begins
/// with '=', '+', '-', '@', a tab or a carriage return (OWASP, "CSV injection").
bool csvFormulaLike(const QString &cell);

struct CsvDocumentOptions {
    /// Cells from the session that look like a formula get a leading "'" (Excel and
    /// LibreOffice then show them as text, without the quote). False: cells as they are.
    bool neutralise = true;
    bool byteOrderMark = false; ///< start with a UTF-8 byte order mark (for Excel)
};

/// RFC 4180 text: the header row, then the rows; comma-separated, CRLF after every
/// row, fields quoted as csvField() does; no bidi controls in any cell. Cells of the
/// columns marked true in `programColumns` (numbers the program writes, such as
/// negative coordinates) are never neutralised; columns past its end, and the header
/// row, are text.
QByteArray csvDocument(const QStringList &header, const std::vector<QStringList> &rows,
                       const std::vector<bool> &programColumns, const CsvDocumentOptions &o);

} // namespace nwk::dataexport
