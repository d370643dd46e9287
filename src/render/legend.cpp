// SPDX-License-Identifier: GPL-3.0-or-later
// The legend right of the map disc and the title block above it.
#include "legend_p.h"
#include "marks_p.h"

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
    LegendIcon icon;  ///< draws centred on the point
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

QFont noteFont(const MapStyle &st)
{
    QFont f = st.legendFont;
    f.setItalic(true);
    f.setPixelSize(std::max(5, st.legendFont.pixelSize() - 2));
    return f;
}

/// Adds the legend's rows section by section, then sizes them.
class Builder {
public:
    Builder(const RenderOptions &options, const MapStyle &style)
        : o(options)
        , st(style)
    {
        lg.unit = st.legendFont.pixelSize() / 12.0;
        u = lg.unit;
        lg.pad = 10.0 * u;
        lg.iconWidth = 30.0 * u;
        width = 290.0 * u;
        textWidth = width - 2 * lg.pad - lg.iconWidth;
    }

    void categories(const Session &s)
    {
        if (!s.categories.empty())
            heading("categories", "Categorieën", "Categories");
        for (const Category &c : s.categories) {
            row(
                QStringLiteral("category-") + c.id, QStringLiteral("category-") + c.id,
                categoryLabel(c, o),
                [&st = st, c, u = u](QPainter &p, QPointF at) {
                    p.save();
                    p.translate(at);
                    paintCategoryMarker(p, &c, 8.5 * u, st.lineWidth * 0.8, st);
                    p.restore();
                },
                c.note);
        }
    }

    void rings(const Session &s)
    {
        if (!s.rings.empty())
            heading("rings", "Afstand tot de school", "Distance to the school");
        const int rings = static_cast<int>(s.rings.size());
        for (int i = 0; i < rings; ++i) {
            row(QStringLiteral("ring-") + QString::number(i + 1), QStringLiteral("ring"),
                ringLabel(s.rings[static_cast<std::size_t>(i)], i, o),
                [&st = st, i, rings, u = u](QPainter &p, QPointF at) {
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
    }

    /// Who marked the partners on the map, each with their badge: only when marks are drawn.
    void participants(const Session &s, const LegendUse &use)
    {
        if (!use.marks())
            return;
        heading("participants", "Belangrijk voor (deelnemers)", "Important to (participants)");
        const double height = std::min(markBadgeHeight(st), 16.0 * u);
        auto icon = [height](MarkBadge b) {
            return [b, height](QPainter &p, QPointF at) { paintMarkBadge(p, b, at, height); };
        };
        const QHash<QString, QString> texts = markBadgeTexts(s);
        for (const Participant *pt : use.markers) {
            const MarkBadge b = markBadge(s, pt->id, texts);
            row(QStringLiteral("participant-") + pt->id,
                QStringLiteral("participant role-") + roleClass(pt->roleGroup), markTitle(s, b, o),
                icon(b));
        }
        if (use.unknownMarkers) { // marks of ids that are no participant: one "?" entry
            const MarkBadge b = markBadge(s, QString(), texts);
            row(QStringLiteral("mark-unknown"), QStringLiteral("participant mark-unknown"),
                markTitle(s, b, o), icon(b));
        }
    }

    void symbols(const LegendUse &use)
    {
        const std::vector<LegendSymbol> symbols = legendSymbols(use, o, st, u);
        if (!symbols.empty())
            heading("symbols", "Symbolen", "Symbols");
        for (const LegendSymbol &sy : symbols) {
            const QString key = QString::fromLatin1(sy.key);
            row(QStringLiteral("symbol-") + key, QStringLiteral("symbol-") + key, sy.text, sy.icon);
        }
    }

    /// Link kinds and valences that occur on this map.
    void links(const LegendUse &use)
    {
        if (!use.anyLink)
            return;
        heading("links", "Verbindingen", "Links");
        auto sample = [&st = st, u = u](LinkKind k, Valence v) {
            return [&st, u, k, v](QPainter &p, QPointF c) {
                p.setPen(linkPen(k, v, st));
                p.drawLine(QPointF(c.x() - 13 * u, c.y()), QPointF(c.x() + 13 * u, c.y()));
            };
        };
        for (std::size_t i = 0; i < use.kinds.size(); ++i) {
            const auto kind = static_cast<LinkKind>(i);
            if (use.kinds[i])
                row(QStringLiteral("link-") + token(toString(kind)),
                    QStringLiteral("legend-link kind-") + token(toString(kind)),
                    linkKindText(kind, o), sample(kind, Valence::Neutral));
        }
        for (Valence v : {Valence::Positive, Valence::Negative})
            if (use.valences[static_cast<std::size_t>(v)])
                row(QStringLiteral("valence-") + token(toString(v)),
                    QStringLiteral("legend-link valence-") + token(toString(v)), valenceText(v, o),
                    sample(LinkKind::Collaborates, v));
    }

    /// Heights of the rows and the legend's rectangle.
    Legend finish(const MapGeometry &g)
    {
        QFont headFont = st.legendFont;
        headFont.setBold(true);
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
        return std::move(lg);
    }

private:
    void heading(const char *section, const char *nl, const char *en)
    {
        Row r;
        r.heading = true;
        r.id = QString::fromLatin1(section);
        r.lines = {nlEn(o, nl, en)};
        lg.rows.push_back(r);
    }
    void row(const QString &id, const QString &cssClass, const QString &text, LegendIcon icon,
             const QString &note = QString())
    {
        Row r;
        r.id = id;
        r.cssClass = cssClass;
        r.lines = wrapText(text, st.legendFont, textWidth, 3);
        if (!note.trimmed().isEmpty())
            r.noteLines = wrapText(note, noteFont(st), textWidth, 2);
        r.icon = std::move(icon);
        lg.rows.push_back(r);
    }

    const RenderOptions &o;
    const MapStyle &st;
    Legend lg;
    double u = 1.0;
    double width = 0.0;
    double textWidth = 0.0;
};

Legend buildLegend(const Session &s, const RenderOptions &o, const MapStyle &st)
{
    const LegendUse use = legendUse(s, o);
    Builder b(o, st);
    b.categories(s);
    b.rings(s);
    b.participants(s, use);
    b.symbols(use);
    b.links(use);
    return b.finish(MapGeometry::forSession(s));
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
