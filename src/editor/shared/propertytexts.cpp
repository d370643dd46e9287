// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertytexts.h"

#include <QCoreApplication>

namespace nwk::texts {

namespace {
/// The translation context of this file's texts (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nwk::Properties)
};
} // namespace

QStringList partnerKinds()
{
    return {Tr::tr("Organisation"), Tr::tr("Person"),    Tr::tr("Group"),
            Tr::tr("Platform"),     Tr::tr("Other"),     Tr::tr("Project or programme"),
            Tr::tr("Resource"),     Tr::tr("Experience")};
}

QStringList formalities()
{
    return {Tr::tr("Unknown"), Tr::tr("Formal"), Tr::tr("Informal")};
}

QStringList scopes()
{
    return {Tr::tr("External"), Tr::tr("Internal"), Tr::tr("Both")};
}

QStringList linkKinds()
{
    return {Tr::tr("Collaborates"), Tr::tr("Part of"),   Tr::tr("Funds"),
            Tr::tr("Refers to"),    Tr::tr("Member of"), Tr::tr("Initiated by"),
            Tr::tr("Imposed"),      Tr::tr("Other"),     Tr::tr("Via (mediated access)"),
            Tr::tr("Follows up")};
}

QStringList linkDirections()
{
    return {Tr::tr("No direction"), Tr::tr("One way"), Tr::tr("Both ways")};
}

QStringList valences()
{
    return {Tr::tr("Neutral"), Tr::tr("Positive"), Tr::tr("Negative")};
}

QStringList missingStatuses()
{
    return {Tr::tr("Missing"), Tr::tr("Hoped for"), Tr::tr("Former"), Tr::tr("Left off"),
            Tr::tr("Added after")};
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
    return Tr::tr("Ring %1").arg(ring + 1);
}

QString endName(const Session &s, const QString &id)
{
    if (id == kSchoolId)
        return s.meta.schoolName.isEmpty() ? Tr::tr("the school") : s.meta.schoolName;
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
        return Tr::tr("unknown");
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace nwk::texts
