// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/limits.h"

#include <QHash>

namespace nwk {

const std::vector<SessionLimit> &sessionLimits()
{
    static const std::vector<SessionLimit> limits{
        {"categories", 100, 1000},        {"rings", 100, 1000},
        {"participants", 1000, 5000},     {"partners", 20000, 100000},
        {"links", 100000, 300000},        {"groups", 5000, 25000},
        {"missingPartners", 5000, 25000}, {"cards", 1000, 1000},
        {"protocol", 1000, 1000},         {"closingAnswers", 1000, 1000},
        {"metaphors", 10000, 10000},      {"memos", 10000, 10000},
        {"codebook", 10000, 10000},       {"annotations", 10000, 10000},
        {kSnapshotsKey, 1000, 1000},      {"relativePlacements", 20000, 100000},
        {"history", 500000, 500000},
    };
    return limits;
}

QString overLimitMessage(const SessionLimit &limit, std::size_t count)
{
    return QStringLiteral("%1 %2, more than the maximum of %3")
        .arg(count)
        .arg(QLatin1String(limit.key))
        .arg(limit.max);
}

QString overTotalMessage(const SessionLimit &limit, std::size_t count)
{
    return QStringLiteral("%1 %2 in the map and its snapshots together, more than the maximum "
                          "of %3")
        .arg(count)
        .arg(QLatin1String(limit.key))
        .arg(limit.maxTotal);
}

namespace {

/// The sizes of a map's arrays (the session's or a snapshot's), by key.
template <typename Map> QHash<QString, std::size_t> mapSizes(const Map &m)
{
    return {{QStringLiteral("categories"), m.categories.size()},
            {QStringLiteral("rings"), m.rings.size()},
            {QStringLiteral("participants"), m.participants.size()},
            {QStringLiteral("partners"), m.partners.size()},
            {QStringLiteral("links"), m.links.size()},
            {QStringLiteral("groups"), m.groups.size()},
            {QStringLiteral("missingPartners"), m.missingPartners.size()},
            {QStringLiteral("relativePlacements"), m.relativePlacements.size()}};
}

void error(Diagnostics &out, const QString &path, const QString &message)
{
    Diagnostic d;
    d.path = path;
    d.message = message;
    out.push_back(std::move(d));
}

} // namespace

Diagnostics checkLimits(const Session &s)
{
    Diagnostics out;
    QHash<QString, std::size_t> sizes = mapSizes(s);
    sizes.insert(QStringLiteral("cards"), s.cards.size());
    sizes.insert(QStringLiteral("protocol"), s.protocol.size());
    sizes.insert(QStringLiteral("closingAnswers"), s.closingAnswers.size());
    sizes.insert(QStringLiteral("metaphors"), s.metaphors.size());
    sizes.insert(QStringLiteral("memos"), s.memos.size());
    sizes.insert(QStringLiteral("history"), s.history.size());
    sizes.insert(QStringLiteral("codebook"), s.codebook.size());
    sizes.insert(QStringLiteral("annotations"), s.annotations.size());
    sizes.insert(QLatin1String(kSnapshotsKey), s.snapshots.size());
    QHash<QString, std::size_t> totals = sizes;
    for (std::size_t i = 0; i < s.snapshots.size(); ++i) {
        const QHash<QString, std::size_t> snap = mapSizes(s.snapshots[i]);
        for (const SessionLimit &l : sessionLimits()) {
            const QString key = QLatin1String(l.key);
            if (!snap.contains(key))
                continue;
            totals[key] += snap.value(key);
            if (snap.value(key) > l.max)
                error(out,
                      QStringLiteral("/%1/%2/%3").arg(QLatin1String(kSnapshotsKey)).arg(i).arg(key),
                      overLimitMessage(l, snap.value(key)));
        }
    }
    for (const SessionLimit &l : sessionLimits()) {
        const QString key = QLatin1String(l.key);
        if (sizes.value(key) > l.max)
            error(out, QLatin1Char('/') + key, overLimitMessage(l, sizes.value(key)));
        else if (totals.value(key) > l.maxTotal)
            error(out, QLatin1Char('/') + QLatin1String(kSnapshotsKey),
                  overTotalMessage(l, totals.value(key)));
    }
    return out;
}

} // namespace nwk
