// SPDX-License-Identifier: GPL-3.0-or-later
// The items of the scene's overlay layer (OverlayLayer, overlaylayer.h): editor-only
// chrome over the map. What a gesture means (the target sector and ring of a drag,
// find results) is drawn with QPainter directly; the researcher's and the properties'
// additions (annotation badges, desired placements) through MapPainter. The scene
// feeds them; none follows the document itself, and none reaches an export.
#pragma once

#include "mapitems.h"
#include "nwk/render/mappainter.h"

#include <QPainterPath>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

namespace nwk {

/// The band of one ring inside one sector, filled translucently (map coordinates).
class SectorHighlightItem final : public TypedItem<MapItemType::SectorHighlight> {
public:
    SectorHighlightItem();

    void setPath(const QPainterPath &path);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath m_path;
};

/// A small label beside the pointer that keeps its size at any zoom.
class HintLabelItem final : public TypedItem<MapItemType::HintLabel> {
public:
    HintLabelItem();

    void setText(const QString &text);
    const QString &text() const { return m_text; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QRectF m_bounds;
};

/// Rings around partners that match a find (map coordinates).
class FoundMarksItem final : public TypedItem<MapItemType::FoundMarks> {
public:
    FoundMarksItem();

    void setCentres(const QVector<QPointF> &centres, double radius);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QVector<QPointF> m_centres;
    double m_radius = 0;
    QRectF m_bounds;
};

/// The partners' desired placements (a faint target and an arrow per partner that has
/// one), drawn by MapPainter::paintDesiredPlacement(); one item for all of them.
class DesiredItem final : public TypedItem<MapItemType::Desired, MapItem> {
public:
    DesiredItem();

    /// Reads every desired placement again.
    void sync();
    /// After a change of these partners: sync() only when one of them has (or had) a
    /// desired placement, so moving any other partner costs no walk over all.
    void syncPartners(const QStringList &ids);

    QRectF boundingRect() const override { return m_bounds; }
    /// Empty: never hit by clicks or rubber bands.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_bounds;
    QSet<QString> m_withDesired; ///< partners that had a desired placement at sync()
};

/// MapPainter's annotation badges (the researcher's layer) above everything else.
class AnnotationBadgesItem final : public TypedItem<MapItemType::AnnotationBadges, MapItem> {
public:
    AnnotationBadgesItem();
    void setBadges(std::vector<AnnotationBadge> badges);
    const std::vector<AnnotationBadge> &badges() const { return m_badges; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::vector<AnnotationBadge> m_badges;
    QRectF m_bounds;
};

} // namespace nwk
