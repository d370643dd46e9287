// SPDX-License-Identifier: GPL-3.0-or-later
// Texts of the map in its language: categories, rings, roles, links, display names.
#include "render_p.h"

#include "nwk/core/anonymise.h"

namespace nwk::detail {

// ---- language -------------------------------------------------------------------------------

bool isEnglish(const RenderOptions &o)
{
    return o.language.startsWith(QStringLiteral("en"));
}

QString nlEn(const RenderOptions &o, const char *nl, const char *en)
{
    return QString::fromUtf8(isEnglish(o) ? en : nl);
}

QString categoryLabel(const Category &c, const RenderOptions &o)
{
    const QString &first = isEnglish(o) ? c.labelEn : c.labelNl;
    const QString &second = isEnglish(o) ? c.labelNl : c.labelEn;
    return !first.isEmpty() ? first : !second.isEmpty() ? second : c.id;
}

QString ringLabel(const Ring &r, int index, const RenderOptions &o)
{
    const QString &first = isEnglish(o) ? r.labelEn : r.labelNl;
    const QString &second = isEnglish(o) ? r.labelNl : r.labelEn;
    if (!first.isEmpty())
        return first;
    if (!second.isEmpty())
        return second;
    return nlEn(o, "ring %1", "ring %1").arg(index + 1);
}

QString noCategoryText(const RenderOptions &o)
{
    return nlEn(o, "niet ingedeeld", "no category");
}

QString roleGroupText(RoleGroup g, const RenderOptions &o)
{
    switch (g) {
    case RoleGroup::Teacher:
        return nlEn(o, "leerkracht", "teacher");
    case RoleGroup::Management:
        return nlEn(o, "directie", "management");
    case RoleGroup::Care:
        return nlEn(o, "zorg", "care");
    case RoleGroup::Other:
        break;
    }
    return nlEn(o, "andere", "other");
}

QString linkKindText(LinkKind k, const RenderOptions &o)
{
    switch (k) {
    case LinkKind::Collaborates:
        return nlEn(o, "werkt samen met", "collaborates with");
    case LinkKind::PartOf:
        return nlEn(o, "maakt deel uit van", "part of");
    case LinkKind::Funds:
        return nlEn(o, "financiert", "funds");
    case LinkKind::RefersTo:
        return nlEn(o, "verwijst door naar", "refers to");
    case LinkKind::MemberOf:
        return nlEn(o, "is lid van", "member of");
    case LinkKind::InitiatedBy:
        return nlEn(o, "opgestart door", "initiated by");
    case LinkKind::Imposed:
        return nlEn(o, "opgelegd", "imposed");
    case LinkKind::Via:
        return nlEn(o, "loopt via (bemiddeld)", "runs via (mediated)");
    case LinkKind::FollowsUp:
        return nlEn(o, "volgt op", "follows up");
    case LinkKind::Other:
        break;
    }
    return nlEn(o, "andere verbinding", "other link");
}

QString valenceText(Valence v, const RenderOptions &o)
{
    switch (v) {
    case Valence::Positive:
        return nlEn(o, "positief ervaren", "experienced as positive");
    case Valence::Negative:
        return nlEn(o, "negatief ervaren", "experienced as negative");
    case Valence::Neutral:
        break;
    }
    return nlEn(o, "neutraal", "neutral");
}

QString missingStatusText(MissingStatus st, const RenderOptions &o)
{
    switch (st) {
    case MissingStatus::Missing:
        return nlEn(o, "ontbreekt", "missing");
    case MissingStatus::HopedFor:
        return nlEn(o, "gewenst", "hoped for");
    case MissingStatus::Former:
        return nlEn(o, "vroegere partner", "former partner");
    case MissingStatus::LeftOff:
        return nlEn(o, "weggelaten", "left off");
    case MissingStatus::AddedAfter:
        return nlEn(o, "achteraf toegevoegd", "added afterwards");
    }
    return {};
}

QString schoolDisplayName(const Session &s, const RenderOptions &o)
{
    return exportSchoolName(s.meta, o.anonymise, nlEn(o, "School", "School"));
}

QString partnerDisplayLabel(const Partner &p, const RenderOptions &o)
{
    return exportPartnerLabel(p, o.anonymise);
}

QString missingDisplayLabel(const MissingPartner &m, const RenderOptions &o)
{
    const QString label = m.label.trimmed().isEmpty() ? m.id : m.label.trimmed();
    return label + QStringLiteral(" (") + missingStatusText(m.status, o) + QStringLiteral(")");
}

} // namespace nwk::detail
