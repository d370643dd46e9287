// SPDX-License-Identifier: GPL-3.0-or-later
// The live layout's one row over the map (LiveLayout): previous card, the current
// card, next card; the session clock; the quick-add field with where new partners
// go and who named them (the Capture dock's own choices); a button per participant
// that marks the selected partners; and "Show Docks". Every button does what the
// window's actions do (the same undo steps), so keys and bar agree.
#pragma once

#include <QList>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QToolButton;

namespace nwk {

class CapturePanel;
class FocusGroup;
class EditorContext;
class MapScene;
class MapView;
class SessionDocument;
class MarksUi;
class RecordingFeature;

class LiveBar : public QWidget {
    Q_OBJECT

public:
    LiveBar(const EditorContext &context, CapturePanel *capture, MarksUi *marks, FocusGroup *group,
            QAction *liveAction, QWidget *parent);

    ~LiveBar() override;

    QLineEdit *captureEdit() const;
    QLabel *cardLabel() const;
    QList<QToolButton *> markButtons() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createCardPart();
    QWidget *createCapturePart();
    void updateCard();
    void updateClock();
    void rebuildMarkButtons();
    void syncMarkButtons();

    SessionDocument *m_document;
    MapScene *m_scene;
    MapView *m_view;
    CapturePanel *m_capture;
    MarksUi *m_marks;
    FocusGroup *m_group;
    QString m_cardText;
    /// The bar's child widgets (card, clock, quick-add form, mark buttons); in the .cpp.
    struct Widgets;
    std::unique_ptr<Widgets> m_ui;
    RecordingFeature *m_recording;
};

} // namespace nwk
