// SPDX-License-Identifier: GPL-3.0-or-later
// "Play from Here" in the context menus that no other feature has: the cards'
// overview (a card plays from its start) and the protocol's steps (from when the
// step was ticked). The cards dock's quotes, notes, metaphors, closing answers and
// memos get the entry in AnnotationUi's menus, the map's partners in MapContextMenu's.
#pragma once

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace nwk {

class Playback;
class SessionDocument;

class PlayMenus : public QObject {
    Q_OBJECT

public:
    PlayMenus(Playback *playback, SessionDocument *document, QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Playback *m_playback;
    SessionDocument *m_document;
    QWidget *m_window;
    QPointer<QMenu> m_menu;
};

} // namespace nwk
