// SPDX-License-Identifier: GPL-3.0-or-later
// The researcher's layer in the main window: annotation mode (the group's data
// locked; toolbar toggle, Research menu, status-bar indicator), annotating
// partners, links, missing partners, card notes, quotes and the session (context
// menus, dialogs), the codebook, the annotation badges on the map, and the
// Annotations and Versions docks. See docs/researcher.md.
#pragma once

#include "nwk/core/session.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QPoint;
class QWidget;

namespace nwk {

class AnnotationDialog;
class AnnotationsDock;
class EditorContext;
class MapContextMenu;
class MapScene;
class MapView;
class Playback;
class SessionDocument;
class VersionsDock;

/// Code id of "inferred priority": a priority the researcher inferred rather than
/// the group voted. Recorded as an annotation with this code, never as a mark.
inline constexpr const char *kInferredPriorityCode = kInferredPriorityCodeId;

class AnnotationUi : public QObject {
    Q_OBJECT

public:
    /// The Research menu, tool bar and docks, Session > Take Snapshot, View > Show
    /// Annotations; the map's annotation entries go before MapContextMenu's.
    static void install(EditorContext &context);

    QAction *modeAction = nullptr;
    QAction *annotateSessionAction = nullptr;
    QAction *codebookAction = nullptr;
    QAction *showAnnotationsAction = nullptr;
    QAction *takeSnapshotAction = nullptr;
    AnnotationsDock *dock = nullptr;
    VersionsDock *versions = nullptr;

    /// Opens the annotation dialog for a target (window-modal, returns at once);
    /// on OK the annotation (and any new codes) is added as one undo step.
    /// `presetCodes` are ticked (created in the codebook when missing).
    AnnotationDialog *annotate(AnnotationTarget kind, const QString &targetId,
                               const QStringList &presetCodes = {});
    /// "Inferred Priority…": annotate() with the inferred-priority code.
    AnnotationDialog *annotateInferredPriority(const QString &partnerId);
    AnnotationDialog *editAnnotation(const QString &annotationId);
    void removeAnnotation(const QString &annotationId);

    /// "Partner “CLB”", "Link CLB – Hogeschool", ...: what an annotation is about.
    QString targetName(AnnotationTarget kind, const QString &targetId) const;

    /// The menu of annotation entries for one target (Annotate…, and for a partner
    /// Inferred Priority…; then edit/remove of its annotations).
    void addAnnotateEntries(QMenu *menu, AnnotationTarget kind, const QString &targetId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit AnnotationUi(const EditorContext &context);
    void createActions();
    void setMode(bool on);
    void lockDocks(bool on);
    bool mapContextMenu(QObject *watched, QEvent *event);
    bool cardsContextMenu(QObject *watched, QEvent *event);
    void showMenu(QMenu *menu, const QPoint &globalPos);
    /// "Play from Here (hh:mm:ss)" for a quote, note, closing answer, metaphor or memo.
    void addPlayEntry(QMenu *menu, AnnotationTarget kind, const QString &id);

    QMainWindow *m_window;
    MapScene *m_scene;
    MapView *m_view;
    MapContextMenu *m_maps;
    Playback *m_playback; ///< the cards dock's menus offer "Play from Here"
    SessionDocument *m_document;
    QLabel *m_indicator = nullptr;
    QPointer<QMenu> m_menu;
    /// Widgets made read-only or disabled by the lock, to restore.
    struct Locked {
        QPointer<QWidget> widget;
        int how = 0;
        int editTriggers = 0; ///< of an item view, before the lock
        bool dragEnabled = false;
    };
    QList<Locked> m_locked;
};

} // namespace nwk
