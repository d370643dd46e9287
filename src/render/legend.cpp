// SPDX-License-Identifier: GPL-3.0-or-later
// The legend right of the map disc and the title block above it.
#include "render_p.h"

#include <QPainter>

#include <algorithm>
#include <functional>

namespace nwk {
namespace detail {

namespace {

/// One row of the legend: an icon left, text right.
struct Row {
    QStringList lines;
    QStringList noteLines; ///< smaller italic lines under the text
    bool heading = false;
    QString id;       ///< section (heading) or entry id, for the SVG's groups
    QString cssClass; ///< extra classes of an entry
    std::function<void(QPainter &, QPointF)> icon; ///< draws centred on the point
    double height = 0.0;
};

struct Legend {
    QRectF rect;
    double unit = 1.0;
    double pad = 10.0;
    double iconWidth = 28.0;
    std::vector<Row> rows;
};

QString token(std::string_view name)
{
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

QString roleClass(RoleGroup g)
{
    return token(toString(g));
}

bool anyPartner(const Session &s, const std::function<bool(const Partner &)> &pred)
{
    return std::any_of(s.partners.begin(), s.partners.end(),
                       [&](const Partner &p) { return p.placement && pred(p); });
}

QFont noteFont(const MapStyle &st)
{
    QFont f = st.legendFont;
    f.setItalic(true);
    f.setPixelSize(std::max(5, st.legendFont.pixelSize() - 2));
    return f;
}

Legend buildLegend(const Session &s, const RenderOptions &o, const MapStyle &st)
{
    Legend lg;
    const MapGeometry g = MapGeometry::forSession(s);
    lg.unit = st.legendFont.pixelSize() / 12.0;
    const double u = lg.unit;
    lg.pad = 10.0 * u;
    lg.iconWidth = 30.0 * u;
    const double width = 290.0 * u;
    const double textWidth = width - 2 * lg.pad - lg.iconWidth;
    QFont headFont = st.legendFont;
    headFont.setBold(true);
    const double lw = st.lineWidth;

    auto heading = [&](const char *section, const char *nl, const char *en) {
        Row r;
        r.heading = true;
        r.id = QString::fromLatin1(section);
        r.lines = {nlEn(o, nl, en)};
        lg.rows.push_back(r);
    };
    auto row = [&](const QString &id, const QString &cssClass, const QString &text,
                   std::function<void(QPainter &, QPointF)> icon, const QString &note = QString()) {
        Row r;
        r.id = id;
        r.cssClass = cssClass;
        r.lines = wrapText(text, st.legendFont, textWidth, 3);
        if (!note.trimmed().isEmpty())
            r.noteLines = wrapText(note, noteFont(st), textWidth, 2);
        r.icon = std::move(icon);
        lg.rows.push_back(r);
    };

    if (!s.categories.empty())
        heading("categories", "Categorieën", "Categories");
    for (const Category &c : s.categories) {
        row(
            QStringLiteral("category-") + c.id, QStringLiteral("category-") + c.id,
            categoryLabel(c, o),
            [&st, c, u](QPainter &p, QPointF at) {
                p.save();
                p.translate(at);
                paintCategoryMarker(p, &c, 8.5 * u, st.lineWidth * 0.8, st);
                p.restore();
            },
            c.note);
    }
    if (!s.rings.empty())
        heading("rings", "Afstand tot de school", "Distance to the school");
    const int rings = static_cast<int>(s.rings.size());
    for (int i = 0; i < rings; ++i) {
        row(QStringLiteral("ring-") + QString::number(i + 1), QStringLiteral("ring"),
            ringLabel(s.rings[static_cast<std::size_t>(i)], i, o),
            [&st, i, rings, u](QPainter &p, QPointF at) {
                const double w = 22.0 * u;
                const double cell = w / rings;
                for (int j = 0; j < rings; ++j) {
                    const QRectF r(at.x() - w / 2 + j * cell, at.y() - 4 * u, cell, 8 * u);
                    p.setPen(QPen(st.ringLine, 0.8));
                    p.setBrush(j == i ? st.ringLine : QColor(Qt::white));
                    p.drawRect(r);
                }
            });
    }
    const bool marks =
        o.showMarks && anyPartner(s, [](const Partner &p) { return !p.marks.isEmpty(); });
    if (o.showMarks && (marks || !s.participants.empty())) {
        heading("participants", "Belangrijk voor (deelnemers)", "Important to (participants)");
        auto dot = [&st, u](QColor c) {
            return [&st, c, u](QPainter &p, QPointF at) {
                Q_UNUSED(st);
                p.setPen(QPen(QColor(0x30, 0x30, 0x30), 0.7 * u));
                p.setBrush(c);
                p.drawEllipse(at, 4.2 * u, 4.2 * u);
            };
        };
        if (s.participants.empty()) {
            for (RoleGroup rg :
                 {RoleGroup::Teacher, RoleGroup::Management, RoleGroup::Care, RoleGroup::Other})
                row(QStringLiteral("role-") + roleClass(rg),
                    QStringLiteral("role-") + roleClass(rg), roleGroupText(rg, o),
                    dot(roleColor(rg)));
        } else {
            for (const Participant &pt : s.participants)
                row(QStringLiteral("participant-") + pt.id,
                    QStringLiteral("participant role-") + roleClass(pt.roleGroup),
                    participantDisplay(pt, o) + QStringLiteral(" (") +
                        roleGroupText(pt.roleGroup, o) + QStringLiteral(")"),
                    dot(roleColor(pt.roleGroup)));
        }
    }
    // Symbols that occur on this map.
    struct Symbol {
        const char *key;
        QString text;
        std::function<void(QPainter &, QPointF)> icon;
    };
    std::vector<Symbol> symbols;
    if (o.showMissing && !s.missingPartners.empty())
        symbols.push_back(Symbol{"missing",
                                 nlEn(o, "ontbrekende partner (gestippeld, cursief)",
                                      "missing partner (dashed, italic)"),
                                 [&st, u](QPainter &p, QPointF at) {
                                     p.save();
                                     p.translate(at);
                                     paintCategoryMarker(p, nullptr, 8.5 * u, st.lineWidth * 0.8,
                                                         st, true);
                                     p.restore();
                                 }});
    if (anyPartner(s, [](const Partner &p) { return p.disputed; }))
        symbols.push_back(Symbol{
            "disputed",
            nlEn(o, "betwist (? en onderbroken rand)", "disputed (? and dashed outline)"),
            [&st, u](QPainter &p, QPointF at) {
                p.save();
                p.translate(at);
                paintCategoryMarker(p, nullptr, 8.5 * u, st.lineWidth * 0.8, st, false, true);
                p.setPen(st.negative);
                QFont f = st.legendFont;
                f.setBold(true);
                p.setFont(f);
                const TextMetrics tm(f);
                p.drawText(
                    QPointF(-tm.width(QStringLiteral("?")) / 2, (tm.ascent() - tm.descent()) / 2),
                    QStringLiteral("?"));
                p.restore();
            }});
    if (anyPartner(s, [](const Partner &p) { return p.count > 1; }))
        symbols.push_back(
            Symbol{"count", nlEn(o, "aantal (bv. ×3 stageplaatsen)", "number (e.g. ×3 placements)"),
                   [&st](QPainter &p, QPointF at) {
                       p.setPen(st.text);
                       QFont f = st.legendFont;
                       f.setBold(true);
                       p.setFont(f);
                       const QString t = QString(QChar(0x00d7)) + QStringLiteral("n");
                       const TextMetrics tm(f);
                       p.drawText(QPointF(at.x() - tm.width(t) / 2,
                                          at.y() + (tm.ascent() - tm.descent()) / 2),
                                  t);
                   }});
    if (anyPartner(s, [](const Partner &p) { return p.kind == PartnerKind::Person; }))
        symbols.push_back(
            Symbol{"person", nlEn(o, "persoon", "person"), [&st, u](QPainter &p, QPointF c) {
                       p.setPen(QPen(st.text, 0.8 * u));
                       p.setBrush(Qt::white);
                       p.drawEllipse(c, 6 * u, 6 * u);
                       p.setPen(Qt::NoPen);
                       p.setBrush(st.text);
                       p.drawEllipse(QPointF(c.x(), c.y() - 1.9 * u), 1.7 * u, 1.7 * u);
                       p.drawChord(QRectF(c.x() - 3.4 * u, c.y() + 0.2 * u, 6.8 * u, 6.8 * u), 0,
                                   180 * 16);
                   }});
    if (anyPartner(s, [](const Partner &p) { return !p.extraCategories.isEmpty(); }))
        symbols.push_back(Symbol{
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
    if (o.showGroups && !s.groups.empty())
        symbols.push_back(
            Symbol{"group", nlEn(o, "groep", "group"), [&st, u](QPainter &p, QPointF c) {
                       QColor line = st.groupColor;
                       line.setAlpha(170);
                       QColor fill = st.groupColor;
                       fill.setAlpha(20);
                       p.setPen(QPen(line, st.lineWidth * 0.9, Qt::DashLine));
                       p.setBrush(fill);
                       p.drawRoundedRect(QRectF(c.x() - 12 * u, c.y() - 7 * u, 24 * u, 14 * u),
                                         6 * u, 6 * u);
                   }});
    if (o.showNotes && anyPartner(s, [](const Partner &p) { return !p.notes.trimmed().isEmpty(); }))
        symbols.push_back(
            Symbol{"note", nlEn(o, "met notities", "has notes"), [&st, u](QPainter &p, QPointF c) {
                       paintNoteGlyph(p, c, 5.4 * u, 0.8 * u, st);
                   }});
    if (!symbols.empty()) {
        heading("symbols", "Symbolen", "Symbols");
        for (Symbol &sy : symbols) {
            const QString key = QString::fromLatin1(sy.key);
            row(QStringLiteral("symbol-") + key, QStringLiteral("symbol-") + key, sy.text, sy.icon);
        }
    }
    // Link kinds and valences that occur on this map.
    std::vector<bool> kinds(enumCount<LinkKind>(), false);
    std::vector<bool> valences(enumCount<Valence>(), false);
    bool anyLink = false;
    QSet<QString> seen; // the first partner of a repeated id counts, as Session::partner()
    QSet<QString> placed;
    for (const Partner &pa : s.partners) {
        if (!seen.contains(pa.id) && pa.placement)
            placed.insert(pa.id);
        seen.insert(pa.id);
    }
    for (const Link &l : s.links) {
        if (!linkDrawn(l, placed))
            continue;
        anyLink = true;
        kinds[static_cast<std::size_t>(l.kind)] = true;
        valences[static_cast<std::size_t>(l.valence)] = true;
    }
    if (anyLink) {
        heading("links", "Verbindingen", "Links");
        auto sample = [&st, u, lw](LinkKind k, Valence v) {
            return [&st, u, k, v, lw](QPainter &p, QPointF c) {
                Q_UNUSED(lw);
                p.setPen(linkPen(k, v, st));
                p.drawLine(QPointF(c.x() - 13 * u, c.y()), QPointF(c.x() + 13 * u, c.y()));
            };
        };
        for (std::size_t i = 0; i < kinds.size(); ++i)
            if (kinds[i])
                row(QStringLiteral("link-") + token(toString(static_cast<LinkKind>(i))),
                    QStringLiteral("legend-link kind-") + token(toString(static_cast<LinkKind>(i))),
                    linkKindText(static_cast<LinkKind>(i), o),
                    sample(static_cast<LinkKind>(i), Valence::Neutral));
        for (Valence v : {Valence::Positive, Valence::Negative})
            if (valences[static_cast<std::size_t>(v)])
                row(QStringLiteral("valence-") + token(toString(v)),
                    QStringLiteral("legend-link valence-") + token(toString(v)), valenceText(v, o),
                    sample(LinkKind::Collaborates, v));
    }

    // Heights and the rectangle.
    const TextMetrics body(st.legendFont);
    const TextMetrics note(noteFont(st));
    const TextMetrics head(headFont);
    double h = lg.pad;
    for (Row &r : lg.rows) {
        if (r.heading) {
            r.height = head.lineHeight() + (h > lg.pad ? 7 * u : 1 * u);
        } else {
            r.height = std::max(18.0 * u, r.lines.size() * body.lineHeight() +
                                              r.noteLines.size() * note.lineHeight()) +
                       2.0 * u;
        }
        h += r.height;
    }
    h += lg.pad;
    if (!lg.rows.empty())
        lg.rect = QRectF(legendLeft(st, g), -g.outerRadius, width, h);
    return lg;
}

} // namespace

bool linkDrawn(const Session &s, const Link &l)
{
    auto ok = [&](const QString &id) {
        const Partner *p = s.partner(id);
        return id == kSchoolId || (p && p->placement);
    };
    return l.from != l.to && ok(l.from) && ok(l.to);
}

bool linkDrawn(const Link &l, const QSet<QString> &placed)
{
    auto ok = [&](const QString &id) { return id == kSchoolId || placed.contains(id); };
    return l.from != l.to && ok(l.from) && ok(l.to);
}

double legendLeft(const MapStyle &st, const MapGeometry &g)
{
    return sectorLabelOuterRadius(st, g) + 40.0;
}

QRectF legendRect(const Session &s, const RenderOptions &o, const MapStyle &st)
{
    if (!o.showLegend)
        return {};
    return buildLegend(s, o, st).rect;
}

void paintLegendGrouped(QPainter &p, const Session &s, const RenderOptions &o, const MapStyle &st,
                        PaintGroups *groups)
{
    const Legend lg = buildLegend(s, o, st);
    if (lg.rect.isEmpty())
        return;
    const GroupScope legend(groups, QStringLiteral("legend"), QStringLiteral("legend"),
                            nlEn(o, "Legende", "Legend"));
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.8));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(lg.rect, 6, 6);
    QFont headFont = st.legendFont;
    headFont.setBold(true);
    const TextMetrics body(st.legendFont);
    const TextMetrics head(headFont);
    const QFont nf = noteFont(st);
    const TextMetrics note(nf);
    double y = lg.rect.top() + lg.pad;
    const double x0 = lg.rect.left() + lg.pad;
    bool inSection = false;
    for (const Row &r : lg.rows) {
        if (r.heading) {
            if (groups && inSection)
                groups->end();
            if (groups)
                groups->begin(QStringLiteral("legend-") + r.id,
                              QStringLiteral("legend-section legend-") + r.id, r.lines.value(0));
            inSection = true;
            p.setPen(st.text);
            p.setFont(headFont);
            p.drawText(QPointF(x0, y + r.height - head.descent()), r.lines.value(0));
        } else {
            const GroupScope entry(groups, QStringLiteral("legend-") + r.id,
                                   QStringLiteral("legend-entry ") + r.cssClass,
                                   r.lines.join(QLatin1Char(' ')));
            const double textH =
                r.lines.size() * body.lineHeight() + r.noteLines.size() * note.lineHeight();
            if (r.icon)
                r.icon(p, QPointF(x0 + lg.iconWidth / 2 - 2,
                                  y + std::min(r.height, 18.0 * lg.unit) / 2));
            double ty = y + (r.height - textH) / 2 + body.ascent();
            p.setPen(st.text);
            p.setFont(st.legendFont);
            for (const QString &l : r.lines) {
                p.drawText(QPointF(x0 + lg.iconWidth, ty), l);
                ty += body.lineHeight();
            }
            p.setFont(nf);
            p.setPen(QColor(0x60, 0x60, 0x60));
            ty += note.ascent() - body.ascent();
            for (const QString &l : r.noteLines) {
                p.drawText(QPointF(x0 + lg.iconWidth, ty), l);
                ty += note.lineHeight();
            }
        }
        y += r.height;
    }
    if (groups && inSection)
        groups->end();
    p.restore();
}

} // namespace detail

using namespace detail;

QRectF MapPainter::legendBounds(const Session &s, const RenderOptions &o) const
{
    return legendRect(s, o, m_style);
}

void MapPainter::paintLegend(QPainter &p, const Session &s, const RenderOptions &o) const
{
    paintLegendGrouped(p, s, o, m_style, nullptr);
}

} // namespace nwk
