// SPDX-License-Identifier: GPL-3.0-or-later
// The list-items table: every item of every ';'-joined list cell of the other CSV tables,
// one row each, so that R and pandas need not split cells (docs/exports.md).
#include "csvtable.h"
#include "exportcommon.h"

namespace nwk::dataexport {

CsvRows listItemsTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{"egoID", "table", "row", "rowId", "column", "position", "value"}};
    t.numbers({"row", "position"});
    const QString ego = egoId(s, o);
    for (CsvTable table : allCsvTables()) {
        if (table == CsvTable::ListItems)
            continue;
        const CsvRows rows = csvRows(s, table, o);
        const QString tableName = csvTableName(table);
        for (std::size_t r = 0; r < rows.rows.size(); ++r) {
            const QStringList &row = rows.rows[r];
            for (std::size_t c = 0; c < rows.listColumns.size(); ++c) {
                if (!rows.listColumns[c])
                    continue;
                const QStringList items = splitListCell(row.at(qsizetype(c)));
                for (qsizetype i = 0; i < items.size(); ++i)
                    t.add({ego, tableName, QString::number(r + 1), row.at(rows.idColumn),
                           rows.header.at(qsizetype(c)), QString::number(i + 1), items.at(i)});
            }
        }
    }
    return t;
}

} // namespace nwk::dataexport
