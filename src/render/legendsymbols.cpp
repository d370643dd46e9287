// SPDX-License-Identifier: GPL-3.0-or-later
// The legend's "Symbols" section: the marker decorations and outlines the map uses.
#include "legend_p.h"

#include <QPainter>

namespace nwk::detail {

namespace {

QFont boldLegendFont(const MapStyle &st)
{
    QFont f = st.legendFont;
    f.setBold(true);
    return f;
}

/// Ghosts, disputed partners and counts.
void addMarkerSymbols(std::vector<LegendSymbol> &symbols, const LegendUse &use,
                      const RenderOptions &o, const MapStyle &st, double u)
{
    if (use.missing)
        symbols.push_back(LegendSymbol{"missing",
                                       nlEn(o, "ontbrekende partner (gestippeld, cursief)",
                                            "missing partner (dashed, italic)"),
                                       [&st, u](QPainter &p, QPointF at) {
                                           p.save();
                                           p.translate(at);
                                           paintCategoryMarker(p, nullptr, 8.5 * u,
                                                               st.lineWidth * 0.8, st, true);
                                           p.restore();
                                       }});
    if (use.disputed)
        symbols.push_back(LegendSymbol{
            "disputed",
            nlEn(o, "betwist (? en onderbroken rand)", "disputed (? and dashed outline)"),
            [&st, u](QPainter &p, QPointF at) {
                p.save();
                p.translate(at);
                paintCategoryMarker(p, nullptr, 8.5 * u, st.lineWidth * 0.8, st, false, true);
                p.setPen(st.negative);
                const QFont f = boldLegendFont(st);
                p.setFont(f);
                const TextMetrics tm(f);
                p.drawText(
                    QPointF(-tm.width(QStringLiteral("?")) / 2, (tm.ascent() - tm.descent()) / 2),
                    QStringLiteral("?"));
                p.restore();
            }});
    if (use.count)
        symbols.push_back(LegendSymbol{
            "count", nlEn(o, "aantal (bv. ×3 stageplaatsen)", "number (e.g. ×3 placements)"),
            [&st](QPainter &p, QPointF at) {
                p.setPen(st.text);
                const QFont f = boldLegendFont(st);
                p.setFont(f);
                const QString t = QString(QChar(0x00d7)) + QStringLiteral("n");
                const TextMetrics tm(f);
                p.drawText(
                    QPointF(at.x() - tm.width(t) / 2, at.y() + (tm.ascent() - tm.descent()) / 2),
                    t);
            }});
}

} // namespace

std::vector<LegendSymbol> legendSymbols(const LegendUse &use, const RenderOptions &o,
                                        const MapStyle &st, double u)
{
    std::vector<LegendSymbol> symbols;
    addMarkerSymbols(symbols, use, o, st, u);
    if (use.person)
        symbols.push_back(
            LegendSymbol{"person", nlEn(o, "persoon", "person"), [&st, u](QPainter &p, QPointF c) {
                             p.setPen(QPen(st.text, 0.8 * u));
                             p.setBrush(Qt::white);
                             p.drawEllipse(c, 6 * u, 6 * u);
                             p.setPen(Qt::NoPen);
                             p.setBrush(st.text);
                             p.drawEllipse(QPointF(c.x(), c.y() - 1.9 * u), 1.7 * u, 1.7 * u);
                             p.drawChord(QRectF(c.x() - 3.4 * u, c.y() + 0.2 * u, 6.8 * u, 6.8 * u),
                                         0, 180 * 16);
                         }});
    if (use.band)
        symbols.push_back(LegendSymbol{
            "band",
            nlEn(o, "ook in een andere categorie (kleurband)", "also in another category (band)"),
            [&st, u](QPainter &p, QPointF c) {
                p.setPen(QPen(st.ringLine, 3 * u, Qt::SolidLine, Qt::FlatCap));
                p.setBrush(Qt::NoBrush);
                p.drawArc(QRectF(c.x() - 9 * u, c.y() - 9 * u, 18 * u, 18 * u), 75 * 16, -330 * 16);
                p.setPen(Qt::NoPen);
                p.setBrush(st.noCategory);
                p.drawEllipse(c, 5.5 * u, 5.5 * u);
            }});
    if (use.groups)
        symbols.push_back(LegendSymbol{
            "group", nlEn(o, "groep", "group"), [&st, u](QPainter &p, QPointF c) {
                QColor line = st.groupColor;
                line.setAlpha(170);
                QColor fill = st.groupColor;
                fill.setAlpha(20);
                p.setPen(QPen(line, st.lineWidth * 0.9, Qt::DashLine));
                p.setBrush(fill);
                p.drawRoundedRect(QRectF(c.x() - 12 * u, c.y() - 7 * u, 24 * u, 14 * u), 6 * u,
                                  6 * u);
            }});
    if (use.notes)
        symbols.push_back(LegendSymbol{
            "note", nlEn(o, "met notities", "has notes"),
            [&st, u](QPainter &p, QPointF c) { paintNoteGlyph(p, c, 5.4 * u, 0.8 * u, st); }});
    addSchema3Symbols(symbols, use, o, st, u);
    return symbols;
}

} // namespace nwk::detail
