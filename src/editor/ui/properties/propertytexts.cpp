// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertytexts.h"

#include <QCoreApplication>

namespace nwk::texts {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nwk::Properties", text);
}
} // namespace

QStringList partnerKinds()
{
    return {tr("Organisation"), tr("Person"), tr("Group"), tr("Platform"), tr("Other")};
}

QStringList formalities()
{
    return {tr("Unknown"), tr("Formal"), tr("Informal")};
}

QStringList scopes()
{
    return {tr("External"), tr("Internal"), tr("Both")};
}

QStringList linkKinds()
{
    return {tr("Collaborates"), tr("Part of"),      tr("Funds"),   tr("Refers to"),
            tr("Member of"),    tr("Initiated by"), tr("Imposed"), tr("Other")};
}

QStringList linkDirections()
{
    return {tr("No direction"), tr("One way"), tr("Both ways")};
}

QStringList valences()
{
    return {tr("Neutral"), tr("Positive"), tr("Negative")};
}

QStringList missingStatuses()
{
    return {tr("Missing"), tr("Hoped for"), tr("Former"), tr("Left off"), tr("Added after")};
}

QString categoryName(const Session &s, const Category &c)
{
    const bool english = s.meta.language == QStringLiteral("en");
    const QString first = english ? c.labelEn : c.labelNl;
    const QString second = english ? c.labelNl : c.labelEn;
    return !first.isEmpty() ? first : !second.isEmpty() ? second : c.id;
}

QString ringName(const Session &s, int ring)
{
    if (ring >= 0 && ring < static_cast<int>(s.rings.size())) {
        const Ring &r = s.rings[static_cast<std::size_t>(ring)];
        const bool english = s.meta.language == QStringLiteral("en");
        const QString first = english ? r.labelEn : r.labelNl;
        const QString second = english ? r.labelNl : r.labelEn;
        if (!first.isEmpty())
            return first;
        if (!second.isEmpty())
            return second;
    }
    return tr("Ring %1").arg(ring + 1);
}

QString endName(const Session &s, const QString &id)
{
    if (id == kSchoolId)
        return s.meta.schoolName.isEmpty() ? tr("the school") : s.meta.schoolName;
    const Partner *p = s.partner(id);
    return p && !p->label.isEmpty() ? p->label : id;
}

QString participantName(const Session &s, const QString &id)
{
    const Participant *p = s.participant(id);
    return p && !p->code.isEmpty() ? p->code : id;
}

QString clockTime(qint64 ms)
{
    if (ms < 0)
        return tr("unknown");
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace nwk::texts
