// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 text of the CSV tables and the files of exportCsv().
#include "csvtable.h"
#include "csvtext.h"
#include "exportcommon.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/atomicfile.h"

#include <QDir>

namespace nwk {

namespace dataexport {

bool csvFormulaLike(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QByteArray csvDocument(const QStringList &header, const std::vector<QStringList> &rows,
                       const std::vector<bool> &programColumns, const CsvDocumentOptions &o)
{
    QString text;
    auto line = [&](const QStringList &fields, bool isHeader) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            QString cell = withoutBidiControls(fields.at(i));
            const bool program = !isHeader && std::size_t(i) < programColumns.size() &&
                                 programColumns[std::size_t(i)];
            if (o.neutralise && !program && csvFormulaLike(cell))
                cell.prepend(QLatin1Char('\''));
            text += csvField(cell);
        }
        text += QStringLiteral("\r\n");
    };
    line(header, true);
    for (const QStringList &row : rows)
        line(row, false);
    QByteArray bytes = o.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

QByteArray csvTableOf(const Session &shown, CsvTable t, const DataExportOptions &o)
{
    const CsvRows rows = csvRows(shown, t, o);
    return csvDocument(rows.header, rows.rows, rows.programColumns, {!o.rawCsv, o.byteOrderMark});
}

} // namespace dataexport

using namespace dataexport;

const std::vector<CsvTable> &allCsvTables()
{
    static const std::vector<CsvTable> tables{CsvTable::Ego,
                                              CsvTable::Partners,
                                              CsvTable::Links,
                                              CsvTable::SchoolLinks,
                                              CsvTable::Participants,
                                              CsvTable::Marks,
                                              CsvTable::MissingPartners,
                                              CsvTable::NotesAndQuotes,
                                              CsvTable::Annotations,
                                              CsvTable::Alternatives,
                                              CsvTable::FormerPlacements,
                                              CsvTable::ChoiceChanges,
                                              CsvTable::RelativePlacements,
                                              CsvTable::ListItems,
                                              CsvTable::Categories,
                                              CsvTable::Rings,
                                              CsvTable::Timeline};
    return tables;
}

QString csvTableName(CsvTable t)
{
    switch (t) {
    case CsvTable::Ego:
        return QStringLiteral("ego");
    case CsvTable::Partners:
        return QStringLiteral("partners");
    case CsvTable::Links:
        return QStringLiteral("links");
    case CsvTable::SchoolLinks:
        return QStringLiteral("school-links");
    case CsvTable::Participants:
        return QStringLiteral("participants");
    case CsvTable::Marks:
        return QStringLiteral("marks");
    case CsvTable::MissingPartners:
        return QStringLiteral("missing");
    case CsvTable::NotesAndQuotes:
        return QStringLiteral("notes");
    case CsvTable::Annotations:
        return QStringLiteral("annotations");
    case CsvTable::Alternatives:
        return QStringLiteral("alternatives");
    case CsvTable::FormerPlacements:
        return QStringLiteral("former-placements");
    case CsvTable::ChoiceChanges:
        return QStringLiteral("choice-changes");
    case CsvTable::RelativePlacements:
        return QStringLiteral("relative-placements");
    case CsvTable::ListItems:
        return QStringLiteral("list-items");
    case CsvTable::Categories:
        return QStringLiteral("categories");
    case CsvTable::Rings:
        return QStringLiteral("rings");
    case CsvTable::Timeline:
        return QStringLiteral("timeline");
    }
    return {};
}

QString csvField(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray csvTable(const Session &s, CsvTable t, const DataExportOptions &o)
{
    return csvTableOf(sessionForExport(s, o.anonymise), t, o);
}

QString exportCsv(const Session &s, const QString &dir, const QString &baseName,
                  const DataExportOptions &o, QStringList *written)
{
    if (QString refusal = anonymisationRefusal(s, o); !refusal.isEmpty())
        return refusal;
    const Session shown = sessionForExport(s, o.anonymise);
    const QDir folder(dir);
    for (CsvTable t : allCsvTables()) {
        const QString fileName =
            folder.filePath(baseName + QLatin1Char('-') + csvTableName(t) + QStringLiteral(".csv"));
        if (QString error = writeFileAtomically(fileName, csvTableOf(shown, t, o));
            !error.isEmpty())
            return error;
        if (written)
            written->append(fileName);
    }
    return {};
}

} // namespace nwk
