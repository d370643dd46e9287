// SPDX-License-Identifier: GPL-3.0-or-later
// The schema-3 columns of a partner, of a link and of a missing partner, shared by the
// CSV tables and the GraphML attributes (same names, same values; docs/exports.md).
#pragma once

#include "csvtable.h"

#include "nwk/core/dataexport.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace nwk::dataexport {

/// A column: its name, its GraphML attr.type, and whether the program writes it as a
/// number (never formula-neutralised in CSV).
struct Column {
    const char *name;
    const char *type; ///< "string", "int", "double", "boolean"
    bool number = false;
};

/// The partner columns added by schema 3, after the older ones.
const std::vector<Column> &partnerStatementColumns();
/// Their values for `p`, in the columns' order (empty = unknown / not stated).
QStringList partnerStatementValues(const Session &s, const Partner &p, const DataExportOptions &o);

const std::vector<Column> &linkStatementColumns();
QStringList linkStatementValues(const Session &s, const Link &l, const DataExportOptions &o);

const std::vector<Column> &missingStatementColumns();
QStringList missingStatementValues(const MissingPartner &m);

/// The values with the boolean columns' `true`/`false` written as the CSV tables'
/// `TRUE`/`FALSE` (csvBoolean()).
QStringList csvBooleans(const std::vector<Column> &columns, QStringList values);

/// Adds `columns` to the table's header (numbers marked as the program's).
void appendColumns(CsvRows &t, const std::vector<Column> &columns);
/// The index of the column called `name` in `columns` (asserted to exist).
qsizetype statementColumn(const std::vector<Column> &columns, const char *name);

/// "not-discussed", "ring", ... of a placement; empty when there is none.
QString distanceKindOf(const std::optional<Placement> &p);

} // namespace nwk::dataexport
