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

QString clockText(qint64 ms)
{
    const qint64 totalSeconds = ms / 1000;
    const qint64 h = totalSeconds / 3600;
    const qint64 m = (totalSeconds / 60) % 60;
    const qint64 sec = totalSeconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(sec, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(sec, 2, 10, QLatin1Char('0'));
}

} // namespace nwk::report
