// SPDX-License-Identifier: GPL-3.0-or-later
// The legend's entries for what schema 3 adds to the map, each only when the map uses it.
#include "legend_p.h"
#include "statements_p.h"

#include <QPainter>

namespace nwk::detail {

void gatherSchema3(const Session &s, const RenderOptions &o, LegendUse &use)
{
    QSet<QString> placed;
    for (const Partner &pa : s.partners)
        if (pa.placement)
            placed.insert(pa.id);
    use.notDiscussed = MapGeometry::needsBand(s);
    for (const Partner &pa : s.partners) {
        use.neutral = use.neutral || (!pa.placement && pa.neutralZone);
        if (!pa.placement && !pa.neutralZone)
            continue;
        use.addedAfter = use.addedAfter || pa.addedAfterSession;
        use.alternatives = use.alternatives || (pa.placement && !pa.alternatives.empty());
        use.former = use.former || (pa.placement && !pa.formerPlacements.empty());
        use.contact = use.contact || (!pa.contactOf.isEmpty() && placed.contains(pa.contactOf));
        if (!o.showMarks)
            continue;
        const bool votes = pa.voteCount >= 0 || !pa.roleVotes.empty();
        use.votes = use.votes || votes;
        use.inferred = use.inferred || pa.prioritySource == PrioritySource::Researchers;
        use.quantifier = use.quantifier || (!votes && pa.marks.isEmpty() &&
                                            pa.prioritySource == PrioritySource::Participants &&
                                            !pa.voteText.trimmed().isEmpty());
    }
    if (o.showRelativePlacements)
        for (const RelativePlacement &rp : s.relativePlacements)
            use.relative =
                use.relative || (placed.contains(rp.partnerId) &&
                                 (rp.referenceId == kSchoolId || placed.contains(rp.referenceId)));
    for (const Link &l : s.links)
        use.initiated = use.initiated || (linkDrawn(l, placed) && !l.initiatedBy.isEmpty() &&
                                          (l.initiatedBy == l.from || l.initiatedBy == l.to));
}

namespace {

void text(QPainter &p, const QString &t, QPointF c, const MapStyle &st, bool bold)
{
    QFont f = st.legendFont;
    f.setBold(bold);
    p.setFont(f);
    const TextMetrics tm(f);
    p.drawText(QPointF(c.x() - tm.width(t) / 2, c.y() + (tm.ascent() - tm.descent()) / 2), t);
}

void addPlaceSymbols(std::vector<LegendSymbol> &out, const LegendUse &use, const RenderOptions &o,
                     const MapStyle &st, double u)
{
    if (use.notDiscussed)
        out.push_back({"not-discussed",
                       nlEn(o, "afstand niet besproken (gearceerde buitenband)",
                            "distance not discussed (hatched outer band)"),
                       [&st, u](QPainter &p, QPointF c) {
                           const QRectF r(c.x() - 11 * u, c.y() - 6 * u, 22 * u, 12 * u);
                           p.setPen(QPen(st.ringLine, 0.8));
                           p.setBrush(Qt::white);
                           p.drawRect(r);
                           for (int i = 0; i < 4; ++i)
                               p.drawLine(QPointF(r.left() + (2 + 5 * i) * u, r.bottom()),
                                          QPointF(r.left() + (5 + 5 * i) * u, r.top()));
                       }});
    if (use.alternatives)
        out.push_back({"alternative",
                       nlEn(o, "plaats volgens één deelnemer (bv. P2)",
                            "placement by one participant (e.g. P2)"),
                       [&st, u](QPainter &p, QPointF c) {
                           QColor f = st.noCategory;
                           f.setAlpha(110);
                           p.setPen(QPen(f, 0.8));
                           p.drawLine(c - QPointF(12 * u, 0), c);
                           p.setBrush(f);
                           p.drawEllipse(c - QPointF(8 * u, 0), 4.5 * u, 4.5 * u);
                           p.setPen(st.text);
                           text(p, QStringLiteral("P"), c + QPointF(5 * u, 0), st, true);
                       }});
    if (use.former)
        out.push_back({"former", nlEn(o, "vroegere plaats (stippelspoor)", "former place (trail)"),
                       [&st, u](QPainter &p, QPointF c) {
                           QPen pen(st.noCategory, 1.2 * u, Qt::SolidLine, Qt::RoundCap);
                           pen.setDashPattern({0.01, 2.6});
                           p.setPen(pen);
                           p.drawLine(c - QPointF(6 * u, 0), c + QPointF(12 * u, 0));
                           QPen ghost(st.noCategory, 0.8);
                           ghost.setDashPattern({2.0, 2.0});
                           p.setPen(ghost);
                           p.setBrush(Qt::white);
                           p.drawEllipse(c - QPointF(8 * u, 0), 4.5 * u, 4.5 * u);
                       }});
    if (use.neutral)
        out.push_back(
            {"neutral-zone",
             nlEn(o, "nog geen categorie (onder de kaart)", "no category yet (below the map)"),
             [&st, u](QPainter &p, QPointF c) {
                 p.save();
                 p.translate(c);
                 paintCategoryMarker(p, nullptr, 8.5 * u, st.lineWidth * 0.8, st);
                 p.restore();
             }});
    if (use.addedAfter)
        out.push_back({"added-after",
                       nlEn(o, "toegevoegd na de sessie (gestippelde ring)",
                            "added after the session (dotted ring)"),
                       [&st, u](QPainter &p, QPointF c) {
                           p.setPen(Qt::NoPen);
                           p.setBrush(st.noCategory);
                           p.drawEllipse(c, 6.5 * u, 6.5 * u);
                           QPen pen(st.text, 1.0 * u, Qt::SolidLine, Qt::RoundCap);
                           pen.setDashPattern({0.01, 2.6});
                           p.setPen(pen);
                           p.setBrush(Qt::NoBrush);
                           p.drawEllipse(c, 9 * u, 9 * u);
                       }});
}

void addPrioritySymbols(std::vector<LegendSymbol> &out, const LegendUse &use,
                        const RenderOptions &o, const MapStyle &st, double u)
{
    if (use.votes)
        out.push_back({"votes",
                       nlEn(o, "stemmen zonder namen (bv. ×2)", "votes without names (e.g. ×2)"),
                       [&st](QPainter &p, QPointF c) {
                           p.setPen(st.text);
                           text(p, QString(QChar(0x00d7)) + QStringLiteral("2"), c, st, true);
                       }});
    if (use.inferred)
        out.push_back({"inferred",
                       nlEn(o, "prioriteit afgeleid door de onderzoekers (hol)",
                            "priority inferred by the researchers (hollow)"),
                       [&st, u](QPainter &p, QPointF c) {
                           p.setPen(QPen(roleColor(RoleGroup::Teacher).darker(115), 1.2 * u));
                           p.setBrush(Qt::white);
                           p.drawRoundedRect(QRectF(c.x() - 7 * u, c.y() - 7 * u, 14 * u, 14 * u),
                                             7 * u, 7 * u);
                       }});
    if (use.quantifier)
        out.push_back({"quantifier",
                       nlEn(o, "prioriteit zonder aantal (bv. \u201cde meeste\u201d)",
                            "priority without a count (e.g. \u201cmost\u201d)"),
                       [u](QPainter &p, QPointF c) {
                           const QColor gold(0xc8, 0x8a, 0x00);
                           p.setPen(QPen(gold.darker(120), 1.0 * u));
                           p.setBrush(gold);
                           QPolygonF star;
                           for (int i = 0; i < 10; ++i) {
                               const double a = i * 3.14159265358979 / 5.0;
                               const double r = (i % 2 ? 3.0 : 6.5) * u;
                               star << QPointF(c.x() + r * std::sin(a), c.y() - r * std::cos(a));
                           }
                           p.drawPolygon(star);
                       }});
}

void addRelationSymbols(std::vector<LegendSymbol> &out, const LegendUse &use,
                        const RenderOptions &o, const MapStyle &st, double u)
{
    if (use.relative)
        out.push_back({"relative",
                       nlEn(o, "relatieve plaats (bv. \u201cverder dan\u201d)",
                            "relative placement (e.g. \u201cfurther than\u201d)"),
                       [&st, u](QPainter &p, QPointF c) {
                           QPen pen(st.groupColor.darker(120), st.lineWidth * 0.9);
                           pen.setDashPattern({5.0, 3.0});
                           p.setPen(pen);
                           p.drawLine(c - QPointF(13 * u, 0), c + QPointF(9 * u, 0));
                           p.setPen(Qt::NoPen);
                           p.setBrush(st.groupColor.darker(120));
                           p.drawPolygon(
                               QPolygonF({c + QPointF(13 * u, 0), c + QPointF(7 * u, -3.5 * u),
                                          c + QPointF(7 * u, 3.5 * u)}));
                       }});
    if (use.contact)
        out.push_back({"contact", nlEn(o, "contactpersoon van", "contact person of"),
                       [&st, u](QPainter &p, QPointF c) {
                           QPen pen(st.linkColor, st.lineWidth * 0.8, Qt::SolidLine, Qt::RoundCap);
                           pen.setDashPattern({0.01, 2.2});
                           p.setPen(pen);
                           p.drawLine(c - QPointF(13 * u, 0), c + QPointF(13 * u, 0));
                       }});
    if (use.initiated)
        out.push_back({"initiated", nlEn(o, "ging uit van (stip)", "initiated by (dot)"),
                       [&st, u](QPainter &p, QPointF c) {
                           p.setPen(QPen(st.linkColor, st.lineWidth));
                           p.drawLine(c - QPointF(13 * u, 0), c + QPointF(13 * u, 0));
                           p.setPen(Qt::NoPen);
                           p.setBrush(st.linkColor);
                           p.drawEllipse(c - QPointF(13 * u, 0), 3.4 * u, 3.4 * u);
                       }});
}

} // namespace

void addSchema3Symbols(std::vector<LegendSymbol> &symbols, const LegendUse &use,
                       const RenderOptions &o, const MapStyle &st, double u)
{
    addPlaceSymbols(symbols, use, o, st, u);
    addPrioritySymbols(symbols, use, o, st, u);
    addRelationSymbols(symbols, use, o, st, u);
}

} // namespace nwk::detail
