// SPDX-License-Identifier: GPL-3.0-or-later
// The map's history: diffs by id, the baseline and the replay (maphistory.h).
#include "nwk/core/maphistory.h"

#include <QHash>

#include <optional>

namespace nwk {

namespace {

/// One map collection of the session and its member in MapEvent.
template <typename T> struct MapKind {
    MapObjectKind kind;
    SharedVector<T> Session::*items;
    std::optional<T> MapEvent::*value;
};

constexpr MapKind<Partner> kPartners{MapObjectKind::Partner, &Session::partners,
                                     &MapEvent::partner};
constexpr MapKind<Link> kLinks{MapObjectKind::Link, &Session::links, &MapEvent::link};
constexpr MapKind<Group> kGroups{MapObjectKind::Group, &Session::groups, &MapEvent::group};
constexpr MapKind<MissingPartner> kMissing{MapObjectKind::MissingPartner, &Session::missingPartners,
                                           &MapEvent::missingPartner};
constexpr MapKind<RelativePlacement> kRelative{
    MapObjectKind::RelativePlacement, &Session::relativePlacements, &MapEvent::relativePlacement};

/// Calls f(kind) for each of the map's collections.
template <typename F> void forEachKind(F &&f)
{
    f(kPartners);
    f(kLinks);
    f(kGroups);
    f(kMissing);
    f(kRelative);
}

template <typename T> MapEvent valueEvent(const MapKind<T> &k, const T &value, qint64 atMs)
{
    MapEvent e;
    e.atMs = atMs;
    e.kind = k.kind;
    e.id = value.id;
    e.*(k.value) = value;
    return e;
}

MapEvent removalEvent(MapObjectKind kind, const QString &id, qint64 atMs)
{
    MapEvent e;
    e.atMs = atMs;
    e.kind = kind;
    e.id = id;
    e.removed = true;
    return e;
}

template <typename T> bool sameIds(const SharedVector<T> &a, const SharedVector<T> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id)
            return false;
    return true;
}

template <typename T>
void diff(const MapKind<T> &k, const Session &before, const Session &after, qint64 atMs,
          std::vector<MapEvent> &out)
{
    const SharedVector<T> &old = before.*(k.items);
    const SharedVector<T> &now = after.*(k.items);
    if (old.sharesWith(now) || (old.empty() && now.empty()))
        return;
    if (sameIds(old, now)) { // the common case: objects changed in place
        for (std::size_t i = 0; i < now.size(); ++i)
            if (!(old[i] == now[i]))
                out.push_back(valueEvent(k, now[i], atMs));
        return;
    }
    QHash<QString, const T *> oldById;
    oldById.reserve(static_cast<qsizetype>(old.size()));
    for (const T &o : old)
        oldById.insert(o.id, &o);
    QHash<QString, bool> present;
    present.reserve(static_cast<qsizetype>(now.size()));
    for (const T &n : now) {
        present.insert(n.id, true);
        const T *o = oldById.value(n.id, nullptr);
        if (!o || !(*o == n))
            out.push_back(valueEvent(k, n, atMs));
    }
    for (const T &o : old)
        if (!present.contains(o.id))
            out.push_back(removalEvent(k.kind, o.id, atMs));
}

/// A collection being rebuilt from events: the objects by id, removals as holes.
template <typename T> struct Rebuild {
    std::vector<std::optional<T>> slots;
    QHash<QString, std::size_t> index;

    void apply(const MapEvent &e, const std::optional<T> &value)
    {
        const auto it = index.constFind(e.id);
        if (e.removed) {
            if (it != index.constEnd()) {
                slots[*it].reset();
                index.erase(it);
            }
            return;
        }
        if (!value)
            return; // a malformed event (validation reports it): nothing to put
        T v = *value;
        v.id = e.id;
        if (it != index.constEnd()) {
            slots[*it] = std::move(v);
        } else {
            index.insert(e.id, slots.size());
            slots.emplace_back(std::move(v));
        }
    }
    void seed(const SharedVector<T> &items)
    {
        for (const T &item : items) {
            index.insert(item.id, slots.size());
            slots.emplace_back(item);
        }
    }
    SharedVector<T> result() const
    {
        std::vector<T> out;
        out.reserve(static_cast<std::size_t>(index.size()));
        for (const std::optional<T> &s : slots)
            if (s)
                out.push_back(*s);
        return out;
    }
};

struct MapRebuild {
    Rebuild<Partner> partners;
    Rebuild<Link> links;
    Rebuild<Group> groups;
    Rebuild<MissingPartner> missing;
    Rebuild<RelativePlacement> relative;

    void apply(const MapEvent &e)
    {
        switch (e.kind) {
        case MapObjectKind::Partner:
            partners.apply(e, e.partner);
            break;
        case MapObjectKind::Link:
            links.apply(e, e.link);
            break;
        case MapObjectKind::Group:
            groups.apply(e, e.group);
            break;
        case MapObjectKind::MissingPartner:
            missing.apply(e, e.missingPartner);
            break;
        case MapObjectKind::RelativePlacement:
            relative.apply(e, e.relativePlacement);
            break;
        }
    }
    void storeIn(Session &s) const
    {
        s.partners = partners.result();
        s.links = links.result();
        s.groups = groups.result();
        s.missingPartners = missing.result();
        s.relativePlacements = relative.result();
    }
};

} // namespace

std::vector<MapEvent> mapEvents(const Session &before, const Session &after, qint64 atMs)
{
    std::vector<MapEvent> out;
    forEachKind([&](const auto &k) { diff(k, before, after, atMs, out); });
    return out;
}

std::vector<MapEvent> baselineEvents(const Session &session, qint64 atMs)
{
    std::vector<MapEvent> out;
    forEachKind([&](const auto &k) {
        for (const auto &item : session.*(k.items))
            out.push_back(valueEvent(k, item, atMs));
    });
    return out;
}

void applyMapEvents(Session &session, const std::vector<MapEvent> &events)
{
    MapRebuild map;
    map.partners.seed(session.partners);
    map.links.seed(session.links);
    map.groups.seed(session.groups);
    map.missing.seed(session.missingPartners);
    map.relative.seed(session.relativePlacements);
    for (const MapEvent &e : events)
        map.apply(e);
    map.storeIn(session);
}

Session mapAt(const Session &session, qint64 t)
{
    Session out = session;
    MapRebuild map;
    for (const MapEvent &e : session.history) {
        if (e.atMs > t)
            break; // the history is in time order (validation checks it)
        map.apply(e);
    }
    map.storeIn(out);
    return out;
}

qint64 lastHistoryMs(const Session &session)
{
    return session.history.empty() ? -1 : session.history.back().atMs;
}

} // namespace nwk
