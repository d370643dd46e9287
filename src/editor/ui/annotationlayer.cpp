// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlayer.h"

#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"

#include <QPainter>

namespace nwk {

AnnotationBadgesItem::AnnotationBadgesItem(const MapPainter &painter)
    : m_painter(painter)
{
    setZValue(1000); // above partners, labels and links
    setAcceptedMouseButtons(Qt::NoButton);
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
        m_painter.paintAnnotationBadge(*painter, b);
}

AnnotationLayer::AnnotationLayer(SessionDocument *document, MapScene *scene, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
{
    // Connected after the scene's own handlers, so the scene has rebuilt or moved
    // its items when these run.
    auto refresh = [this] { update(); };
    connect(document, &SessionDocument::sessionReset, this, refresh);
    onChange(document, {ChangeKind::Category, ChangeKind::Ring}, this, refresh);
    connect(document, &SessionDocument::annotationsAdded, this, refresh);
    connect(document, &SessionDocument::annotationsChanged, this, refresh);
    connect(document, &SessionDocument::annotationsRemoved, this, refresh);
    connect(document, &SessionDocument::partnersChanged, this, refresh);
    connect(document, &SessionDocument::partnersRemoved, this, refresh);
    connect(document, &SessionDocument::linksChanged, this, refresh);
    connect(document, &SessionDocument::linksRemoved, this, refresh);
    // The scene rebuilds (and so deletes the overlay) on these.
    for (auto signal :
         {&SessionDocument::missingPartnersAdded, &SessionDocument::missingPartnersChanged,
          &SessionDocument::missingPartnersRemoved, &SessionDocument::groupsAdded,
          &SessionDocument::groupsRemoved})
        connect(document, signal, this, refresh);
    onChange(document, {ChangeKind::Participant}, this, refresh);
    connect(document, &SessionDocument::metaChanged, this, refresh);
    update();
}

void AnnotationLayer::setVisible(bool on)
{
    m_visible = on;
    update();
}

void AnnotationLayer::update()
{
    if (!m_item) { // first time, or the scene was cleared by a rebuild
        m_item = new AnnotationBadgesItem(m_scene->mapPainter());
        m_item->setObjectName(QStringLiteral("annotationBadges"));
        m_scene->addItem(m_item);
        // Any other rebuild of the scene (e.g. new render options): come back.
        connect(m_item, &QObject::destroyed, this, &AnnotationLayer::update, Qt::QueuedConnection);
    }
    m_item->setVisible(m_visible);
    m_item->setBadges(m_visible ? m_scene->mapPainter().annotationBadges(m_document->session())
                                : std::vector<AnnotationBadge>{});
}

} // namespace nwk
