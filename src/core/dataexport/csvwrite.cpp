// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 text of the CSV tables and the files of exportCsv().
#include "csvtable.h"
#include "exportcommon.h"

#include "nwk/core/atomicfile.h"

#include <QDir>

namespace nwk {

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
                                              CsvTable::Annotations};
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
    const CsvRows rows = csvRows(s, t, o);
    QString text;
    auto line = [&text](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += csvField(fields.at(i));
        }
        text += QStringLiteral("\r\n");
    };
    line(rows.header);
    for (const QStringList &row : rows.rows)
        line(row);
    QByteArray bytes = o.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

QString exportCsv(const Session &s, const QString &dir, const QString &baseName,
                  const DataExportOptions &o, QStringList *written)
{
    if (QString refusal = anonymisationRefusal(s, o); !refusal.isEmpty())
        return refusal;
    const QDir folder(dir);
    for (CsvTable t : allCsvTables()) {
        const QString fileName =
            folder.filePath(baseName + QLatin1Char('-') + csvTableName(t) + QStringLiteral(".csv"));
        if (QString error = writeFileAtomically(fileName, csvTable(s, t, o)); !error.isEmpty())
            return error;
        if (written)
            written->append(fileName);
    }
    return {};
}

} // namespace nwk
