// SPDX-License-Identifier: GPL-3.0-or-later
// The machine-readable (--json) forms of `measures`: plain Qt values that printJson()
// writes. Keys are camelCase like the session file's; unset measures are null.
#include "cli.h"
#include "clijson.h"

#include "nwk/core/comparison.h"
#include "nwk/core/measures.h"

namespace nwk::cli {

namespace {

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariantMap brokerageJson(const Brokerage &b)
{
    return {{QStringLiteral("alters"), b.alters},
            {QStringLiteral("alterTies"), b.alterTies},
            {QStringLiteral("effectiveSize"), optionalValue(b.effectiveSize)},
            {QStringLiteral("constraint"), optionalValue(b.constraint)}};
}

QVariantList intList(const std::vector<int> &values)
{
    QVariantList list;
    for (int v : values)
        list << v;
    return list;
}

/// A count with its denominator and share, so that no share is read without its base.
QVariantMap countJson(int count, int of)
{
    return {{QStringLiteral("count"), count},
            {QStringLiteral("of"), of},
            {QStringLiteral("share"), optionalValue(share(count, of))}};
}

QVariantList categoriesJson(const Measures &m)
{
    QVariantList list;
    for (const auto &c : m.categories)
        list << QVariantMap{{QStringLiteral("categoryId"), c.categoryId},
                            {QStringLiteral("label"), c.label},
                            {QStringLiteral("partners"), c.partners},
                            {QStringLiteral("links"), c.links},
                            {QStringLiteral("formal"), c.formal},
                            {QStringLiteral("informal"), c.informal},
                            {QStringLiteral("formalityUnknown"), c.unknownFormality},
                            {QStringLiteral("internal"), c.internal},
                            {QStringLiteral("external"), c.external},
                            {QStringLiteral("internalAndExternal"), c.bothScopes},
                            {QStringLiteral("marks"), c.marks},
                            {QStringLiteral("partnersByRing"), intList(c.partnersByRing)},
                            {QStringLiteral("unplaced"), c.unplaced},
                            {QStringLiteral("distanceNotDiscussed"), c.distanceNotDiscussed},
                            {QStringLiteral("neutralZone"), c.neutralZone}};
    return list;
}

QVariantList partnersJson(const Measures &m)
{
    QVariantList list;
    for (const auto &p : m.partnerMeasures)
        list << QVariantMap{{QStringLiteral("partnerId"), p.partnerId},
                            {QStringLiteral("label"), p.label},
                            {QStringLiteral("degree"), p.degree},
                            {QStringLiteral("marks"), p.marks},
                            {QStringLiteral("votes"), p.votes},
                            {QStringLiteral("researcherInferred"), p.researcherInferred},
                            {QStringLiteral("isolate"), p.isolate},
                            {QStringLiteral("brokerage"), brokerageJson(p.brokerage)}};
    return list;
}

QVariantMap priorityJson(const Measures &m)
{
    QVariantList ranked, voted, inferred;
    for (const auto &r : m.priority)
        ranked << QVariantMap{{QStringLiteral("partnerId"), r.partnerId},
                              {QStringLiteral("label"), r.label},
                              {QStringLiteral("marks"), r.marks},
                              {QStringLiteral("rank"), r.rank}};
    for (const auto &v : m.voted)
        voted << QVariantMap{
            {QStringLiteral("partnerId"), v.partnerId},
            {QStringLiteral("label"), v.label},
            {QStringLiteral("voteCount"), v.voteCount < 0 ? QVariant() : v.voteCount},
            {QStringLiteral("byRoleGroup"), intList(v.byRoleGroup)},
            {QStringLiteral("votes"), v.votes},
            {QStringLiteral("voteText"), v.voteText}};
    for (const auto &r : m.inferred)
        inferred << QVariantMap{{QStringLiteral("partnerId"), r.partnerId},
                                {QStringLiteral("label"), r.label},
                                {QStringLiteral("marks"), r.marks},
                                {QStringLiteral("votes"), r.votes}};
    return {{QStringLiteral("marks"), m.marks},
            {QStringLiteral("votes"), m.votes},
            {QStringLiteral("votesByRoleGroup"), intList(m.votesByRoleGroup)},
            {QStringLiteral("ranked"), ranked},
            {QStringLiteral("voted"), voted},
            {QStringLiteral("researcherInferred"), inferred}};
}

} // namespace

QVariantMap measuresJson(const QString &fileName, const Session &s)
{
    const Measures m = computeMeasures(s);
    QVariantList rings;
    for (const auto &r : m.rings)
        rings << QVariantMap{{QStringLiteral("ring"), r.ring},
                             {QStringLiteral("label"), r.label},
                             {QStringLiteral("partners"), r.partners},
                             {QStringLiteral("links"), r.links}};
    return {
        {QStringLiteral("file"), inputName(fileName)},
        {QStringLiteral("school"), sessionColumnName(s, fileName)},
        {QStringLiteral("partners"), m.partners},
        {QStringLiteral("placedPartners"), m.placedPartners},
        {QStringLiteral("distanceNotDiscussed"), m.distanceNotDiscussed},
        {QStringLiteral("onOrInSchool"), m.onOrInSchool},
        {QStringLiteral("neutralZone"), m.neutralZone},
        {QStringLiteral("disputed"), m.disputed},
        {QStringLiteral("withAlternatives"), m.withAlternatives},
        {QStringLiteral("withFormerPlacements"), m.withFormerPlacements},
        {QStringLiteral("meanDistance"), optionalValue(m.meanDistance)},
        {QStringLiteral("links"), m.links},
        {QStringLiteral("partnerTies"), m.partnerTies},
        {QStringLiteral("schoolLinks"), m.schoolLinks},
        {QStringLiteral("formal"), countJson(m.formal, m.partners)},
        {QStringLiteral("informal"), countJson(m.informal, m.partners)},
        {QStringLiteral("formalityUnknown"), countJson(m.unknownFormality, m.partners)},
        {QStringLiteral("internal"), countJson(m.internal, m.partners)},
        {QStringLiteral("external"), countJson(m.external, m.partners)},
        {QStringLiteral("internalAndExternal"), countJson(m.bothScopes, m.partners)},
        {QStringLiteral("densityWithSchool"), optionalValue(m.densityWithSchool)},
        {QStringLiteral("densityWithoutSchool"), optionalValue(m.densityWithoutSchool)},
        {QStringLiteral("isolates"), m.isolates},
        {QStringLiteral("componentsWithSchool"), m.componentsWithSchool},
        {QStringLiteral("componentsWithoutSchool"), m.componentsWithoutSchool},
        {QStringLiteral("schoolBrokerage"), brokerageJson(m.school)},
        {QStringLiteral("categories"), categoriesJson(m)},
        {QStringLiteral("rings"), rings},
        {QStringLiteral("partnerMeasures"), partnersJson(m)},
        {QStringLiteral("priority"), priorityJson(m)},
    };
}

} // namespace nwk::cli
