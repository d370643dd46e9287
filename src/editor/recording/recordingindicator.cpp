// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingindicator.h"

#include "audiocapture.h"
#include "recorder.h"

#include "nwk/editor/sessionclock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace nwk {

RecordingIndicator::RecordingIndicator(Recorder *recorder, QWidget *parent)
    : QWidget(parent)
    , m_recorder(recorder)
    , m_dot(new QLabel(QStringLiteral("\u25cf"), this))
    , m_label(new QLabel(this))
    , m_meter(new QProgressBar(this))
{
    setObjectName(QStringLiteral("recordingIndicator"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // dot, time and meter side by side
    m_label->setObjectName(QStringLiteral("recordingLabel"));
    m_meter->setObjectName(QStringLiteral("recordingLevel"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(2, 0, 2, 0);
    row->setSpacing(4);
    m_meter->setRange(0, 100);
    m_meter->setTextVisible(false);
    applyFont();
    m_meter->setAccessibleName(tr("Recording level"));
    row->addWidget(m_dot);
    row->addWidget(m_label);
    row->addWidget(m_meter);
    auto *timer = new QTimer(this);
    timer->setInterval(500);
    connect(timer, &QTimer::timeout, this, &RecordingIndicator::update);
    timer->start();
    connect(recorder, &Recorder::stateChanged, this, &RecordingIndicator::update);
    connect(recorder->capture(), &AudioCapture::levelChanged, this, &RecordingIndicator::setLevel);
    update();
}

void RecordingIndicator::update()
{
    const Recorder::State state = m_recorder->state();
    setVisible(state != Recorder::State::Idle);
    const bool on = state == Recorder::State::Recording;
    // Colours by palette, not style sheets: a style sheet would stop the font's size from
    // reaching the dot and the text.
    QPalette dot = palette();
    dot.setColor(QPalette::WindowText, on ? QColor(0xd0, 0, 0) : QColor(0x80, 0x80, 0x80));
    m_dot->setPalette(dot);
    QPalette text = palette();
    if (on)
        text.setColor(QPalette::WindowText, QColor(0xd0, 0, 0));
    m_label->setPalette(text);
    const QString time = SessionClock::format(m_recorder->totalMs());
    //: The recording indicator: "REC" and the audio recorded so far, e.g. "REC 12:34"
    m_label->setText(on ? tr("REC %1").arg(time) : tr("Recording paused %1").arg(time));
    const QString tip = on ? tr("The audio is being recorded (%1 so far)").arg(time)
                           : tr("The audio recording is paused (%1 so far)").arg(time);
    setToolTip(tip);
    setAccessibleName(tip);
    m_meter->setVisible(on);
}

void RecordingIndicator::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFont();
}

void RecordingIndicator::applyFont()
{
    QFont bold = font();
    bold.setBold(true);
    m_label->setFont(bold);
    QFont big = font(); // the dot half as large again as the text
    if (big.pixelSize() > 0)
        big.setPixelSize(big.pixelSize() * 3 / 2);
    else
        big.setPointSizeF(big.pointSizeF() * 1.5);
    m_dot->setFont(big);
    const int line = QFontMetrics(font()).height();
    m_meter->setFixedSize(line * 4, std::max(10, line * 2 / 3));
}

void RecordingIndicator::setLevel(double level)
{
    // Decibels from -60 to 0 on the meter, as a sound engineer reads it.
    const double db = level > 0 ? 20 * std::log10(level) : -60;
    m_meter->setValue(static_cast<int>(std::lround(std::clamp(db + 60, 0.0, 60.0) * 100 / 60)));
}

} // namespace nwk
