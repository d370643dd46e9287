// SPDX-License-Identifier: GPL-3.0-or-later
// A paint device that writes what is painted on it as a structured SVG document:
// paths, shapes and text (text stays text) as SVG elements with presentation
// attributes, inside the groups that MapPainter opens through PaintGroups.
// Internal to the render layer; exporters.h is the public face.
#pragma once

#include "nwk/render/mappainter.h"

#include <QBrush>
#include <QFont>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPen>
#include <QSet>
#include <QString>
#include <QTransform>

#include <memory>

namespace nwk::detail {

/// Numbers as the SVG writes them: at most `decimals` decimals, no trailing zeros.
QString svgNumber(double v, int decimals = 2);
/// Text escaped for XML content or attribute values; characters XML cannot hold dropped.
QString xmlEscape(const QString &text);
/// The CSS font-family list of a font ('DejaVu Sans', Arial, sans-serif).
QString cssFontFamily(const QFont &font);

/// The body of the document, shared by the engine (elements) and the writer (groups).
struct SvgBody {
    QString text;
    int depth = 1;
    QString defaultFamily; ///< font-family of the root element; texts repeat it only when different
    void line(const QString &element);
};

class SvgPaintEngine : public QPaintEngine {
public:
    explicit SvgPaintEngine(SvgBody *body);

    bool begin(QPaintDevice *device) override;
    bool end() override;
    void updateState(const QPaintEngineState &state) override;
    Type type() const override { return QPaintEngine::User; }

    using QPaintEngine::drawEllipse;
    using QPaintEngine::drawLines;
    using QPaintEngine::drawPoints;
    using QPaintEngine::drawPolygon;
    using QPaintEngine::drawRects;
    void drawPath(const QPainterPath &path) override;
    void drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode) override;
    void drawRects(const QRectF *rects, int rectCount) override;
    void drawEllipse(const QRectF &rect) override;
    void drawLines(const QLineF *lines, int lineCount) override;
    void drawPoints(const QPointF *points, int pointCount) override;
    void drawTextItem(const QPointF &p, const QTextItem &textItem) override;
    void drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr) override;
    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr,
                   Qt::ImageConversionFlags flags = Qt::AutoColor) override;

private:
    /// Maps a point through the transform when it is a translation (coordinates
    /// carry it); otherwise the element gets a transform attribute (see transformAttr).
    QPointF at(QPointF p) const;
    QString transformAttr() const;
    QString fillAttrs() const;
    QString strokeAttrs() const;
    QString pathData(const QPainterPath &path) const;

    SvgBody *m_body;
    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    double m_opacity = 1.0;
};

/// Paint on it with a QPainter (map coordinates; the view box is the part shown),
/// then take document(). It is also the PaintGroups sink of MapPainter::paintMap().
class SvgWriter : public QPaintDevice, public PaintGroups {
public:
    /// `defaultFont`: the family list written once on the root element.
    SvgWriter(const QRectF &viewBox, const QFont &defaultFont);
    ~SvgWriter() override;
    SvgWriter(const SvgWriter &) = delete;
    SvgWriter &operator=(const SvgWriter &) = delete;

    QPaintEngine *paintEngine() const override;

    /// Group ids are made XML-safe ([A-Za-z0-9_-], not starting with a digit) and
    /// unique ("-2", "-3" appended); class tokens are made safe the same way.
    void begin(const QString &id, const QString &cssClass, const QString &title) override;
    void end() override;

    /// The complete document (UTF-8): title and description for assistive technology,
    /// `lang` its language ("nl", "en").
    QByteArray document(const QString &title, const QString &description,
                        const QString &lang) const;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QRectF m_viewBox;
    SvgBody m_body;
    std::unique_ptr<SvgPaintEngine> m_engine;
    QSet<QString> m_ids;
};

} // namespace nwk::detail
