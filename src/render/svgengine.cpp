// SPDX-License-Identifier: GPL-3.0-or-later
// The paint engine of the SVG writer: each QPainter primitive becomes one SVG element.
#include "svgwriter.h"

#include <QBuffer>
#include <QImage>
#include <QPainterPath>
#include <QPixmap>
#include <QTextItem>

#include <cmath>
#include <functional>

namespace nwk::detail {

namespace {

QString colorHex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QString pointList(const QPointF *points, int count, const std::function<QPointF(QPointF)> &map)
{
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const QPointF p = map(points[i]);
        out << svgNumber(p.x()) + QLatin1Char(',') + svgNumber(p.y());
    }
    return out.join(QLatin1Char(' '));
}

QString attr(const char *name, const QString &value)
{
    return QLatin1Char(' ') + QLatin1String(name) + QStringLiteral("=\"") + value +
           QLatin1Char('"');
}

} // namespace

SvgPaintEngine::SvgPaintEngine(SvgBody *body)
    // Everything is passed through untransformed and unemulated: the SVG does it.
    : QPaintEngine(QPaintEngine::AllFeatures)
    , m_body(body)
{
}

bool SvgPaintEngine::begin(QPaintDevice *device)
{
    Q_UNUSED(device);
    setActive(true);
    return true;
}

bool SvgPaintEngine::end()
{
    setActive(false);
    return true;
}

void SvgPaintEngine::updateState(const QPaintEngineState &newState)
{
    const DirtyFlags flags = newState.state();
    if (flags & DirtyPen)
        m_pen = newState.pen();
    if (flags & DirtyBrush)
        m_brush = newState.brush();
    if (flags & DirtyTransform)
        m_transform = newState.transform();
    if (flags & DirtyOpacity)
        m_opacity = newState.opacity();
}

QPointF SvgPaintEngine::at(QPointF p) const
{
    if (m_transform.type() <= QTransform::TxTranslate)
        return p + QPointF(m_transform.dx(), m_transform.dy());
    return p;
}

QString SvgPaintEngine::transformAttr() const
{
    if (m_transform.type() <= QTransform::TxTranslate)
        return {};
    const QTransform &t = m_transform;
    return attr("transform",
                QStringLiteral("matrix(%1 %2 %3 %4 %5 %6)")
                    .arg(svgNumber(t.m11(), 6), svgNumber(t.m12(), 6), svgNumber(t.m21(), 6),
                         svgNumber(t.m22(), 6), svgNumber(t.dx(), 3), svgNumber(t.dy(), 3)));
}

QString SvgPaintEngine::fillAttrs() const
{
    if (m_brush.style() == Qt::NoBrush)
        return attr("fill", QStringLiteral("none"));
    const QColor c = m_brush.color();
    QString out = attr("fill", colorHex(c));
    const double alpha = c.alphaF() * m_opacity;
    if (alpha < 1.0)
        out += attr("fill-opacity", svgNumber(alpha, 3));
    return out;
}

QString SvgPaintEngine::strokeAttrs() const
{
    if (m_pen.style() == Qt::NoPen || m_pen.brush().style() == Qt::NoBrush)
        return {};
    const QColor c = m_pen.color();
    QString out = attr("stroke", colorHex(c));
    const double alpha = c.alphaF() * m_opacity;
    if (alpha < 1.0)
        out += attr("stroke-opacity", svgNumber(alpha, 3));
    const double w = m_pen.widthF();
    out += attr("stroke-width", svgNumber(w > 0 ? w : 1.0, 3));
    if (m_pen.isCosmetic())
        out += attr("vector-effect", QStringLiteral("non-scaling-stroke"));
    // The root element holds Qt's defaults (square caps, bevel joins, miter limit 2).
    switch (m_pen.capStyle()) {
    case Qt::FlatCap:
        out += attr("stroke-linecap", QStringLiteral("butt"));
        break;
    case Qt::RoundCap:
        out += attr("stroke-linecap", QStringLiteral("round"));
        break;
    default:
        break;
    }
    switch (m_pen.joinStyle()) {
    case Qt::MiterJoin:
    case Qt::SvgMiterJoin:
        out += attr("stroke-linejoin", QStringLiteral("miter"));
        if (m_pen.miterLimit() != 2.0)
            out += attr("stroke-miterlimit", svgNumber(m_pen.miterLimit(), 3));
        break;
    case Qt::RoundJoin:
        out += attr("stroke-linejoin", QStringLiteral("round"));
        break;
    default:
        break;
    }
    if (m_pen.style() != Qt::SolidLine) {
        // Qt's dash pattern is in pen widths; SVG's in user units.
        const double unit = w > 0 ? w : 1.0;
        QStringList dashes;
        for (double d : m_pen.dashPattern())
            dashes << svgNumber(d * unit, 3);
        if (!dashes.isEmpty())
            out += attr("stroke-dasharray", dashes.join(QLatin1Char(' ')));
        if (m_pen.dashOffset() != 0.0)
            out += attr("stroke-dashoffset", svgNumber(m_pen.dashOffset() * unit, 3));
    }
    return out;
}

QString SvgPaintEngine::pathData(const QPainterPath &path) const
{
    QString d;
    QPointF start;
    QPointF last;
    int inSubpath = 0;
    auto pt = [&](QPointF p) {
        const QPointF q = at(p);
        return svgNumber(q.x()) + QLatin1Char(' ') + svgNumber(q.y());
    };
    auto closeIfClosed = [&] {
        // Qt strokes a subpath that ends where it began as closed (joins, no caps).
        if (inSubpath > 1 && start == last)
            d += QStringLiteral("Z");
    };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            closeIfClosed();
            d += QStringLiteral("M") + pt(e);
            start = last = e;
            inSubpath = 1;
            break;
        case QPainterPath::LineToElement:
            d += QStringLiteral("L") + pt(e);
            last = e;
            ++inSubpath;
            break;
        case QPainterPath::CurveToElement: {
            const QPointF c2 = path.elementAt(i + 1);
            const QPointF end = path.elementAt(i + 2);
            d += QStringLiteral("C") + pt(e) + QLatin1Char(' ') + pt(c2) + QLatin1Char(' ') +
                 pt(end);
            last = end;
            ++inSubpath;
            i += 2;
            break;
        }
        case QPainterPath::CurveToDataElement:
            break;
        }
    }
    closeIfClosed();
    return d;
}

void SvgPaintEngine::drawPath(const QPainterPath &path)
{
    if (path.isEmpty())
        return;
    QString e = QStringLiteral("<path") + attr("d", pathData(path)) + fillAttrs();
    if (path.fillRule() == Qt::OddEvenFill && m_brush.style() != Qt::NoBrush)
        e += attr("fill-rule", QStringLiteral("evenodd"));
    m_body->line(e + strokeAttrs() + transformAttr() + QStringLiteral("/>"));
}

void SvgPaintEngine::drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode)
{
    if (pointCount <= 0)
        return;
    const QString pts = pointList(points, pointCount, [this](QPointF p) { return at(p); });
    if (mode == PolylineMode) {
        m_body->line(QStringLiteral("<polyline") + attr("points", pts) +
                     attr("fill", QStringLiteral("none")) + strokeAttrs() + transformAttr() +
                     QStringLiteral("/>"));
        return;
    }
    QString e = QStringLiteral("<polygon") + attr("points", pts) + fillAttrs();
    if (mode == OddEvenMode && m_brush.style() != Qt::NoBrush)
        e += attr("fill-rule", QStringLiteral("evenodd"));
    m_body->line(e + strokeAttrs() + transformAttr() + QStringLiteral("/>"));
}

void SvgPaintEngine::drawRects(const QRectF *rects, int rectCount)
{
    for (int i = 0; i < rectCount; ++i) {
        const QRectF r = rects[i].normalized();
        const QPointF tl = at(r.topLeft());
        m_body->line(QStringLiteral("<rect") + attr("x", svgNumber(tl.x())) +
                     attr("y", svgNumber(tl.y())) + attr("width", svgNumber(r.width())) +
                     attr("height", svgNumber(r.height())) + fillAttrs() + strokeAttrs() +
                     transformAttr() + QStringLiteral("/>"));
    }
}

void SvgPaintEngine::drawEllipse(const QRectF &rect)
{
    const QRectF r = rect.normalized();
    const QPointF c = at(r.center());
    const bool circle = std::abs(r.width() - r.height()) < 1e-9;
    QString e = circle ? QStringLiteral("<circle") : QStringLiteral("<ellipse");
    e += attr("cx", svgNumber(c.x())) + attr("cy", svgNumber(c.y()));
    if (circle)
        e += attr("r", svgNumber(r.width() / 2));
    else
        e += attr("rx", svgNumber(r.width() / 2)) + attr("ry", svgNumber(r.height() / 2));
    m_body->line(e + fillAttrs() + strokeAttrs() + transformAttr() + QStringLiteral("/>"));
}

void SvgPaintEngine::drawLines(const QLineF *lines, int lineCount)
{
    const QString stroke = strokeAttrs();
    if (stroke.isEmpty())
        return;
    for (int i = 0; i < lineCount; ++i) {
        const QPointF a = at(lines[i].p1());
        const QPointF b = at(lines[i].p2());
        m_body->line(QStringLiteral("<line") + attr("x1", svgNumber(a.x())) +
                     attr("y1", svgNumber(a.y())) + attr("x2", svgNumber(b.x())) +
                     attr("y2", svgNumber(b.y())) + stroke + transformAttr() +
                     QStringLiteral("/>"));
    }
}

void SvgPaintEngine::drawPoints(const QPointF *points, int pointCount)
{
    // A point is a dot of the pen's width in the pen's colour.
    const double w = m_pen.widthF() > 0 ? m_pen.widthF() : 1.0;
    const QColor c = m_pen.color();
    for (int i = 0; i < pointCount; ++i) {
        const QPointF p = at(points[i]);
        m_body->line(QStringLiteral("<circle") + attr("cx", svgNumber(p.x())) +
                     attr("cy", svgNumber(p.y())) + attr("r", svgNumber(w / 2, 3)) +
                     attr("fill", colorHex(c)) + transformAttr() + QStringLiteral("/>"));
    }
}

void SvgPaintEngine::drawTextItem(const QPointF &p, const QTextItem &textItem)
{
    const QString text = textItem.text();
    if (text.isEmpty())
        return;
    const QFont f = textItem.font();
    const QPointF q = at(p);
    QString e = QStringLiteral("<text") + attr("x", svgNumber(q.x())) + attr("y", svgNumber(q.y()));
    const QString family = cssFontFamily(f);
    if (family != m_body->defaultFamily)
        e += attr("font-family", xmlEscape(family));
    const double size = f.pixelSize() > 0 ? f.pixelSize() : f.pointSizeF() * 96.0 / 72.0;
    e += attr("font-size", svgNumber(size));
    if (f.weight() >= QFont::Bold)
        e += attr("font-weight", QStringLiteral("bold"));
    else if (f.weight() != QFont::Normal)
        e += attr("font-weight", QString::number(f.weight()));
    if (f.italic())
        e += attr("font-style", QStringLiteral("italic"));
    const QColor c = m_pen.color();
    e += attr("fill", colorHex(c));
    const double alpha = c.alphaF() * m_opacity;
    if (alpha < 1.0)
        e += attr("fill-opacity", svgNumber(alpha, 3));
    if (text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' ')) ||
        text.contains(QStringLiteral("  ")))
        e += attr("xml:space", QStringLiteral("preserve"));
    m_body->line(e + transformAttr() + QLatin1Char('>') + xmlEscape(text) +
                 QStringLiteral("</text>"));
}

void SvgPaintEngine::drawImage(const QRectF &r, const QImage &image, const QRectF &sr,
                               Qt::ImageConversionFlags flags)
{
    Q_UNUSED(flags);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.copy(sr.toAlignedRect()).save(&buffer, "PNG");
    const QPointF tl = at(r.topLeft());
    m_body->line(QStringLiteral("<image") + attr("x", svgNumber(tl.x())) +
                 attr("y", svgNumber(tl.y())) + attr("width", svgNumber(r.width())) +
                 attr("height", svgNumber(r.height())) +
                 attr("preserveAspectRatio", QStringLiteral("none")) +
                 attr("xlink:href", QStringLiteral("data:image/png;base64,") +
                                        QString::fromLatin1(png.toBase64())) +
                 transformAttr() + QStringLiteral("/>"));
}

void SvgPaintEngine::drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr)
{
    drawImage(r, pm.toImage(), sr);
}

} // namespace nwk::detail
