// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/session.h"

#include "nwk/core/ids.h"

#include <algorithm>

namespace nwk {

const Partner *Session::partner(const QString &id) const
{
    return findId(partners, id);
}
Partner *Session::partner(const QString &id)
{
    return findId(partners, id);
}
const Category *Session::category(const QString &id) const
{
    return findId(categories, id);
}
const Participant *Session::participant(const QString &id) const
{
    return findId(participants, id);
}
const Link *Session::link(const QString &id) const
{
    return findId(links, id);
}
const SectionMark *CardProgress::sectionMark(const QString &questionId) const
{
    const auto it = std::find_if(sectionMarks.begin(), sectionMarks.end(),
                                 [&](const SectionMark &m) { return m.questionId == questionId; });
    return it == sectionMarks.end() ? nullptr : &*it;
}

int Session::categoryIndex(const QString &id) const
{
    return indexOfId(categories, id);
}

std::vector<Category> defaultCategories()
{
    auto make = [](const char *id, const char *nl, const char *en, const char *color,
                   MarkerShape marker, const char *letter, bool framed = false) {
        Category c;
        c.id = QString::fromUtf8(id);
        c.labelNl = QString::fromUtf8(nl);
        c.labelEn = QString::fromUtf8(en);
        c.color = QString::fromUtf8(color);
        c.marker = marker;
        c.letter = QString::fromUtf8(letter);
        c.framed = framed;
        return c;
    };
    return {
        make("professionalisering", "Professionalisering van het team",
             "Professional development of the team", "#1f5fbf", MarkerShape::Square, "P"),
        make("aanbod", "Pedagogisch-didactisch aanbod voor leerlingen",
             "Pedagogical-didactic offer for pupils", "#2e9e44", MarkerShape::Circle, "A"),
        make("zorg", "Zorg voor leerlingen", "Pupil care", "#ef8a00", MarkerShape::Triangle, "Z"),
        make("werk", "Werk en stage buiten de school", "Work and internships outside school",
             "#d62728", MarkerShape::Diamond, "W"),
        make("beleid", "Beleid", "Policy", "#e066b0", MarkerShape::Hexagon, "B"),
        make("onderzoek", "Onderzoek", "Research", "#0e8a91", MarkerShape::Star, "O"),
        make("intern", "Interne actoren", "Internal actors", "#202020", MarkerShape::Pentagon, "I",
             true),
    };
}

std::vector<Ring> defaultRings()
{
    auto make = [](const char *nl, const char *en) {
        Ring r;
        r.labelNl = QString::fromUtf8(nl);
        r.labelEn = QString::fromUtf8(en);
        return r;
    };
    return {make("dichtbij", "close"), make("tussenin", "in between"), make("veraf", "far")};
}

Session newSession()
{
    Session s;
    s.categories = defaultCategories();
    s.rings = defaultRings();
    s.deck.id = QStringLiteral("sono-collectief-leren");
    s.deck.version = QStringLiteral("1");
    s.deck.language = QStringLiteral("nl");
    return s;
}

QString uniqueId(const Session &s, const QString &prefix)
{
    long long highest = 0;
    auto consider = [&](const QString &id) {
        if (!id.startsWith(prefix))
            return;
        bool ok = false;
        const long long n = QStringView(id).mid(prefix.size()).toLongLong(&ok);
        if (ok && n > highest)
            highest = n;
    };
    auto each = [&](const auto &items) {
        for (const auto &x : items)
            consider(x.id);
    };
    each(s.categories);
    each(s.participants);
    each(s.partners);
    each(s.links);
    each(s.groups);
    each(s.missingPartners);
    each(s.metaphors);
    each(s.memos);
    each(s.codebook);
    each(s.annotations);
    each(s.snapshots);
    each(s.relativePlacements);
    for (const auto &c : s.cards)
        for (const auto &q : c.quotes)
            consider(q.id);
    return prefix + QString::number(highest + 1);
}

} // namespace nwk

namespace nwk {

bool isDisputed(const Partner &p)
{
    return p.disputed || !p.alternatives.empty();
}

} // namespace nwk
