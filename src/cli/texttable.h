// SPDX-License-Identifier: GPL-3.0-or-later
// A plain-text table with aligned columns, for the human-readable `info` output.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace nwk::cli {

class TextTable {
public:
    explicit TextTable(QStringList header);

    /// Numbers read better right-aligned.
    void setRightAligned(int column, bool right = true);
    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.empty(); }

    /// Header and rows, columns separated by two spaces, each line indented by `indent`
    /// spaces, no trailing spaces.
    QStringList lines(int indent = 2) const;

private:
    QStringList m_header;
    std::vector<QStringList> m_rows;
    std::vector<bool> m_rightAligned;
};

/// Prints the table's lines (printOut()).
void printTable(const TextTable &table);
/// Starts a section of the printed summary: a blank line, then "Title (count)", or
/// "Title: none" when `count` is 0. True when the section has rows to print.
bool printSection(const QString &title, std::size_t count);

} // namespace nwk::cli
