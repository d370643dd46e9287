// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlayitems.h"

#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

namespace nwk {

// ---- SectorHighlightItem -----------------------------------------------------

SectorHighlightItem::SectorHighlightItem()
{
    showOnly(*this, 5); // above the background, under links and partners
}

void SectorHighlightItem::setPath(const QPainterPath &path)
{
    if (path == m_path)
        return;
    prepareGeometryChange();
    m_path = path;
}

QRectF SectorHighlightItem::boundingRect() const
{
    return m_path.boundingRect().adjusted(-3, -3, 3, 3);
}

void SectorHighlightItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QColor fill = QApplication::palette().color(QPalette::Highlight);
    fill.setAlpha(60);
    QColor edge = fill;
    edge.setAlpha(200);
    painter->setPen(QPen(edge, 2.5));
    painter->setBrush(fill);
    painter->drawPath(m_path);
}

// ---- HintLabelItem -------------------------------------------------------------

HintLabelItem::HintLabelItem()
{
    showOnly(*this, 100);
    setFlag(ItemIgnoresTransformations);
}

void HintLabelItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    prepareGeometryChange();
    m_text = text;
    const QFontMetricsF fm(QApplication::font());
    const QSizeF size(fm.horizontalAdvance(m_text) + 12, fm.height() + 6);
    // Below-right of the pointer, clear of the cursor.
    m_bounds = QRectF(QPointF(14, 18), size);
}

void HintLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = QApplication::palette();
    painter->setPen(QPen(palette.color(QPalette::Dark), 1));
    painter->setBrush(palette.color(QPalette::ToolTipBase));
    painter->drawRoundedRect(m_bounds.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setFont(QApplication::font());
    painter->setPen(palette.color(QPalette::ToolTipText));
    painter->drawText(m_bounds, Qt::AlignCenter, m_text);
}

// ---- FoundMarksItem --------------------------------------------------------------

FoundMarksItem::FoundMarksItem()
{
    showOnly(*this, 25); // under the partners, above the links
}

void FoundMarksItem::setCentres(const QVector<QPointF> &centres, double radius)
{
    prepareGeometryChange();
    m_centres = centres;
    m_radius = radius;
    m_bounds = QRectF();
    for (const QPointF &c : m_centres)
        m_bounds |= QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius);
    m_bounds.adjust(-4, -4, 4, 4);
}

void FoundMarksItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QColor ring(0xff, 0x9f, 0x1a); // find highlight: a warm orange that no category uses
    QColor fill = ring;
    fill.setAlpha(70);
    painter->setPen(QPen(ring, 4));
    painter->setBrush(fill);
    for (const QPointF &c : m_centres)
        painter->drawEllipse(c, m_radius, m_radius);
}

// ---- DesiredItem -------------------------------------------------------------------

DesiredItem::DesiredItem()
{
    showOnly(*this, 12); // above links, under missing partners and partners
}

QPainterPath DesiredItem::shape() const
{
    return {};
}

void DesiredItem::sync()
{
    const MapScene *s = mapScene();
    const Session &session = s->document()->session();
    QRectF bounds;
    m_withDesired.clear();
    for (const Partner &p : session.partners) {
        if (p.desiredPlacement) {
            m_withDesired.insert(p.id);
            bounds |= s->mapPainter().desiredPlacementBounds(session, p.id).adjusted(-8, -8, 8, 8);
        }
        // Schema 3: alternatives and former placements; relative placements and contact
        // persons' connectors (MapPainter::paintRelations()) follow both their ends.
        if (const QRectF st = s->mapPainter().partnerStatementsBounds(session, p); !st.isEmpty()) {
            m_withDesired.insert(p.id);
            bounds |= st.adjusted(-8, -8, 8, 8);
        }
        if (!p.contactOf.isEmpty())
            m_withDesired << p.id << p.contactOf;
    }
    for (const RelativePlacement &rp : session.relativePlacements)
        m_withDesired << rp.partnerId << rp.referenceId;
    bounds |= s->mapPainter().relationsBounds(session, s->renderOptions()).adjusted(-8, -8, 8, 8);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

void DesiredItem::syncPartners(const QStringList &ids)
{
    for (const QString &id : ids) {
        const Partner *p = mapScene()->document()->partner(id);
        if (m_withDesired.contains(id) || (p && p->desiredPlacement)) {
            sync();
            return;
        }
    }
}

void DesiredItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const MapScene *s = mapScene();
    const Session &session = s->document()->session();
    for (const Partner &p : session.partners) {
        if (p.desiredPlacement)
            s->mapPainter().paintDesiredPlacement(*painter, session, p.id, s->renderOptions());
        s->mapPainter().paintPartnerStatements(*painter, session, p, s->renderOptions());
    }
    s->mapPainter().paintRelations(*painter, session, s->renderOptions());
}

// ---- AnnotationBadgesItem ------------------------------------------------------------

AnnotationBadgesItem::AnnotationBadgesItem()
{
    showOnly(*this, 1000); // above partners, labels and links
    setAcceptHoverEvents(false);
}

void AnnotationBadgesItem::setBadges(std::vector<AnnotationBadge> badges)
{
    prepareGeometryChange();
    m_badges = std::move(badges);
    m_bounds = QRectF();
    for (const AnnotationBadge &b : m_badges)
        m_bounds |= b.rect.adjusted(-5, -2, 2, 6);
}

void AnnotationBadgesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    for (const AnnotationBadge &b : m_badges)
        mapScene()->mapPainter().paintAnnotationBadge(*painter, b);
}

} // namespace nwk
