// SPDX-License-Identifier: GPL-3.0-or-later
// The map at a moment of the session, read-only, in place of the live map: the replay of
// the timeline (docs/recording.md). A document of its own holds mapAt(session, t)
// (maphistory.h) and a scene and view of their own mirror it, so the live scene and its
// tools are untouched; while replaying, the live document refuses every step
// (SessionDocument::setReplaying) and so does the replay's own.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace nwk {

class MapScene;
class MapView;
class SessionDocument;

class ReplayView : public QWidget {
    Q_OBJECT

public:
    /// Adds itself, hidden, to `mapArea`'s layout beside `liveView`.
    ReplayView(SessionDocument *live, MapView *liveView, QWidget *mapArea);
    ~ReplayView() override;

    /// Shows the map as the history built it at `ms` (session clock) instead of the live map.
    void showAt(qint64 ms);
    /// Back to the live map (Esc, the Return button).
    void leave();
    bool isReplaying() const;
    qint64 time() const { return m_ms; }

    MapScene *scene() const { return m_scene; }
    MapView *view() const { return m_view; }
    SessionDocument *replayDocument() const { return m_document; }
    QLabel *banner() const { return m_banner; }

Q_SIGNALS:
    void replayingChanged(bool on);

protected:
    /// While replaying: Esc in the main window (the map, the timeline, any dock) returns.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followLiveLook();

    SessionDocument *m_live;
    MapView *m_liveView;
    SessionDocument *m_document;
    MapScene *m_scene;
    MapView *m_view;
    QLabel *m_banner;
    QPushButton *m_return;
    qint64 m_ms = -1;
};

} // namespace nwk
