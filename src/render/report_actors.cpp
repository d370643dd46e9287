// SPDX-License-Identifier: GPL-3.0-or-later
// The report's actor inventory (partners per category, priority partners, distance,
// absences, subgroups).
#include "report_p.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/geometry.h"

#include "render_p.h"

#include <algorithm>

namespace nwk::report {

namespace {

QString muted(const QString &s)
{
    return QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(s));
}

QString distanceText(const Context &c, const Partner &p)
{
    return p.placement ? placementText(c, *p.placement) : c.t(Text::Unplaced);
}

QStringList roles(const Context &c, const QStringList &participantIds)
{
    QStringList out;
    for (const QString &id : participantIds)
        out << c.role(id);
    return out;
}

QString partnerItem(const Context &c, const Partner &p)
{
    QString head = QStringLiteral("<b>%1</b>").arg(esc(exportPartnerLabel(p, c.o.anonymise)));
    if (p.count > 1)
        head += QStringLiteral(" \u00d7%1").arg(p.count);
    if (!(c.o.anonymise && p.kind == PartnerKind::Person) && !p.fullName.trimmed().isEmpty() &&
        p.fullName.trimmed() != p.label.trimmed())
        head += QStringLiteral(" (%1)").arg(esc(p.fullName.trimmed()));
    QStringList facts{esc(c.t(Text::Distance)) + QStringLiteral(": ") + esc(distanceText(c, p))};
    if (!p.marks.isEmpty())
        facts << esc(c.t(Text::Marks)) + QStringLiteral(": ") + QString::number(p.marks.size());
    if (!p.namedBy.isEmpty())
        facts << esc(c.t(Text::NamedBy)) + QStringLiteral(": ") +
                     esc(roles(c, p.namedBy).join(QStringLiteral(", ")));
    QStringList extra;
    for (const QString &id : p.extraCategories)
        if (const Category *cat = c.s.category(id))
            extra << detail::categoryLabel(*cat, c.names);
    if (!extra.isEmpty())
        facts << esc(c.t(Text::AlsoIn)) + QStringLiteral(": ") +
                     esc(extra.join(QStringLiteral(", ")));
    facts << statementFacts(c, p);
    QString out = QStringLiteral("<li>%1<br/><span class=\"muted\">%2</span>")
                      .arg(head, facts.join(QStringLiteral(" \u00b7 ")));
    if (!p.notes.trimmed().isEmpty())
        out += QStringLiteral("<br/>") + c.html(p.notes);
    return out + QStringLiteral("</li>\n");
}

QString categoriesHtml(const Context &c)
{
    QString out = QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n")
                      .arg(esc(c.t(Text::PartnersByCategory)), esc(c.t(Text::PartnersIntro)));
    auto list = [&](const std::vector<const Partner *> &partners) {
        QString items = QStringLiteral("<ul>\n");
        for (const Partner *p : partners)
            items += partnerItem(c, *p);
        return items + QStringLiteral("</ul>\n");
    };
    for (const Category &cat : c.s.categories) {
        std::vector<const Partner *> partners;
        for (const Partner &p : c.s.partners)
            if (p.category == cat.id && !p.neutralZone)
                partners.push_back(&p);
        out += QStringLiteral("<h4><span class=\"swatch\" style=\"color: %1\">\u25a0</span> "
                              "%2</h4>\n")
                   .arg(esc(cat.color), esc(detail::categoryLabel(cat, c.names)));
        if (!cat.note.trimmed().isEmpty())
            out += muted(cat.note.trimmed());
        if (partners.empty()) {
            if (cat.note.trimmed().isEmpty())
                out += muted(c.t(Text::NoPartnersRecorded));
            continue;
        }
        out += list(partners);
    }
    std::vector<const Partner *> none;
    std::vector<const Partner *> neutral;
    for (const Partner &p : c.s.partners)
        if (p.neutralZone)
            neutral.push_back(&p);
        else if (p.category.isEmpty() || !c.s.category(p.category))
            none.push_back(&p);
    if (!neutral.empty())
        out += QStringLiteral("<h4>%1</h4>\n").arg(esc(c.t(Text::NeutralZone))) + list(neutral);
    if (!none.empty())
        out += QStringLiteral("<h4>%1</h4>\n").arg(esc(c.t(Text::NoCategory))) + list(none);
    return out;
}

QString priorityHtml(const Context &c)
{
    QString out = QStringLiteral("<h3>%1</h3>\n").arg(esc(c.t(Text::Priority)));
    std::vector<const Partner *> marked;
    QStringList inferred;
    for (const Partner &p : c.s.partners)
        if (p.prioritySource == PrioritySource::Researchers)
            inferred << exportPartnerLabel(p, c.o.anonymise);
        else if (!p.marks.isEmpty())
            marked.push_back(&p);
    const QString apart = inferred.isEmpty() ? QString()
                                             : QStringLiteral("<p>%1 %2</p>\n")
                                                   .arg(esc(c.t(Text::InferredIntro)),
                                                        esc(inferred.join(QStringLiteral(", "))));
    if (marked.empty())
        return out + muted(c.t(Text::NoPriority)) + apart;
    std::stable_sort(marked.begin(), marked.end(), [](const Partner *a, const Partner *b) {
        return a->marks.size() > b->marks.size();
    });
    out += QStringLiteral("<p>%1</p>\n<table class=\"grid\" border=\"1\" cellspacing=\"0\" "
                          "cellpadding=\"3\">\n<tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
               .arg(esc(c.t(Text::PriorityIntro)), esc(c.t(Text::Partner)), esc(c.t(Text::Marks)),
                    esc(c.t(Text::MarkedBy)));
    for (const Partner *p : marked)
        out +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                .arg(esc(exportPartnerLabel(*p, c.o.anonymise)), QString::number(p->marks.size()),
                     esc(roles(c, p->marks).join(QStringLiteral(", "))));
    return out + QStringLiteral("</table>\n") + apart;
}

QString distanceHtml(const Context &c)
{
    QString out = QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n<ul>\n")
                      .arg(esc(c.t(Text::DistanceHeading)), esc(c.t(Text::DistanceIntro)));
    const int rings = static_cast<int>(c.s.rings.size());
    for (int ring = 0; ring < rings; ++ring) {
        QStringList names;
        for (const Partner &p : c.s.partners)
            if (p.placement && ringOf(c.s, *p.placement) == ring)
                names << exportPartnerLabel(p, c.o.anonymise);
        const QString label =
            detail::ringLabel(c.s.rings[static_cast<std::size_t>(ring)], ring, c.names);
        out += QStringLiteral("<li><b>%1</b>: %2</li>\n")
                   .arg(esc(label), esc(names.isEmpty() ? QStringLiteral("\u2013")
                                                        : names.join(QStringLiteral(", "))));
    }
    QStringList notDiscussed;
    for (const Partner &p : c.s.partners)
        if (p.placement && !p.placement->distanceDiscussed())
            notDiscussed << exportPartnerLabel(p, c.o.anonymise);
    if (!notDiscussed.isEmpty()) // never under a ring
        out += QStringLiteral("<li><b>%1</b>: %2</li>\n")
                   .arg(esc(c.t(Text::DistanceNotDiscussed)),
                        esc(notDiscussed.join(QStringLiteral(", "))));
    QStringList unplaced;
    for (const Partner &p : c.s.partners)
        if (!p.placement)
            unplaced << exportPartnerLabel(p, c.o.anonymise);
    if (!unplaced.isEmpty())
        out += QStringLiteral("<li><b>%1</b>: %2</li>\n")
                   .arg(esc(c.t(Text::Unplaced)), esc(unplaced.join(QStringLiteral(", "))));
    return out + QStringLiteral("</ul>\n");
}

QString missingHtml(const Context &c)
{
    QString out = QStringLiteral("<h3>%1</h3>\n").arg(esc(c.t(Text::Missing)));
    if (c.s.missingPartners.empty())
        return out + muted(c.t(Text::NoMissing));
    out += QStringLiteral("<ul>\n");
    for (const MissingPartner &m : c.s.missingPartners) {
        QStringList facts{esc(c.t(Text::Status)) + QStringLiteral(": ") +
                          esc(detail::missingStatusText(m.status, c.names))};
        if (const Category *cat = c.s.category(m.category))
            facts << esc(c.t(Text::Category)) + QStringLiteral(": ") +
                         esc(detail::categoryLabel(*cat, c.names));
        if (!m.mentionedBy.isEmpty())
            facts << esc(c.t(Text::MentionedBy)) + QStringLiteral(": ") +
                         esc(c.role(m.mentionedBy));
        out += QStringLiteral("<li><b>%1</b><br/><span class=\"muted\">%2</span>")
                   .arg(c.html(m.label.isEmpty() ? m.id : m.label),
                        facts.join(QStringLiteral(" \u00b7 ")));
        if (!m.note.trimmed().isEmpty())
            out += QStringLiteral("<br/>") + c.html(m.note);
        out += QStringLiteral("</li>\n");
    }
    return out + QStringLiteral("</ul>\n");
}

QString groupsHtml(const Context &c)
{
    if (c.s.groups.empty())
        return {};
    QString out = QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(esc(c.t(Text::Groups)));
    for (const Group &g : c.s.groups) {
        QStringList members;
        for (const QString &id : g.members)
            members << c.partnerName(id);
        out += QStringLiteral("<li><b>%1</b>: %2")
                   .arg(c.html(g.label), esc(members.join(QStringLiteral(", "))));
        if (!g.note.trimmed().isEmpty())
            out += QStringLiteral("<br/>") + c.html(g.note);
        out += QStringLiteral("</li>\n");
    }
    return out + QStringLiteral("</ul>\n");
}

} // namespace

QString actorsHtml(const Context &c)
{
    return categoriesHtml(c) + priorityHtml(c) + distanceHtml(c) + missingHtml(c) + groupsHtml(c);
}

} // namespace nwk::report
