// SPDX-License-Identifier: GPL-3.0-or-later
// The names the versions dock's change list uses, and its words for changed statements.
#pragma once

#include "versionsdock.h"

#include "nwk/core/mapdiff.h"

#include <QStringList>

namespace nwk::versions {

/// Names of partners, categories, rings and participants in one map.
struct Names {
    const Snapshot &map;
    QString language;

    QString partner(const QString &id) const
    {
        if (id == kSchoolId)
            return VersionsDock::tr("the school");
        for (const Partner &p : map.partners)
            if (p.id == id)
                return QStringLiteral("\u201c%1\u201d").arg(p.label);
        return id;
    }
    QString category(const QString &id) const
    {
        if (id.isEmpty())
            return VersionsDock::tr("no category");
        for (const Category &c : map.categories)
            if (c.id == id) {
                const QString preferred = language == QLatin1String("en") ? c.labelEn : c.labelNl;
                const QString other = language == QLatin1String("en") ? c.labelNl : c.labelEn;
                return !preferred.isEmpty() ? preferred : !other.isEmpty() ? other : id;
            }
        return id;
    }
    QString ring(int i) const
    {
        if (i >= 0 && i < static_cast<int>(map.rings.size())) {
            const Ring &r = map.rings[static_cast<std::size_t>(i)];
            const QString preferred = language == QLatin1String("en") ? r.labelEn : r.labelNl;
            if (!preferred.isEmpty())
                return preferred;
        }
        return VersionsDock::tr("ring %1").arg(i + 1);
    }
    QString participant(const QString &id) const
    {
        for (const Participant &p : map.participants)
            if (p.id == id)
                return p.code.isEmpty() ? p.role : p.code;
        return id;
    }
};

/// The words for what the group stated differently (schema 3), one line per change.
QStringList statementLines(const MapDiff &d, const Names &was, const Names &now);

} // namespace nwk::versions
