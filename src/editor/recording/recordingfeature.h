// SPDX-License-Identifier: GPL-3.0-or-later
// Session > Start / Pause / Resume / Stop Recording, Audio Input, Recording Consent; the
// recording indicator in the status bar (and, through indicator(), in the live layout's bar);
// the consent question before an unconsented start and the messages when the audio fails
// (docs/recording.md). Installed after FocusGroup: Start also starts the session clock
// (FocusGroup::startRecording, one undo step) when it does not run yet.
#pragma once

#include "context/editorcontext.h"
#include "nwk/core/recording.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
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

class RecordingFeature : public QObject, public SessionFileCompanion {
    Q_OBJECT

public:
    static void install(EditorContext &context);

    Recorder *recorder() const { return m_recorder; }
    /// A new recording indicator (red dot, time, level meter) for `parent`.
    QWidget *makeIndicator(QWidget *parent) const;
    /// What is missing for the recording to start with consent (translated lines); empty
    /// when the deck's consent step is ticked and every participant consented.
    QStringList missingConsent() const;
    /// For the unsaved-changes question: a sentence naming the audio parts the session lists
    /// and its saved file does not (Discard would leave them on disk, unlisted); empty if none.
    QString unsavedNote() override;
    /// Save As to `fileName`, before the document writes it: into another folder, the parts
    /// are copied beside the new file (a part being recorded is ended first) and the session
    /// lists the copies. finishSaveAs() after the write: a failed save lists the parts as
    /// before and removes the copies; a save with parts not copied says so; the recording
    /// goes on beside the file the session now has.
    void prepareSaveAs(const QString &fileName) override;
    void finishSaveAs(bool saved) override;

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
    /// After a session is opened: offers the part files beside it that it does not list.
    void offerUnlistedParts();
    void addUnlistedParts();

    QMainWindow *m_window;
    SessionDocument *m_document;
    FocusGroup *m_group;
    QAction *m_save;
    Recorder *m_recorder;
    QMenu *m_deviceMenu = nullptr;
    bool m_problemShown = false; ///< the dialog shows a problem once per recording run
    /// The open "Audio Not in the Session" question: opening a session reads the parts'
    /// lengths more than once, and the question is asked once.
    QPointer<QMessageBox> m_unlistedQuestion;
    struct SaveAsParts {
        bool active = false;
        bool resume = false; ///< was recording: records on beside the saved file
        SharedVector<AudioPart> before;
        QStringList created;
        QStringList failed;
    };
    SaveAsParts m_saveAs; ///< between prepareSaveAs() and finishSaveAs()
};

} // namespace nwk
