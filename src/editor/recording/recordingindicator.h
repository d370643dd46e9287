// SPDX-License-Identifier: GPL-3.0-or-later
// The unmistakable sign that the audio is being recorded (docs/recording.md): a red dot,
// "REC" and the recorded time, and a level meter; "paused" in grey while paused. Hidden
// while nothing is recorded. One in the status bar, one in the live layout's bar and one in
// the presenter's corner. Its parts follow the font set on it (the presenter's is larger).
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace nwk {

class Recorder;

class RecordingIndicator : public QWidget {
    Q_OBJECT

public:
    RecordingIndicator(Recorder *recorder, QWidget *parent = nullptr);

    QProgressBar *levelMeter() const { return m_meter; }
    QLabel *label() const { return m_label; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFont();
    void update();
    void setLevel(double level);

    Recorder *m_recorder;
    QLabel *m_dot;
    QLabel *m_label;
    QProgressBar *m_meter;
};

} // namespace nwk
