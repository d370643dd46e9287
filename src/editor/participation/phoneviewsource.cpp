// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoneviewsource.h"

// The comparison's label matching is private to core; its header is read from there.
#include "../../core/analysis/partnermatch.h"

namespace nwk {

PhoneView phoneViewOf(const Session &session, const QString &round)
{
    PhoneView view;
    const bool dutch = session.meta.language.startsWith(QLatin1String("nl"));
    view.language = dutch ? QStringLiteral("nl") : QStringLiteral("en");
    view.round = round;
    for (const Participant &p : session.participants)
        view.participants.push_back({p.id, p.code, p.role});
    for (const Category &c : session.categories) {
        const QString label = dutch || c.labelEn.isEmpty() ? c.labelNl : c.labelEn;
        view.categories.push_back({c.id, label.isEmpty() ? c.labelEn : label, c.color});
    }
    view.rings = static_cast<int>(session.rings.size());
    for (const Partner &p : session.partners)
        view.partners.push_back({p.id, p.label, p.category});
    for (const Participant &who : session.participants) {
        QStringList marked;
        for (const Partner &p : session.partners)
            if (p.marks.contains(who.id))
                marked.append(p.id);
        view.marks.emplace_back(who.id, marked);
    }
    return view;
}

namespace {

/// The id a new label gets among the session's partners while matching.
QString probeId(int index)
{
    return QStringLiteral("\u0001new%1").arg(index);
}

int probeIndex(const QString &id)
{
    return id.startsWith(QChar(1)) ? id.mid(4).toInt() : -1;
}

} // namespace

DuplicateHints duplicateHints(const Session &session, const QStringList &labels)
{
    DuplicateHints hints;
    hints.existing.resize(static_cast<std::size_t>(labels.size()));
    hints.others.resize(static_cast<std::size_t>(labels.size()));
    if (labels.isEmpty())
        return hints;
    NamedSession named;
    named.session = session;
    for (int i = 0; i < labels.size(); ++i) {
        Partner probe;
        probe.id = probeId(i);
        probe.label = labels[i];
        named.session.partners.push_back(probe);
    }
    const auto groups = analysis::matchPartners({named}, defaultSynonyms());
    for (const RecurringPartner &group : groups) {
        if (group.ids.empty())
            continue;
        QStringList existing;
        std::vector<int> probes;
        for (const QString &id : group.ids.front()) {
            const int index = probeIndex(id);
            if (index >= 0)
                probes.push_back(index);
            else
                existing.append(id);
        }
        for (int index : probes) {
            auto &slot = hints.existing[static_cast<std::size_t>(index)];
            slot = existing;
            for (int other : probes)
                if (other != index)
                    hints.others[static_cast<std::size_t>(index)].push_back(other);
        }
    }
    return hints;
}

} // namespace nwk
