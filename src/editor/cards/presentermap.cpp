// SPDX-License-Identifier: GPL-3.0-or-later
// The presenter's live map (PresenterWindow, the main window's room view): the whole
// map fitted into the widget, with partner labels raised to a size a room can read.
#include "nwk/editor/cards/presenterwindow.h"
#include "nwk/editor/sessiondocument.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace nwk {

namespace {
constexpr double kMargin = 12.0;
/// Wrap width of enlarged labels, in label sizes: about 14 characters a line.
constexpr double kWrapPerLabelSize = 8.0;
/// Enough for any map: beyond this the labels would be larger than the disc.
constexpr double kLargestLabelSize = 200.0;

/// The scale paintMapFitted() uses for `bounds` in `target`.
double fittedScale(const QRectF &bounds, const QSizeF &target)
{
    if (bounds.isEmpty())
        return 0.0;
    return std::min(target.width() / bounds.width(), target.height() / bounds.height());
}
} // namespace

PresenterMap::PresenterMap(SessionDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("presenterMap"));
    setMinimumSize(200, 200);
    auto repaint = [this] { changed(); };
    connect(document, &SessionDocument::partnersAdded, this, repaint);
    connect(document, &SessionDocument::partnersChanged, this, repaint);
    connect(document, &SessionDocument::liveChange, this, repaint); // the room sees a drag live
    connect(document, &SessionDocument::partnersRemoved, this, repaint);
    connect(document, &SessionDocument::linksAdded, this, repaint);
    connect(document, &SessionDocument::linksChanged, this, repaint);
    connect(document, &SessionDocument::linksRemoved, this, repaint);
    connect(document, &SessionDocument::groupsAdded, this, repaint);
    connect(document, &SessionDocument::groupsChanged, this, repaint);
    connect(document, &SessionDocument::groupsRemoved, this, repaint);
    connect(document, &SessionDocument::missingPartnersAdded, this, repaint);
    connect(document, &SessionDocument::missingPartnersChanged, this, repaint);
    connect(document, &SessionDocument::missingPartnersRemoved, this, repaint);
    onChange(document, {ChangeKind::Participant, ChangeKind::Category, ChangeKind::Ring}, this,
             repaint);
    connect(document, &SessionDocument::metaChanged, this, repaint);
    connect(document, &SessionDocument::sessionReset, this, repaint);
}

void PresenterMap::changed()
{
    m_options.reset();
    update();
}

void PresenterMap::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    changed();
}

void PresenterMap::setMinimumLabelPixels(double pixels)
{
    m_minimumLabelPixels = std::max(0.0, pixels);
    changed();
}

void PresenterMap::setShowLegend(bool on)
{
    m_showLegend = on;
    changed();
}

void PresenterMap::setShowTitle(bool on)
{
    m_showTitle = on;
    changed();
}

QRectF PresenterMap::mapRect() const
{
    return QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
}

RenderOptions PresenterMap::renderOptions() const
{
    if (m_options)
        return *m_options;
    const Session &s = m_document->session();
    RenderOptions o;
    o.language = s.meta.language;
    o.highContrast = m_highContrast;
    o.showNotes = false;
    o.showLegend = m_showLegend;
    o.showTitle = m_showTitle;
    m_options = legibleOptions(s, o, mapRect().size(), m_minimumLabelPixels);
    return *m_options;
}

MapStyle PresenterMap::styleFor(const Session &s, const RenderOptions &o)
{
    MapStyle style = MapStyle::forOptions(o);
    if (o.labelSize <= 0.0)
        return style;
    // Narrower lines, but never narrower than the longest word (no word is broken).
    const QFontMetricsF metrics(style.labelFont);
    double widestWord = 0.0;
    for (const Partner &p : s.partners)
        for (const QString &word : p.label.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widestWord = std::max(widestWord, metrics.horizontalAdvance(word));
    const double narrow = std::max(kWrapPerLabelSize * style.labelFont.pixelSize(), widestWord);
    style.labelMaxWidth = std::min(style.labelMaxWidth, std::ceil(narrow));
    return style;
}

RenderOptions PresenterMap::legibleOptions(const Session &s, RenderOptions o, const QSizeF &target,
                                           double minimumPixels)
{
    if (minimumPixels <= 0.0 || target.isEmpty())
        return o;
    // Larger labels can widen the map's bounds (labels at the rim), which lowers the
    // scale: grow in proportion to what is missing until the drawn size holds.
    for (int round = 0; round < 12; ++round) {
        const MapStyle style = styleFor(s, o);
        const double scale = fittedScale(MapPainter(style).mapBounds(s, o), target);
        if (scale <= 0.0)
            return o;
        const double size = style.labelFont.pixelSize();
        if (size * scale >= minimumPixels || size >= kLargestLabelSize)
            return o;
        o.labelSize =
            std::min(kLargestLabelSize, std::max(size + 1.0, std::ceil(minimumPixels / scale)));
    }
    return o;
}

void PresenterMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_options.reset();
}

void PresenterMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    const RenderOptions o = renderOptions();
    const MapPainter painter(styleFor(m_document->session(), o));
    painter.paintMapFitted(p, m_document->session(), o, mapRect());
}

} // namespace nwk
