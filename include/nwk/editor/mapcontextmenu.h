// SPDX-License-Identifier: GPL-3.0-or-later
// The map's context menu: the frequent edits of a partner (category, ring,
// importance marks, disputed, delete) or a link (kind, direction, valence,
// delete). Opened by a right click on the map, or from the keyboard (Menu key,
// Shift+F10) for the selected partner or link. Every entry is one undo step.
//
// It watches the view's events (no changes to MapView or MapScene): a context
// menu over a partner or link opens its menu; elsewhere the event goes on.
#pragma once

#include <QMenu>
#include <QObject>
#include <QPointer>

class QPoint;
class QWidget;

namespace nwk {

class EditorContext;
class MapScene;
class MapView;
class Playback;
class SessionDocument;

class MapContextMenu : public QObject {
    Q_OBJECT

public:
    MapContextMenu(SessionDocument *document, MapScene *scene, MapView *view,
                   QObject *parent = nullptr);
    /// The map's context menu in the window; provided to later features (AnnotationUi).
    static void install(EditorContext &context);

    /// A new menu for partner `partnerId` (nullptr when absent). The caller owns it.
    QMenu *buildPartnerMenu(const QString &partnerId, QWidget *parent = nullptr) const;
    /// A new menu for link `linkId` (nullptr when absent). The caller owns it.
    QMenu *buildLinkMenu(const QString &linkId, QWidget *parent = nullptr) const;

    /// The recording's playback: a partner's menu plays from when it was added.
    void setPlayback(Playback *playback) { m_playback = playback; }

    /// The menu that is open now (nullptr when none).
    QMenu *currentMenu() const { return m_menu; }

    /// Opens the menu of the partner or link under viewport point `pos` (selecting
    /// it); false when there is none.
    bool popupAt(const QPoint &pos, const QPoint &globalPos);
    /// Opens the menu of the first selected partner, else the first selected link,
    /// at its place on the map; false when nothing is selected.
    bool popupForSelection();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void popup(QMenu *menu, const QPoint &globalPos);

    SessionDocument *m_document;
    MapScene *m_scene;
    MapView *m_view;
    Playback *m_playback = nullptr;
    QPointer<QMenu> m_menu;
};

} // namespace nwk
