// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of the CSV tables before they become RFC 4180 text.
#pragma once

#include "nwk/core/dataexport.h"

#include <QStringList>

#include <initializer_list>
#include <vector>

namespace nwk::dataexport {

struct CsvRows {
    QStringList header;
    std::vector<QStringList> rows;
    /// Per column: true for numbers the program writes (csvDocument() never neutralises
    /// them: a negative coordinate stays a number); false for text from the session.
    std::vector<bool> programColumns;
    /// Per column: true for lists joined by joinListCell() (their items go into the
    /// list-items table too).
    std::vector<bool> listColumns;
    /// The column that names a row in the list-items table (its `rowId`).
    qsizetype idColumn = 1;

    CsvRows() = default;
    CsvRows(std::initializer_list<const char *> columns)
    {
        for (const char *c : columns)
            header << QString::fromLatin1(c);
    }
    /// Marks the named columns as numbers the program writes.
    void numbers(std::initializer_list<const char *> columns)
    {
        programColumns.resize(std::size_t(header.size()), false);
        for (const char *c : columns) {
            const qsizetype i = header.indexOf(QString::fromLatin1(c));
            Q_ASSERT(i >= 0);
            if (i >= 0)
                programColumns[std::size_t(i)] = true;
        }
    }
    /// Marks the named columns as lists (joinListCell()).
    void lists(std::initializer_list<const char *> columns)
    {
        listColumns.resize(std::size_t(header.size()), false);
        for (const char *c : columns) {
            const qsizetype i = header.indexOf(QString::fromLatin1(c));
            Q_ASSERT(i >= 0);
            if (i >= 0)
                listColumns[std::size_t(i)] = true;
        }
    }
    /// Adds a row; it has as many fields as the header (checked in debug builds).
    void add(QStringList row)
    {
        Q_ASSERT(row.size() == header.size());
        rows.push_back(std::move(row));
    }
};

/// The rows of a table of `shown`, a session as sessionForExport() gives it.
CsvRows csvRows(const Session &shown, CsvTable table, const DataExportOptions &o);
/// csvRows() as CSV bytes (csvDocument()).
QByteArray csvTableOf(const Session &shown, CsvTable table, const DataExportOptions &o);
/// Alternatives, former placements, choice changes, relative placements (csvstatements.cpp).
CsvRows statementTable(const Session &s, CsvTable table, const DataExportOptions &o);
/// Card notes, quotes, closing answers, metaphors and memos (csvnotes.cpp).
CsvRows notesTable(const Session &s, const DataExportOptions &o);
/// Every timed thing on the session clock, one row each (csvtimeline.cpp).
CsvRows timelineTable(const Session &s, const DataExportOptions &o);
/// Every item of every list cell of the other tables, one row each (csvlists.cpp).
CsvRows listItemsTable(const Session &s, const DataExportOptions &o);
/// `<egoID>:<id>`: an id unique across stacked sessions (alterUid, sourceUid, ...).
QString uniqueId(const QString &ego, const QString &id);

} // namespace nwk::dataexport
