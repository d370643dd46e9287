// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include "cli.h"

#include <algorithm>

namespace nwk::cli {

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
    , m_rightAligned(static_cast<std::size_t>(m_header.size()), false)
{
}

void TextTable::setRightAligned(int column, bool right)
{
    if (column >= 0 && static_cast<std::size_t>(column) < m_rightAligned.size())
        m_rightAligned[static_cast<std::size_t>(column)] = right;
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_header.size())
        cells.append(QString());
    m_rows.push_back(std::move(cells));
}

QStringList TextTable::lines(int indent) const
{
    std::vector<qsizetype> widths(static_cast<std::size_t>(m_header.size()), 0);
    auto measure = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < m_header.size(); ++i)
            widths[static_cast<std::size_t>(i)] =
                std::max(widths[static_cast<std::size_t>(i)], cells.at(i).size());
    };
    measure(m_header);
    for (const auto &row : m_rows)
        measure(row);

    auto format = [&](const QStringList &cells) {
        QString line(indent, QLatin1Char(' '));
        for (qsizetype i = 0; i < m_header.size(); ++i) {
            const auto column = static_cast<std::size_t>(i);
            const int width = static_cast<int>(widths[column]);
            if (i > 0)
                line += QStringLiteral("  ");
            line += m_rightAligned[column] ? cells.at(i).rightJustified(width)
                                           : cells.at(i).leftJustified(width);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line;
    };
    QStringList result{format(m_header)};
    for (const auto &row : m_rows)
        result.append(format(row));
    return result;
}

void printTable(const TextTable &table)
{
    for (const auto &line : table.lines())
        printOut(line);
}

bool printSection(const QString &title, std::size_t count)
{
    printOut(QString());
    if (count == 0) {
        printOut(QStringLiteral("%1: none").arg(title));
        return false;
    }
    printOut(QStringLiteral("%1 (%2)").arg(title).arg(count));
    return true;
}

} // namespace nwk::cli
