// SPDX-License-Identifier: GPL-3.0-or-later
// One school's map in the comparison (CompareWindow): painted from the model through the
// render layer's paintComparedMap(), recurring partners ringed, the chosen partner haloed;
// zoomed with Ctrl + the mouse wheel around the pointer, panned by dragging, reset with a
// double click. The tooltip names the recurring partner under the pointer.
#pragma once

#include "nwk/core/session.h"

#include <QHash>
#include <QPointF>
#include <QStringList>
#include <QTransform>
#include <QWidget>

#include <optional>

namespace nwk {

class SmallMap : public QWidget {
    Q_OBJECT

public:
    static constexpr int kTitleHeight = 22; ///< pixels under the map for the school's name
    static constexpr double kMaxZoom = 8.0;

    /// `recurring`: the ids of the partners that recur, each with the name of the recurring
    /// partner it was matched to.
    SmallMap(const Session &session, const QString &title, QHash<QString, QString> recurring,
             QWidget *parent = nullptr);

    QString title() const { return m_title; }
    /// Ids of the partners that recur (ringed), in the session's partner order.
    QStringList highlighted() const;
    /// The chosen recurring partner: its name and this school's ids of it (haloed).
    void setChosen(const QString &name, const QStringList &ids);
    QString chosenName() const { return m_chosenName; }
    QStringList chosenIds() const { return m_chosenIds; }

    /// The map square's side, pixels; the widget is that wide and kTitleHeight taller.
    void setSide(int side);
    int side() const { return m_side; }
    /// Zoom (1 = the whole map fits) and the map point at the centre of the tile.
    double zoom() const { return m_zoom; }
    QPointF centre() const { return m_centre; }
    void setView(double zoom, QPointF centre);
    void resetView() { setView(1.0, {}); }
    /// Map units to widget pixels.
    QTransform transform() const;
    /// Pixels per map unit at zoom 1; the same for every tile of one size.
    double baseScale() const;
    /// Pixels per map unit now.
    double scale() const { return baseScale() * m_zoom; }
    QPointF toWidget(QPointF mapPoint) const { return transform().map(mapPoint); }
    /// Widget position of a partner's marker where the map draws it (comparedMapPositions():
    /// spread apart from others, in the outer band, below the disc); (-1, -1) when not drawn.
    QPointF partnerPosition(const QString &partnerId) const;
    /// The partner whose drawn marker is at `widgetPoint` (the nearest), or empty.
    QString partnerAt(QPointF widgetPoint) const;
    /// The tooltip at `widgetPoint`: the recurring partner there, else the tile's summary.
    QString toolTipAt(QPointF widgetPoint) const;

    /// The colour of every recurring partner's ring; the chosen one's halo.
    static QColor highlightColor();
    static QColor chosenColor();

    QSize sizeHint() const override { return {m_side, m_side + kTitleHeight}; }

Q_SIGNALS:
    /// The user zoomed or panned this tile (not sent by setView()).
    void viewChanged(double zoom, QPointF centre);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void userView(double zoom, QPointF centre);
    /// comparedMapPositions() of the session, computed on first use (the session is fixed).
    const QHash<QString, QPointF> &drawnPositions() const;

    Session m_session;
    QString m_title;
    QHash<QString, QString> m_recurring; ///< partner id -> recurring partner's name
    QString m_chosenName;
    QStringList m_chosenIds;
    int m_side = 260;
    double m_zoom = 1.0;
    QPointF m_centre;
    QPointF m_dragFrom; ///< widget position of the last drag step
    bool m_dragging = false;
    mutable std::optional<QHash<QString, QPointF>> m_drawnAt;
};

} // namespace nwk
