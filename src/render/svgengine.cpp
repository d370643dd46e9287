// SPDX-License-Identifier: GPL-3.0-or-later
// The paint engine of the SVG writer: each QPainter primitive becomes one SVG element.
// Elements are appended to the body as they are made; the attributes that follow from
// the painter's state are made once per state.
#include "svgattrs.h"
#include "svgwriter.h"

#include <QPainterPath>

#include <cmath>
#include <string>
#include <string_view>

namespace nwk::detail {

using namespace svgattr;

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
    if (flags & DirtyPen) {
        m_pen = newState.pen();
        m_strokeAttrs.valid = m_textFillAttrs.valid = false;
    }
    if (flags & DirtyBrush) {
        m_brush = newState.brush();
        m_fillAttrs.valid = false;
    }
    if (flags & DirtyTransform) {
        m_transform = newState.transform();
        m_translateOnly = m_transform.type() <= QTransform::TxTranslate;
        m_dx = m_transform.dx();
        m_dy = m_transform.dy();
        m_transformAttr.valid = false;
    }
    if (flags & DirtyOpacity) {
        m_opacity = newState.opacity();
        m_fillAttrs.valid = m_strokeAttrs.valid = m_textFillAttrs.valid = false;
    }
}

QPointF SvgPaintEngine::at(QPointF p) const
{
    if (m_translateOnly)
        return p + QPointF(m_dx, m_dy);
    return p;
}

void SvgPaintEngine::appendPoint(std::string &out, QPointF p, char separator) const
{
    const QPointF q = at(p);
    appendSvgNumber(out, q.x());
    out += separator;
    appendSvgNumber(out, q.y());
}

void SvgPaintEngine::finish(std::string &element)
{
    element += transformAttr();
    element += "/>";
    m_body->endLine();
}

template <typename Make> const std::string &SvgPaintEngine::cached(Cached &cache, Make make)
{
    if (!cache.valid) {
        cache.text.clear();
        make(cache.text);
        cache.valid = true;
    }
    return cache.text;
}

const std::string &SvgPaintEngine::transformAttr()
{
    return cached(m_transformAttr, [this](std::string &out) {
        if (m_translateOnly)
            return;
        const QTransform &t = m_transform;
        out += " transform=\"matrix(";
        for (const double v : {t.m11(), t.m12(), t.m21(), t.m22()}) {
            appendSvgNumber(out, v, 6);
            out += ' ';
        }
        appendSvgNumber(out, t.dx(), 3);
        out += ' ';
        appendSvgNumber(out, t.dy(), 3);
        out += ")\"";
    });
}

const std::string &SvgPaintEngine::fillAttrs()
{
    return cached(m_fillAttrs, [this](std::string &out) {
        if (m_brush.style() == Qt::NoBrush)
            attr(out, "fill", "none");
        else
            paintAttrs(out, "fill", m_brush.color(), m_opacity);
    });
}

const std::string &SvgPaintEngine::textFillAttrs()
{
    return cached(m_textFillAttrs,
                  [this](std::string &out) { paintAttrs(out, "fill", m_pen.color(), m_opacity); });
}

const std::string &SvgPaintEngine::strokeAttrs()
{
    return cached(m_strokeAttrs, [this](std::string &out) {
        if (m_pen.style() == Qt::NoPen || m_pen.brush().style() == Qt::NoBrush)
            return;
        paintAttrs(out, "stroke", m_pen.color(), m_opacity);
        const double w = m_pen.widthF();
        numberAttr(out, "stroke-width", w > 0 ? w : 1.0, 3);
        if (m_pen.isCosmetic())
            attr(out, "vector-effect", "non-scaling-stroke");
        // The root element holds Qt's defaults (square caps, bevel joins, miter limit 2).
        switch (m_pen.capStyle()) {
        case Qt::FlatCap:
            attr(out, "stroke-linecap", "butt");
            break;
        case Qt::RoundCap:
            attr(out, "stroke-linecap", "round");
            break;
        default:
            break;
        }
        switch (m_pen.joinStyle()) {
        case Qt::MiterJoin:
        case Qt::SvgMiterJoin:
            attr(out, "stroke-linejoin", "miter");
            if (m_pen.miterLimit() != 2.0)
                numberAttr(out, "stroke-miterlimit", m_pen.miterLimit(), 3);
            break;
        case Qt::RoundJoin:
            attr(out, "stroke-linejoin", "round");
            break;
        default:
            break;
        }
        if (m_pen.style() != Qt::SolidLine) {
            // Qt's dash pattern is in pen widths; SVG's in user units.
            const double unit = w > 0 ? w : 1.0;
            const QList<qreal> dashes = m_pen.dashPattern();
            if (!dashes.isEmpty()) {
                out += " stroke-dasharray=\"";
                for (qsizetype i = 0; i < dashes.size(); ++i) {
                    if (i > 0)
                        out += ' ';
                    appendSvgNumber(out, dashes[i] * unit, 3);
                }
                out += '"';
            }
            if (m_pen.dashOffset() != 0.0)
                numberAttr(out, "stroke-dashoffset", m_pen.dashOffset() * unit, 3);
        }
    });
}

void SvgPaintEngine::appendPathData(std::string &d, const QPainterPath &path) const
{
    QPointF start;
    QPointF last;
    int inSubpath = 0;
    auto closeIfClosed = [&] {
        // Qt strokes a subpath that ends where it began as closed (joins, no caps).
        if (inSubpath > 1 && start == last)
            d += 'Z';
    };
    const int count = path.elementCount();
    for (int i = 0; i < count; ++i) {
        const QPainterPath::Element &e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            closeIfClosed();
            d += 'M';
            appendPoint(d, e, ' ');
            start = last = e;
            inSubpath = 1;
            break;
        case QPainterPath::LineToElement:
            d += 'L';
            appendPoint(d, e, ' ');
            last = e;
            ++inSubpath;
            break;
        case QPainterPath::CurveToElement: {
            const QPointF c2 = path.elementAt(i + 1);
            const QPointF end = path.elementAt(i + 2);
            d += 'C';
            appendPoint(d, e, ' ');
            d += ' ';
            appendPoint(d, c2, ' ');
            d += ' ';
            appendPoint(d, end, ' ');
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
}

void SvgPaintEngine::drawPath(const QPainterPath &path)
{
    if (path.isEmpty())
        return;
    std::string &e = m_body->beginLine();
    e += "<path d=\"";
    appendPathData(e, path);
    e += '"';
    e += fillAttrs();
    if (path.fillRule() == Qt::OddEvenFill && m_brush.style() != Qt::NoBrush)
        attr(e, "fill-rule", "evenodd");
    e += strokeAttrs();
    finish(e);
}

void SvgPaintEngine::drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode)
{
    if (pointCount <= 0)
        return;
    std::string &e = m_body->beginLine();
    e += mode == PolylineMode ? "<polyline points=\"" : "<polygon points=\"";
    for (int i = 0; i < pointCount; ++i) {
        if (i > 0)
            e += ' ';
        appendPoint(e, points[i], ',');
    }
    e += '"';
    if (mode == PolylineMode) {
        attr(e, "fill", "none");
    } else {
        e += fillAttrs();
        if (mode == OddEvenMode && m_brush.style() != Qt::NoBrush)
            attr(e, "fill-rule", "evenodd");
    }
    e += strokeAttrs();
    finish(e);
}

void SvgPaintEngine::drawRects(const QRectF *rects, int rectCount)
{
    for (int i = 0; i < rectCount; ++i) {
        const QRectF r = rects[i].normalized();
        std::string &e = m_body->beginLine();
        e += "<rect";
        boxAttrs(e, at(r.topLeft()), r.size());
        e += fillAttrs();
        e += strokeAttrs();
        finish(e);
    }
}

void SvgPaintEngine::drawEllipse(const QRectF &rect)
{
    const QRectF r = rect.normalized();
    const QPointF c = at(r.center());
    const bool circle = std::abs(r.width() - r.height()) < 1e-9;
    std::string &e = m_body->beginLine();
    e += circle ? "<circle" : "<ellipse";
    numberAttr(e, "cx", c.x());
    numberAttr(e, "cy", c.y());
    if (circle) {
        numberAttr(e, "r", r.width() / 2);
    } else {
        numberAttr(e, "rx", r.width() / 2);
        numberAttr(e, "ry", r.height() / 2);
    }
    e += fillAttrs();
    e += strokeAttrs();
    finish(e);
}

void SvgPaintEngine::drawLines(const QLineF *lines, int lineCount)
{
    if (strokeAttrs().empty())
        return;
    for (int i = 0; i < lineCount; ++i) {
        const QPointF a = at(lines[i].p1());
        const QPointF b = at(lines[i].p2());
        std::string &e = m_body->beginLine();
        e += "<line";
        numberAttr(e, "x1", a.x());
        numberAttr(e, "y1", a.y());
        numberAttr(e, "x2", b.x());
        numberAttr(e, "y2", b.y());
        e += strokeAttrs();
        finish(e);
    }
}

void SvgPaintEngine::drawPoints(const QPointF *points, int pointCount)
{
    // A point is a dot of the pen's width in the pen's colour.
    const double w = m_pen.widthF() > 0 ? m_pen.widthF() : 1.0;
    for (int i = 0; i < pointCount; ++i) {
        const QPointF p = at(points[i]);
        std::string &e = m_body->beginLine();
        e += "<circle";
        numberAttr(e, "cx", p.x());
        numberAttr(e, "cy", p.y());
        numberAttr(e, "r", w / 2, 3);
        colorAttr(e, "fill", m_pen.color());
        finish(e);
    }
}

} // namespace nwk::detail
