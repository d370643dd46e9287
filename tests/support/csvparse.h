// SPDX-License-Identifier: GPL-3.0-or-later
// A strict RFC 4180 reader for the tests of the CSV exports (core and cli tests).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace nwk::testcsv {

using Record = QStringList;

struct Parsed {
    std::vector<Record> records;
    QString error;
};

/// A strict RFC 4180 reader: CRLF between records, quotes only around whole fields,
/// a doubled quote inside a quoted field. Anything else is an error.
inline Parsed parseCsv(const QByteArray &bytes)
{
    Parsed result;
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        result.error = QStringLiteral("not valid UTF-8");
        return result;
    }
    Record record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == QLatin1Char('"')) { // quoted field
            ++i;
            for (;;) {
                if (i >= n) {
                    result.error = QStringLiteral("unterminated quoted field");
                    return result;
                }
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n')) {
                    result.error = QStringLiteral("bare quote or LF at %1").arg(i);
                    return result;
                }
                field += text.at(i++);
            }
        }
        record << field;
        field.clear();
        if (i < n && text.at(i) == QLatin1Char(',')) {
            ++i;
            if (i == n) {
                result.error = QStringLiteral("comma at the end");
                return result;
            }
            continue;
        }
        if (i + 1 < n && text.at(i) == QLatin1Char('\r') && text.at(i + 1) == QLatin1Char('\n')) {
            i += 2;
            result.records.push_back(record);
            record.clear();
            continue;
        }
        result.error = QStringLiteral("expected a comma or CRLF at %1").arg(i);
        return result;
    }
    if (!record.isEmpty())
        result.error = QStringLiteral("last record without CRLF");
    return result;
}

} // namespace nwk::testcsv
