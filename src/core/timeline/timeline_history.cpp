// SPDX-License-Identifier: GPL-3.0-or-later
// The map's history (Session::history) as timeline events: added, placed, moved, marked,
// unmarked, linked, changed, removed, each against the object's previous value.
#include "timeline_p.h"

#include <QHash>
#include <QSet>

namespace nwk::timeline {

namespace {

/// The labels the history has seen, by partner id (the latest value), for links' texts.
class Labels {
public:
    explicit Labels(const Session &s)
    {
        for (const Partner &p : s.partners)
            m_current.insert(p.id, p.label);
    }
    void remember(const Partner &p) { m_seen.insert(p.id, p.label); }
    QString of(const QString &id) const
    {
        if (id == kSchoolId)
            return QStringLiteral("school");
        const auto seen = m_seen.constFind(id);
        if (seen != m_seen.cend())
            return *seen;
        return m_current.value(id, id);
    }

private:
    QHash<QString, QString> m_seen, m_current;
};

TimelineEvent change(const MapEvent &e, MapChangeKind kind, const QString &text)
{
    TimelineEvent t;
    t.kind = TimelineKind::MapChange;
    t.atMs = e.atMs;
    t.change = kind;
    t.objectKind = e.kind;
    t.objectId = e.id;
    t.text = text;
    return t;
}

/// A partner's change: placing, moving and each mark added or taken off are events of
/// their own; anything else is one "changed".
void partnerChanges(const MapEvent &e, const Partner *before, std::vector<TimelineEvent> &out)
{
    const Partner &now = *e.partner;
    if (!before) {
        out.push_back(change(e, MapChangeKind::Added, now.label));
        return;
    }
    bool said = false;
    bool placed = false;
    if (before->placement != now.placement && now.placement) {
        out.push_back(
            change(e, before->placement ? MapChangeKind::Moved : MapChangeKind::Placed, now.label));
        said = placed = true;
    }
    for (const QString &id : now.marks) {
        if (!before->marks.contains(id)) {
            TimelineEvent t = change(e, MapChangeKind::Marked, now.label);
            t.participantId = id;
            out.push_back(std::move(t));
            said = true;
        }
    }
    for (const QString &id : before->marks) {
        if (!now.marks.contains(id)) {
            TimelineEvent t = change(e, MapChangeKind::Unmarked, now.label);
            t.participantId = id;
            out.push_back(std::move(t));
            said = true;
        }
    }
    // What is left once the reported changes are taken back (a move into another sector
    // changes the category with it: part of the move).
    Partner rest = now;
    rest.marks = before->marks;
    if (placed) {
        rest.placement = before->placement;
        rest.category = before->category;
        rest.neutralZone = before->neutralZone;
    }
    if (!said || !(rest == *before))
        out.push_back(change(e, MapChangeKind::Changed, now.label));
}

QString objectText(const MapEvent &e, const Labels &labels)
{
    if (e.link)
        return labels.of(e.link->from) + QStringLiteral(" \u2013 ") + labels.of(e.link->to);
    if (e.group)
        return e.group->label;
    if (e.missingPartner)
        return e.missingPartner->label;
    if (e.relativePlacement)
        return labels.of(e.relativePlacement->partnerId);
    return QString();
}

} // namespace

void addMapChanges(const Session &s, std::vector<TimelineEvent> &out)
{
    Labels labels(s);
    QHash<QString, Partner> partners; // the latest value of each partner in the history
    QHash<QString, QString> texts;    // of the other objects, by kind and id
    QSet<QString> present;            // kind/id of the objects that exist at this point
    for (const MapEvent &e : s.history) {
        const QString key = QString::number(static_cast<int>(e.kind)) + QLatin1Char('/') + e.id;
        if (e.removed) {
            QString text = e.kind == MapObjectKind::Partner ? labels.of(e.id) : texts.value(key);
            out.push_back(change(e, MapChangeKind::Removed, text));
            present.remove(key);
            partners.remove(e.id);
            continue;
        }
        const bool existed = present.contains(key);
        present.insert(key);
        if (e.partner) {
            const auto before = partners.constFind(e.id);
            partnerChanges(e, existed && before != partners.cend() ? &*before : nullptr, out);
            partners.insert(e.id, *e.partner);
            labels.remember(*e.partner);
            continue;
        }
        const QString text = objectText(e, labels);
        texts.insert(key, text);
        MapChangeKind kind = existed ? MapChangeKind::Changed : MapChangeKind::Added;
        if (!existed && e.kind == MapObjectKind::Link)
            kind = MapChangeKind::Linked;
        out.push_back(change(e, kind, text));
    }
}

} // namespace nwk::timeline
