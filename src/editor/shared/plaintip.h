// SPDX-License-Identifier: GPL-3.0-or-later
// Tooltips that show session or deck text exactly as written.
#pragma once

#include <QString>
#include <QTextDocument>

namespace nwk {

/// `text` as a tooltip: Qt shows a tooltip that looks like HTML ("<b>...", "<img ...>") as
/// rich text, so text from a file that might be taken for HTML is escaped (line breaks kept).
inline QString plainToolTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

} // namespace nwk
