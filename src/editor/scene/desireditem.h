// SPDX-License-Identifier: GPL-3.0-or-later
// The partners' desired placements on the map (a faint target and an arrow per
// partner that has one), drawn by MapPainter::paintDesiredPlacement(). One item
// for all of them, in map coordinates; it follows the document's partner
// signals itself and takes no mouse input.
#pragma once

#include <QGraphicsObject>
#include <QSet>
#include <QStringList>

namespace nwk {

class SessionDocument;

class DesiredItem final : public QGraphicsObject {
    Q_OBJECT

public:
    enum { Type = UserType + 40 };
    explicit DesiredItem(SessionDocument *document);
    int type() const override { return Type; }

    QRectF boundingRect() const override { return m_bounds; }
    /// Empty: never hit by clicks or rubber bands.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void sync();
    /// After partnersChanged: re-syncs only when one of them has (or had) a
    /// desired placement, so moving any other partner costs no walk over all.
    void syncPartners(const QStringList &ids);

    SessionDocument *m_document;
    QRectF m_bounds;
    QSet<QString> m_withDesired; ///< partners that had a desired placement at sync()
};

} // namespace nwk
