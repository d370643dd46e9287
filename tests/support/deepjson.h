// SPDX-License-Identifier: GPL-3.0-or-later
// Session text with deeply nested unknown content, as another tool might have written it
// (the hostile probe's file: the example plus arrays nested 190 deep under an unknown key).
#pragma once

#include <QByteArray>

namespace nwk::testdata {

/// `count` arrays, each nested `depth` deep around a 1, in one array, one per line.
inline QByteArray nestedArrays(int count, int depth)
{
    const QByteArray one = QByteArray(depth, '[') + '1' + QByteArray(depth, ']');
    QByteArray all = "[";
    for (int i = 0; i < count; ++i)
        all += (i ? ",\n" : "") + one;
    return all + "]";
}

/// A saved session's text with an unknown top-level key "x-deep" holding `value`.
inline QByteArray withUnknownKey(const QByteArray &sessionText, const QByteArray &value)
{
    const qsizetype end = sessionText.lastIndexOf('}');
    return sessionText.left(end).trimmed() + ",\n  \"x-deep\": " + value + "\n}\n";
}

} // namespace nwk::testdata
