// SPDX-License-Identifier: GPL-3.0-or-later
// A paint device that writes what is painted on it as a structured SVG document:
// paths, shapes and text (text stays text) as SVG elements with presentation
// attributes, inside the groups that MapPainter opens through PaintGroups.
// Internal to the render layer; exporters.h is the public face.
#pragma once

#include "nwk/render/mappainter.h"

#include <QBrush>
#include <QByteArray>
#include <QFont>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPen>
#include <QString>
#include <QStringView>
#include <QTransform>

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace nwk::detail {

/// Numbers as the SVG writes them: at most `decimals` decimals, no trailing zeros
/// (QString::number(v, 'f', decimals) trimmed; "-0", NaN and infinities are "0").
QString svgNumber(double v, int decimals = 2);
/// svgNumber(v, decimals) appended to `out`.
void appendSvgNumber(std::string &out, double v, int decimals = 2);
/// Text escaped for XML content or attribute values; characters XML cannot hold dropped,
/// and U+FEFF (byte order mark) too; an unpaired surrogate becomes U+FFFD.
QString xmlEscape(const QString &text);
/// xmlEscape(text) appended to `out` as UTF-8.
void appendXmlEscaped(std::string &out, QStringView text);
/// The CSS font-family list of a font ('DejaVu Sans', Arial, sans-serif).
QString cssFontFamily(const QFont &font);

/// The body of the document (UTF-8), shared by the engine (elements) and the writer
/// (groups).
struct SvgBody {
    std::string text;
    int depth = 1;
    QString defaultFamily; ///< font-family of the root element; texts repeat it only when different
    /// Starts a line at the current depth: append the element to the text returned,
    /// then call endLine().
    std::string &beginLine();
    void endLine() { text += '\n'; }
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
    /// One line of text at `baseline` with the painter's font, pen and transform,
    /// written as drawTextItem() would write what QPainter::drawText() hands it, but
    /// without the shaping QPainter does first (most of the cost of a label, and
    /// useless here: the SVG viewer shapes the text). Only for text QPainter would
    /// hand over as one item (Latin script, no control characters); returns false
    /// for other text, which the caller draws with QPainter::drawText().
    bool drawPlainText(const QPainter &p, const QPointF &baseline, const QString &text);
    /// While set, every <text> written gets aria-hidden="true" (the letters of a sector's
    /// name along the rim, whose whole name is written once besides).
    void setTextHidden(bool hidden) { m_textHidden = hidden; }
    void drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr) override;
    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr,
                   Qt::ImageConversionFlags flags = Qt::AutoColor) override;

private:
    void writeText(const QPointF &p, const QString &text, const QFont &font);
    struct Cached {
        std::string text;
        bool valid = false;
    };

    /// Maps a point through the transform when it is a translation (coordinates
    /// carry it); otherwise the element gets a transform attribute (see transformAttr).
    QPointF at(QPointF p) const;
    void appendPoint(std::string &out, QPointF p, char separator) const;
    void appendPathData(std::string &out, const QPainterPath &path) const;
    /// Ends the element begun with m_body->beginLine(): transform, "/>", end of line.
    void finish(std::string &element);
    // The attributes that follow from the painter's state, each with a leading space;
    // made when first needed after updateState() changed what they depend on.
    template <typename Make> static const std::string &cached(Cached &cache, Make make);
    const std::string &transformAttr();
    const std::string &fillAttrs();
    const std::string &strokeAttrs();
    const std::string &textFillAttrs();
    const std::string &fontAttrs(const QFont &font);

    SvgBody *m_body;
    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    bool m_translateOnly = true; ///< the transform is at most a translation by (m_dx, m_dy)
    double m_dx = 0.0;
    double m_dy = 0.0;
    double m_opacity = 1.0;
    bool m_textHidden = false;
    Cached m_transformAttr;
    Cached m_fillAttrs;
    Cached m_strokeAttrs;
    Cached m_textFillAttrs;
    /// The fonts fontAttrs() made attributes for, with them (a map uses a handful).
    std::vector<std::pair<QFont, std::string>> m_fontAttrs;
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
    std::unordered_set<std::string> m_ids;
    /// Per base id: the suffix last given out (all smaller ones are taken).
    std::unordered_map<std::string, int> m_nextSuffix;
};

} // namespace nwk::detail
