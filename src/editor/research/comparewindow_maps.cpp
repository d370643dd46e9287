// SPDX-License-Identifier: GPL-3.0-or-later
// SmallMap: one school's map in the comparison, painted from the model.
#include "comparewindow.h"

#include "nwk/render/mappainter.h"

#include <QPaintEvent>
#include <QPainter>

namespace nwk {

SmallMap::SmallMap(const Session &session, const QString &title, const QStringList &highlighted,
                   QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(title)
    , m_highlighted(highlighted)
{
    setObjectName(QStringLiteral("smallMap"));
    setFixedSize(sizeHint());
    setToolTip(tr("%1: recurring partners outlined (%2)").arg(title).arg(highlighted.size()));
}

double SmallMap::scale() const
{
    // Every map is drawn with the same geometry radius, so one factor fits them all.
    return kSide / (2.0 * MapGeometry{}.outerRadius);
}

QPointF SmallMap::toWidget(QPointF mapPoint) const
{
    return QPointF(kSide / 2.0, kSide / 2.0) + mapPoint * scale();
}

QPointF SmallMap::partnerPosition(const QString &partnerId) const
{
    const Partner *p = m_session.partner(partnerId);
    if (!p || !p->placement)
        return {-1, -1};
    return toWidget(MapGeometry::forSession(m_session).toPoint(*p->placement));
}

QColor SmallMap::highlightColor()
{
    return {0xe0, 0x00, 0xb0};
}

void SmallMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    p.setRenderHint(QPainter::Antialiasing);
    p.save();
    p.setClipRect(QRect(0, 0, kSide, kSide));
    p.translate(kSide / 2.0, kSide / 2.0);
    p.scale(scale(), scale());
    RenderOptions options;
    options.language = m_session.meta.language == QLatin1String("en") ? QStringLiteral("en")
                                                                      : QStringLiteral("nl");
    options.showLegend = false;
    options.showTitle = false;
    const MapPainter painter;
    painter.paintMap(p, m_session, options);

    // Recurring partners: a thick outline around the marker.
    const MapGeometry geometry = MapGeometry::forSession(m_session);
    const double radius = painter.style().partnerRadius + 10.0;
    p.setPen(QPen(highlightColor(), 10.0));
    p.setBrush(Qt::NoBrush);
    for (const auto &id : m_highlighted) {
        const Partner *partner = m_session.partner(id);
        if (partner && partner->placement)
            p.drawEllipse(geometry.toPoint(*partner->placement), radius, radius);
    }
    p.restore();
    p.setPen(palette().windowText().color());
    p.drawText(QRect(0, kSide, kSide, height() - kSide), Qt::AlignCenter, m_title);
}

} // namespace nwk
