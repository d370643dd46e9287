// SPDX-License-Identifier: GPL-3.0-or-later
// Editor-only overlays on the map: they show what a gesture means (the target
// sector and ring of a drag, find results). They are interaction chrome, not
// map content, so they draw with QPainter directly and never reach an export.
#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPointF>
#include <QString>
#include <QVector>

namespace nwk {

/// The band of one ring inside one sector, filled translucently (map coordinates).
class SectorHighlightItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 20 };
    SectorHighlightItem();
    int type() const override { return Type; }

    void setPath(const QPainterPath &path);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath m_path;
};

/// A small label beside the pointer that keeps its size at any zoom.
class HintLabelItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 21 };
    HintLabelItem();
    int type() const override { return Type; }

    void setText(const QString &text);
    const QString &text() const { return m_text; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QRectF m_bounds;
};

/// Rings around partners that match a find (map coordinates).
class FoundMarksItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 22 };
    FoundMarksItem();
    int type() const override { return Type; }

    void setCentres(const QVector<QPointF> &centres, double radius);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QVector<QPointF> m_centres;
    double m_radius = 0;
    QRectF m_bounds;
};

} // namespace nwk
