// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison's maps: one tile's drawing, and all tiles on one SVG or PDF sheet.
#include "nwk/render/comparisonsheet.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/atomicfile.h"
#include "nwk/render/mappainter.h"

#include "pdfoutput.h"
#include "render_p.h"
#include "svgwriter.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace nwk {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kMarginMm = 10.0;

RenderOptions tileOptions(const Session &s)
{
    RenderOptions o;
    o.language =
        s.meta.language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    o.showLegend = false;
    o.showTitle = false;
    return o;
}

/// The side of a map cell (points) and the height of its title line.
struct Cells {
    int columns = 1;
    int rows = 1;
    double side = 0.0;
    double titleHeight = 0.0;
};

Cells cellsFor(int count, const QSizeF &area, double titleHeight)
{
    Cells best;
    best.titleHeight = titleHeight;
    for (int c = 1; c <= std::max(1, count); ++c) {
        const int r = (std::max(1, count) + c - 1) / c;
        const double side = std::min(area.width() / c, area.height() / r - titleHeight);
        if (side > best.side) {
            best.columns = c;
            best.rows = r;
            best.side = side;
        }
    }
    return best;
}

QFont sheetFont(double pixelSize, bool bold = false)
{
    QFont f = detail::withoutLigatures(QFont(QStringLiteral("DejaVu Sans")));
    f.setPixelSize(std::max(1, qRound(pixelSize)));
    f.setBold(bold);
    return f;
}

} // namespace

QColor recurringOutlineColor()
{
    return {0xe0, 0x00, 0xb0};
}

QColor chosenHaloColor()
{
    return {0xff, 0x9f, 0x00};
}

double comparedMapExtent()
{
    return 2.0 * MapGeometry{}.outerRadius * 1.2;
}

double comparedRingRadius()
{
    return MapPainter().style().partnerRadius + 10.0;
}

double comparedHaloRadius()
{
    return MapPainter().style().partnerRadius + 22.0;
}

namespace {

/// The rings of the recurring partners and the halo of the chosen one, each around the
/// partner's marker where the drawing put it (`drawnAt`: the drawing's positions, which
/// spread overlapping markers apart and put partners without a discussed distance in the
/// outer band and neutral-zone partners below the disc).
void paintRingsAndHalos(QPainter &p, const ComparedMap &map, const QHash<QString, QPointF> &drawnAt)
{
    const auto centres = [&](const QStringList &ids) {
        std::vector<QPointF> out;
        for (const auto &id : ids)
            if (const auto at = drawnAt.constFind(id); at != drawnAt.cend())
                out.push_back(*at);
        return out;
    };
    p.save();
    p.setBrush(Qt::NoBrush);
    // The chosen partner: a wide amber halo with a dark edge, under the ring.
    QColor halo = chosenHaloColor();
    halo.setAlpha(210);
    const double r = comparedHaloRadius();
    // Widths in map units, but never thinner than a few device pixels on a small tile.
    const double pixel = 1.0 / std::max(1e-9, std::sqrt(std::abs(p.transform().determinant())));
    const auto width = [pixel](double units, double pixels) {
        return std::max(units, pixels * pixel);
    };
    for (const QPointF c : centres(map.highlighted)) {
        p.setPen(QPen(halo, width(16.0, 5.0)));
        p.drawEllipse(c, r, r);
        p.setPen(QPen(QColor(0x20, 0x20, 0x20), width(3.0, 1.0)));
        const double edge = r + width(16.0, 5.0) / 2 + width(3.0, 1.0) / 2;
        p.drawEllipse(c, edge, edge);
    }
    // With a partner chosen, the other recurring partners' rings step back.
    QColor outline = recurringOutlineColor();
    if (!map.highlighted.isEmpty())
        outline.setAlpha(120);
    p.setPen(QPen(outline, map.highlighted.isEmpty() ? width(10.0, 3.0) : width(6.0, 2.0)));
    const double ring = comparedRingRadius();
    for (const QPointF c : centres(map.outlined))
        p.drawEllipse(c, ring, ring);
    p.restore();
}

/// The map and its rings and halos from one prepared drawing. `forExport`: the session as
/// every export draws it (sessionForExport(): no bidi controls, names replaced when
/// `anonymise`).
void paintCompared(QPainter &p, const ComparedMap &map, bool ligatures, bool forExport,
                   bool anonymise)
{
    if (!map.session)
        return;
    RenderOptions o = tileOptions(*map.session);
    o.ligatures = ligatures;
    o.anonymise = anonymise;
    const MapPainter painter(MapStyle::forOptions(o));
    const detail::PreparedMap prepared =
        detail::prepareMap(*map.session, o, painter.style(), forExport);
    detail::paintPreparedMap(painter, p, prepared, o, nullptr);
    paintRingsAndHalos(p, map, prepared.ctx.positions().partners);
}

/// A text of the sheet as an export prints it: names replaced when anonymising (by every
/// session's pseudonyms), no bidi controls.
QString sheetText(QString text, const std::vector<ComparedMap> &maps, bool anonymise)
{
    for (const auto &m : maps)
        if (m.session)
            text = exportFreeText(*m.session, text, anonymise);
    return withoutBidiControls(text);
}

} // namespace

void paintComparedMap(QPainter &p, const ComparedMap &map, bool ligatures)
{
    paintCompared(p, map, ligatures, false, false);
}

QHash<QString, QPointF> comparedMapPositions(const Session &s)
{
    const RenderOptions o = tileOptions(s);
    const MapLayout layout = MapPainter(MapStyle::forOptions(o)).layoutMap(s, o);
    QHash<QString, QPointF> out;
    out.reserve(layout.partners.size());
    for (auto it = layout.partners.cbegin(); it != layout.partners.cend(); ++it)
        out.insert(it.key(), it->position);
    return out;
}

int comparisonSheetColumns(int count, const QSizeF &page)
{
    return cellsFor(count, page, page.height() * 0.03).columns;
}

void paintComparisonSheet(QPainter &p, const QRectF &page, const std::vector<ComparedMap> &maps,
                          const ComparisonSheetOptions &o, bool ligatures)
{
    const double line = std::max(8.0, page.height() * 0.022);
    const QString title = sheetText(o.title, maps, o.anonymise);
    const QString caption = sheetText(o.caption, maps, o.anonymise);
    QRectF area = page;
    p.save();
    p.setPen(Qt::black);
    if (!title.isEmpty()) {
        p.setFont(sheetFont(line * 1.3, true));
        p.drawText(QRectF(area.left(), area.top(), area.width(), line * 2.0),
                   Qt::AlignLeft | Qt::AlignVCenter, title);
        area.setTop(area.top() + line * 2.2);
    }
    if (!caption.isEmpty()) {
        p.setFont(sheetFont(line * 0.8));
        p.drawText(QRectF(area.left(), area.bottom() - line * 1.5, area.width(), line * 1.5),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, caption);
        area.setBottom(area.bottom() - line * 1.7);
    }
    const Cells cells = cellsFor(static_cast<int>(maps.size()), area.size(), line * 1.4);
    const double scale = cells.side / comparedMapExtent();
    for (std::size_t i = 0; i < maps.size(); ++i) {
        const int column = static_cast<int>(i) % cells.columns;
        const int row = static_cast<int>(i) / cells.columns;
        const QRectF cell(area.left() + column * (area.width() / cells.columns),
                          area.top() + row * (cells.side + cells.titleHeight), cells.side,
                          cells.side);
        p.save();
        p.setClipRect(cell);
        p.translate(cell.center());
        p.scale(scale, scale);
        paintCompared(p, maps[i], ligatures, true, o.anonymise);
        p.restore();
        p.setFont(sheetFont(line, true));
        p.drawText(QRectF(cell.left(), cell.bottom(), cell.width(), cells.titleHeight),
                   Qt::AlignHCenter | Qt::AlignTop, sheetText(maps[i].title, maps, o.anonymise));
    }
    p.restore();
}

QByteArray renderComparisonSvg(const std::vector<ComparedMap> &maps,
                               const ComparisonSheetOptions &o)
{
    const QSizeF size = QPageSize(o.pageSize).size(QPageSize::Point).transposed();
    const QRectF page(QPointF(0, 0), size);
    detail::SvgWriter writer(page, sheetFont(12));
    {
        QPainter p(&writer);
        p.fillRect(page, Qt::white);
        const double margin = kMarginMm * kPointsPerMm;
        paintComparisonSheet(p, page.adjusted(margin, margin, -margin, -margin), maps, o);
    }
    QStringList schools;
    for (const auto &m : maps)
        schools << m.title;
    return writer.document(
        sheetText(o.title, maps, o.anonymise),
        sheetText(o.caption + QLatin1Char(' ') + schools.join(QStringLiteral(", ")), maps,
                  o.anonymise),
        maps.empty() || !maps.front().session ? QStringLiteral("nl")
                                              : tileOptions(*maps.front().session).language);
}

QString exportComparisonSheet(const std::vector<ComparedMap> &maps, const QString &fileName,
                              const ComparisonSheetOptions &o)
{
    if (fileName.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return writeFileAtomically(fileName, renderComparisonSvg(maps, o));
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    {
        const detail::StablePdfScope stable;
        QPdfWriter pdf(&buffer);
        pdf.setResolution(72); // device units are points
        pdf.setPageSize(QPageSize(o.pageSize));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                           QPageLayout::Millimeter);
        pdf.setTitle(sheetText(o.title, maps, o.anonymise));
        pdf.setCreator(QStringLiteral("Netwerkkaart"));
        QPainter p;
        if (!p.begin(&pdf))
            return QStringLiteral("Cannot write %1: the PDF could not be made").arg(fileName);
        paintComparisonSheet(p, QRectF(0, 0, pdf.width(), pdf.height()), maps, o, false);
        p.end();
    }
    return writeFileAtomically(fileName, detail::reproduciblePdf(data));
}

} // namespace nwk
