// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/diagnostics.h"

namespace nwk {

QString Diagnostic::toString() const
{
    QString where;
    if (line > 0)
        where = QStringLiteral("line %1, column %2").arg(line).arg(column);
    if (!path.isEmpty())
        where = where.isEmpty() ? path : where + QLatin1Char(' ') + path;
    const QString prefix = severity == Severity::Warning ? QStringLiteral("warning: ") : QString();
    return where.isEmpty() ? prefix + message : where + QStringLiteral(": ") + prefix + message;
}

} // namespace nwk
