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

    CsvRows() = default;
    CsvRows(std::initializer_list<const char *> columns)
    {
        for (const char *c : columns)
            header << QString::fromLatin1(c);
    }
    /// Adds a row; it has as many fields as the header (checked in debug builds).
    void add(QStringList row)
    {
        Q_ASSERT(row.size() == header.size());
        rows.push_back(std::move(row));
    }
};

CsvRows csvRows(const Session &s, CsvTable table, const DataExportOptions &o);
/// Card notes, quotes, closing answers, metaphors and memos (csvnotes.cpp).
CsvRows notesTable(const Session &s, const DataExportOptions &o);

} // namespace nwk::dataexport
