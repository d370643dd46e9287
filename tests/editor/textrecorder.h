// SPDX-License-Identifier: GPL-3.0-or-later
// A paint device that draws nothing and records every piece of text (and every path)
// painted on it,
// with the font and the transform the painter used: the drawn size of text in
// device pixels, measured from the drawing itself (widget->render(&recorder)).
#pragma once

#include <QFont>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainterPath>
#include <QString>
#include <QTransform>

#include <cmath>
#include <vector>

namespace nwk::test {

struct DrawnText {
    QString text;
    QFont font;
    QTransform transform; ///< the painter's transform (user space -> device pixels)
    QRectF box;           ///< where the text was drawn, in device pixels

    /// The font's size on the device (its pixel size through the transform).
    double pixelSize() const
    {
        const double size = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96 / 72;
        return size * std::sqrt(std::abs(transform.determinant()));
    }
};

class TextRecorder : public QPaintDevice {
public:
    explicit TextRecorder(QSize size)
        : m_size(size)
    {
    }
    ~TextRecorder() override = default;

    QPaintEngine *paintEngine() const override { return &m_engine; }
    const std::vector<DrawnText> &texts() const { return m_engine.texts; }
    /// Every path drawn (outlines, shapes), mapped to device pixels.
    const std::vector<QPainterPath> &paths() const { return m_engine.paths; }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return qRound(m_size.width() * 25.4 / 96);
        case PdmHeightMM:
            return qRound(m_size.height() * 25.4 / 96);
        case PdmNumColors:
            return 0x7fffffff;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine {
    public:
        Engine()
            : QPaintEngine(QPaintEngine::AllFeatures)
        {
        }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &changed) override
        {
            if (changed.state() & QPaintEngine::DirtyTransform)
                m_transform = changed.transform();
        }
        void drawTextItem(const QPointF &at, const QTextItem &item) override
        {
            const QRectF box(at.x(), at.y() - item.ascent(), item.width(),
                             item.ascent() + item.descent());
            texts.push_back({item.text(), item.font(), m_transform, m_transform.mapRect(box)});
        }
        void drawPath(const QPainterPath &path) override { paths.push_back(m_transform.map(path)); }
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
        void drawRects(const QRectF *, int) override {}
        void drawRects(const QRect *, int) override {}
        void drawLines(const QLineF *, int) override {}
        void drawLines(const QLine *, int) override {}
        void drawEllipse(const QRectF &) override {}
        void drawEllipse(const QRect &) override {}
        void drawPoints(const QPointF *, int) override {}
        void drawPoints(const QPoint *, int) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawImage(const QRectF &, const QImage &, const QRectF &,
                       Qt::ImageConversionFlags) override
        {
        }
        void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
        Type type() const override { return QPaintEngine::User; }

        std::vector<DrawnText> texts;
        std::vector<QPainterPath> paths; ///< in device pixels

    private:
        QTransform m_transform;
    };

    QSize m_size;
    mutable Engine m_engine;
};

} // namespace nwk::test
