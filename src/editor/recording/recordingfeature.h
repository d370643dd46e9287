// SPDX-License-Identifier: GPL-3.0-or-later
// Session > Start / Pause / Resume / Stop Recording, Audio Input, Recording Consent; the
// recording indicator in the status bar (and, through indicator(), in the live layout's bar);
// the consent question before an unconsented start and the messages when the audio fails
// (docs/recording.md). Installed after FocusGroup: Start also starts the session clock
// (FocusGroup::startRecording, one undo step) when it does not run yet.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

namespace nwk {

class EditorContext;
class FocusGroup;
class Recorder;
class SessionDocument;

class RecordingFeature : public QObject {
    Q_OBJECT

public:
    static void install(EditorContext &context);

    Recorder *recorder() const { return m_recorder; }
    /// A new recording indicator (red dot, time, level meter) for `parent`.
    QWidget *makeIndicator(QWidget *parent) const;
    /// What is missing for the recording to start with consent (translated lines); empty
    /// when the deck's consent step is ticked and every participant consented.
    QStringList missingConsent() const;

    QAction *startAction = nullptr;
    QAction *pauseAction = nullptr; ///< Pause, or Resume while paused
    QAction *stopAction = nullptr;
    QAction *consentAction = nullptr;

public Q_SLOTS:
    /// Start (or Resume): asks to save an untitled session, asks to confirm a start without
    /// consent, starts the clock, then a new audio part.
    void start();
    void togglePause();
    void stop();
    /// The consent dialog: a check box per participant (one undo step).
    void editConsent();

private:
    RecordingFeature(EditorContext &context, FocusGroup *group);
    void createActions(QMenu *menu);
    void fillDeviceMenu();
    bool ensureSaved();
    bool confirmWithoutConsent();
    void showProblem(const QString &message);
    void updateActions();

    QMainWindow *m_window;
    SessionDocument *m_document;
    FocusGroup *m_group;
    QAction *m_save;
    Recorder *m_recorder;
    QMenu *m_deviceMenu = nullptr;
    bool m_problemShown = false; ///< the dialog shows a problem once per recording run
};

} // namespace nwk
