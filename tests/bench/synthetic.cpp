// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthetic.h"

#include "nwk/core/geometry.h"

#include <cstdint>

namespace nwk::bench {

namespace {

/// A small deterministic generator (64-bit LCG), so runs compare.
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint32_t next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(m_state >> 33);
    }
    /// Uniform in [0, 1).
    double unit() { return next() / 4294967296.0; }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint32_t>(n)); }

private:
    std::uint64_t m_state;
};

const char *const kLabels[] = {
    "Pedagogische begeleidingsdienst",
    "CLB",
    "Ondersteuningsnetwerk",
    "Revalidatiecentrum",
    "Ouderraad",
    "Huiswerkbegeleiding",
    "Scholengemeenschap",
    "Jeugdwerking",
    "Bibliotheek",
    "Sportclub",
    "Academie",
    "Lerarenopleiding",
};

QString id(const char *prefix, int i)
{
    return QString::fromLatin1(prefix) + QString::number(i);
}

} // namespace

Session syntheticSession(int partners)
{
    Random random(20261128u + static_cast<std::uint64_t>(partners));
    Session s = newSession();
    s.meta.schoolName = QStringLiteral("Synthetische school %1").arg(partners);
    s.meta.date = QStringLiteral("2026-11-28");
    s.meta.facilitators = {QStringLiteral("Onderzoeker A"), QStringLiteral("Onderzoeker B")};
    const struct {
        const char *code, *role;
        RoleGroup group;
    } roles[] = {{"P1", "leerkracht", RoleGroup::Teacher},
                 {"P2", "directeur", RoleGroup::Management},
                 {"P3", "zorgcoördinator", RoleGroup::Care},
                 {"P4", "secretariaat", RoleGroup::Other}};
    for (int i = 0; i < 4; ++i) {
        Participant p;
        p.id = id("pt", i + 1);
        p.code = QString::fromLatin1(roles[i].code);
        p.role = QString::fromUtf8(roles[i].role);
        p.roleGroup = roles[i].group;
        s.participants.push_back(p);
    }

    const MapGeometry geometry = MapGeometry::forSession(s);
    const int categories = static_cast<int>(s.categories.size());
    for (int i = 0; i < partners; ++i) {
        Partner p;
        p.id = id("pa", i + 1);
        p.label = QString::fromLatin1(kLabels[i % 12]) + QLatin1Char(' ') + QString::number(i + 1);
        const int sector = i % categories;
        p.category = s.categories[static_cast<std::size_t>(sector)].id;
        if (i % 9 == 4)
            p.extraCategories = {
                s.categories[static_cast<std::size_t>((sector + 1) % categories)].id};
        p.kind = i % 11 == 3 ? PartnerKind::Person : PartnerKind::Organisation;
        p.formality = i % 2 ? Formality::Formal : Formality::Informal;
        p.count = i % 13 == 0 ? 3 : 0;
        Placement placement;
        placement.distance = 0.03 + 0.94 * random.unit();
        placement.angle = normalizeAngle(geometry.sectorStart(sector) +
                                         geometry.sectorSpan() * (0.04 + 0.92 * random.unit()));
        p.placement = placement;
        p.namedBy = {id("pt", 1 + i % 4)};
        if (i % 5 == 0) { // some marks, in role colours
            const int marks = 1 + random.below(3);
            for (int m = 0; m < marks; ++m)
                p.marks.append(id("pt", 1 + (i + m) % 4));
        }
        if (i % 6 == 0)
            p.notes = QStringLiteral("Contact via de zorgcoördinator; twee keer per jaar overleg.");
        p.addedMs = 1000LL * i;
        s.partners.push_back(std::move(p));
    }

    // Three times as many links: mostly between partners, some to the school.
    for (int i = 0; i < 3 * partners; ++i) {
        Link l;
        l.id = id("li", i + 1);
        const int from = random.below(partners);
        if (i % 10 == 0) {
            l.from = s.partners[static_cast<std::size_t>(from)].id;
            l.to = kSchoolId;
        } else {
            int to = random.below(partners - 1);
            if (to >= from)
                ++to; // never to itself
            l.from = s.partners[static_cast<std::size_t>(from)].id;
            l.to = s.partners[static_cast<std::size_t>(to)].id;
        }
        l.kind = static_cast<LinkKind>(i % 8);
        l.direction = static_cast<LinkDirection>(i % 3);
        l.valence = static_cast<Valence>(i % 3);
        if (i % 7 == 0)
            l.label = QStringLiteral("overleg");
        s.links.push_back(std::move(l));
    }

    for (int g = 0; g < partners / 50; ++g) {
        Group group;
        group.id = id("gr", g + 1);
        group.label = QStringLiteral("Groep %1").arg(g + 1);
        for (int m = 0; m < 4; ++m)
            group.members.append(
                s.partners[static_cast<std::size_t>((g * 50 + m * 7) % partners)].id);
        s.groups.push_back(std::move(group));
    }
    for (int m = 0; m < 6; ++m) {
        MissingPartner missing;
        missing.id = id("mp", m + 1);
        missing.label = QStringLiteral("Ontbrekende partner %1").arg(m + 1);
        missing.category = s.categories[static_cast<std::size_t>(m % categories)].id;
        missing.mentionedBy = id("pt", 1 + m % 4);
        s.missingPartners.push_back(std::move(missing));
    }
    CardProgress card;
    card.cardId = QStringLiteral("actoreninventarisatie");
    card.status = CardStatus::Done;
    card.spentMs = 600000;
    for (int q = 0; q < 5 && q < partners; ++q) {
        QuestionNote note;
        note.questionId = QStringLiteral("actoreninventarisatie.h%1").arg(q + 1);
        note.text = QStringLiteral("Notitie bij vraag %1").arg(q + 1);
        note.partnerIds = {s.partners[static_cast<std::size_t>(q)].id};
        card.notes.push_back(std::move(note));
        Quote quote;
        quote.id = id("qu", q + 1);
        quote.text = QStringLiteral("\u201cZonder het CLB lukt het niet.\u201d");
        quote.participantId = id("pt", 1 + q % 4);
        quote.partnerIds = {s.partners[static_cast<std::size_t>(q)].id};
        card.quotes.push_back(std::move(quote));
    }
    s.cards.push_back(std::move(card));
    return s;
}

namespace {

QByteArray quoted(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 2);
}

} // namespace

QByteArray toDot(const Session &s)
{
    const MapGeometry geometry = MapGeometry::forSession(s);
    QByteArray dot = "digraph netwerkkaart {\n"
                     "  graph [splines=false, outputorder=edgesfirst];\n"
                     "  node [shape=circle, fixedsize=true, width=0.42, style=filled, "
                     "fontname=\"DejaVu Sans\", fontsize=9];\n"
                     "  edge [arrowsize=0.6, color=\"#4a4a4a\"];\n";
    dot += "  school [pos=\"0,0!\", width=1.94, fillcolor=\"#303030\", fontcolor=white, label=" +
           quoted(s.meta.schoolName) + "];\n";
    for (const Partner &p : s.partners) {
        if (!p.placement)
            continue;
        const QPointF at = geometry.toPoint(*p.placement);
        const Category *c = s.category(p.category);
        // Graphviz's y axis grows upwards; the map's downwards.
        dot += "  " + quoted(p.id) + " [pos=\"" + number(at.x()) + ',' + number(-at.y()) +
               "!\", fillcolor=" + quoted(c ? c->color : QStringLiteral("#9a9a9a")) +
               ", xlabel=" + quoted(p.label) + ", label=\"\"];\n";
    }
    for (const Link &l : s.links) {
        dot += "  " + quoted(l.from) + " -> " + quoted(l.to);
        if (l.direction == LinkDirection::None)
            dot += " [dir=none]";
        else if (l.direction == LinkDirection::BothWays)
            dot += " [dir=both]";
        dot += ";\n";
    }
    return dot + "}\n";
}

} // namespace nwk::bench
