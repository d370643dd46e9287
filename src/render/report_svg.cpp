// SPDX-License-Identifier: GPL-3.0-or-later
// The map as inline SVG for the HTML report, and small shared helpers.
#include "report_p.h"

#include "nwk/render/exporters.h"

#include <QRegularExpression>

namespace nwk::report {

QString inlineMapSvg(const Session &s, const RenderOptions &o)
{
    QString svg = QString::fromUtf8(renderMapSvg(s, o));
    // Inline SVG needs no XML declaration (nor a DOCTYPE).
    svg.remove(QRegularExpression(QStringLiteral("^\\s*<\\?xml[^>]*\\?>\\s*")));
    svg.remove(QRegularExpression(QStringLiteral("^\\s*<!DOCTYPE[^>]*>\\s*")));
    return svg.trimmed();
}

QString refuseAnonymised(const Session &s, const QString &fileName, const ReportOptions &o)
{
    return o.anonymise ? anonymisationRefusal(s, fileName) : QString();
}

} // namespace nwk::report
