// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoneviewsource.h"

#include "nwk/core/participationround.h"

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

DuplicateHints duplicateHints(const Session &session, const QStringList &labels)
{
    DuplicateHints hints;
    hints.existing.resize(static_cast<std::size_t>(labels.size()));
    hints.others.resize(static_cast<std::size_t>(labels.size()));
    for (int i = 0; i < labels.size(); ++i) {
        if (labels[i].trimmed().isEmpty())
            continue;
        const auto slot = static_cast<std::size_t>(i);
        hints.existing[slot] = participation::likelyDuplicates(labels[i], session);
        for (int j = 0; j < labels.size(); ++j)
            if (j != i && !labels[j].trimmed().isEmpty() &&
                participation::likelySamePartner(labels[i], labels[j]))
                hints.others[slot].push_back(j);
    }
    return hints;
}

} // namespace nwk
