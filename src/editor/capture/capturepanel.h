// SPDX-License-Identifier: GPL-3.0-or-later
// The Capture dock: the quick-add field (type a partner, Enter), who named it
// (the current participant), where it goes (the unplaced tray or a sector),
// and the tray itself (drag onto the map, Enter to place, paste a list).
// Every addition is an undo command: one per typed partner, one per paste.
#pragma once

#include "nwk/core/session.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLineEdit;
class QAction;
class QPushButton;
class QToolButton;

namespace nwk {

class EditorContext;
class MapScene;
class MapView;
class SessionDocument;
class TrayWidget;

class CapturePanel : public QWidget {
    Q_OBJECT

public:
    CapturePanel(SessionDocument *document, MapScene *scene, MapView *view,
                 QWidget *parent = nullptr);

    /// Creates the panel in a dock ("captureDock", DockId::Capture) of the window, with
    /// its window-wide shortcuts (Ctrl+L and "/" focus the field, Ctrl+1..9 choose
    /// participant 1..9, Ctrl+0 nobody). Provides the panel to later features.
    static void install(EditorContext &context);

    ~CapturePanel() override;

    QLineEdit *captureEdit() const;
    TrayWidget *tray() const;
    QComboBox *participantCombo() const;
    QComboBox *placeCombo() const;
    QComboBox *ringCombo() const;

    /// The participant new partners are "named by"; empty = nobody.
    QString currentParticipant() const;
    /// Chooses participant `number` (1-based, in session order); 0 = nobody.
    void chooseParticipant(int number);
    /// While `field` is shown, Ctrl+L and "/" go to it instead of the dock's field
    /// (the live layout's bar, which adds through addPartner()).
    void setLiveField(QLineEdit *field) { m_liveField = field; }

    /// Adds one partner (tray or chosen sector): one undo step.
    void addPartner(const QString &label);
    /// Adds one tray partner per non-empty line (bullets stripped): one undo step.
    int pasteList(const QString &text);
    /// Places tray partners in the chosen sector (else each in its own
    /// category's sector) in the chosen ring: one undo step.
    void placeFromTray(const QStringList &ids);
    /// A button for `action` in the bar under the tray (after Paste List and Place).
    QToolButton *addBarAction(QAction *action);

Q_SIGNALS:
    void message(const QString &text);

private:
    void refreshParticipants();
    void refreshCategories();
    void refreshRings();
    Partner newPartner(const QString &id, const QString &label) const;
    /// The status bar's confirmation that `p` was kept.
    void noticePartner(const Partner &p);
    QStringList freshIds(int count) const;
    /// Sector index the "Place in" combo names; -1 = the tray.
    int chosenSector() const;
    /// A spot in `sector`, in the ring the "Ring" combo names, clear of `taken`.
    Placement freeSpot(int sector, const QList<QPointF> &taken) const;

    SessionDocument *m_document;
    MapScene *m_scene;
    MapView *m_view;
    /// The quick-add form (field, who named the partner, where it goes) and the tray of
    /// unplaced partners with its Paste List and Place buttons; defined in the .cpp.
    struct Widgets;
    std::unique_ptr<Widgets> m_ui;
    /// The live layout's field while it is shown (setLiveField).
    QLineEdit *m_liveField = nullptr;
};

} // namespace nwk
