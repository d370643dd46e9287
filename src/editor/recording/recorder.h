// SPDX-License-Identifier: GPL-3.0-or-later
// The session's recording (docs/recording.md): audio parts on the session clock, written
// beside the session file as "<session base name>.audio/part-NNN.wav" and listed with their
// clock offsets in Session::recording through the document's recording log
// (nwk/editor/recordinglog.h: setRecordingParts(), not an undo step). Start makes a new part, Pause
// ends it (Resume makes the next one), Stop ends it and notes the stop on the clock. A
// failure (no device, the device gone, a write error) ends the part as it is on disk and
// pauses; the session clock and the session are not touched.
//
// The UI (consent, asking to save, starting the clock, messages) is RecordingFeature's.
#pragma once

#include <QAudioDevice>
#include <QObject>
#include <QString>

class QTimer;

namespace nwk {

class AudioCapture;
class SessionDocument;

class Recorder : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Recording, Paused };

    explicit Recorder(SessionDocument *document, QObject *parent = nullptr);
    ~Recorder() override;

    State state() const { return m_state; }
    AudioCapture *capture() const { return m_capture; }

    /// The parts' folder for a session file, relative to the file's folder: "<base>.audio".
    static QString partsFolderName(const QString &sessionFile);

    /// The input to record from, by its id; empty means the system's default input. Only
    /// the id is kept, so that nothing asks the audio system before the user records.
    void setDeviceId(const QByteArray &id) { m_deviceId = id; }
    QByteArray deviceId() const { return m_deviceId; }
    /// The chosen device when it is there, else the default input (null: none).
    QAudioDevice deviceToUse() const;
    /// Notes the current part's length in the session now (before a save).
    void noteDuration() { updateDuration(); }

    /// Begins a new part now: the session must have a file and its clock must run. False
    /// with problem() otherwise (nothing changed).
    bool startPart();
    /// Ends the current part (state Paused).
    void pause();
    /// Ends the current part, notes the stop on the session clock (state Idle).
    void stop();

    /// The audio of the current part so far, and of all parts of the session.
    qint64 currentPartMs() const;
    qint64 totalMs() const;
    QString problem() const { return m_problem; }
    /// Parts listed in the session whose file is missing or unreadable (after a reset).
    QStringList unreadableParts() const { return m_unreadable; }

Q_SIGNALS:
    void stateChanged();
    /// Recording stopped by itself (the part is closed): `message` says why (translated).
    void failed(const QString &message);
    /// The parts' lengths were read from their files after a session was opened.
    void partLengthsRead();

private:
    QString nextPartFile(QString *error) const;
    void endPart();
    void updateDuration();
    void captureFailed(const QString &message);
    void sessionReset();
    void readPartLengths();
    void setState(State state);

    SessionDocument *m_document;
    AudioCapture *m_capture;
    QTimer *m_durationTimer;
    QByteArray m_deviceId;
    State m_state = State::Idle;
    int m_partIndex = -1; ///< the part being recorded in Session::recording.parts
    QString m_problem;
    QStringList m_unreadable;
};

} // namespace nwk
