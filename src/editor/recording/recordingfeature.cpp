// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingfeature.h"

#include "audiocapture.h"
#include "recorder.h"
#include "recordingindicator.h"

#include "context/editorcontext.h"
#include "nwk/editor/cards/focusgroup.h"
#include "nwk/editor/cards/presenterwindow.h"
#include "nwk/editor/recordinglog.h"
#include "nwk/editor/sessionclock.h"
#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMainWindow>
#include <QMediaDevices>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

#include <functional>

namespace nwk {

namespace {
const QString kDeviceKey = QStringLiteral("recording/inputDevice");

/// Calls `closing` when the window is asked to close (before it asks to save).
class CloseWatcher : public QObject {
public:
    CloseWatcher(QObject *parent, std::function<void()> closing)
        : QObject(parent)
        , m_closing(std::move(closing))
    {
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Close)
            m_closing();
        return false;
    }

private:
    std::function<void()> m_closing;
};
} // namespace

void RecordingFeature::install(EditorContext &context)
{
    auto *feature = new RecordingFeature(context, context.feature<FocusGroup>());
    context.provide(feature);
    context.addFileCompanion(feature); // its audio parts beside the session file
}

RecordingFeature::RecordingFeature(EditorContext &context, FocusGroup *group)
    : QObject(context.window)
    , m_window(context.window)
    , m_document(context.document)
    , m_group(group)
    , m_save(context.action(ActionId::Save))
    , m_recorder(new Recorder(context.document, this))
{
    setObjectName(QStringLiteral("recordingFeature"));
    m_recorder->setDeviceId(QSettings().value(kDeviceKey).toByteArray());
    createActions(context.menu(MenuId::Session));
    m_window->statusBar()->addPermanentWidget(makeIndicator(m_window->statusBar()));
    // The room sees it too: the sign in the presenter's corner while the audio is recorded.
    if (m_group && m_group->presenter()) {
        m_group->presenter()->setCornerWidget(makeIndicator(m_group->presenter()));
        // Its keys work while the presenter is the active window too (after a click on it).
        m_group->presenter()->addActions({startAction, pauseAction, stopAction});
    }
    connect(m_recorder, &Recorder::stateChanged, this, &RecordingFeature::updateActions);
    connect(m_recorder, &Recorder::failed, this, &RecordingFeature::showProblem);
    connect(m_recorder, &Recorder::partLengthsRead, this, [this] {
        if (!m_recorder->unreadableParts().isEmpty())
            m_window->statusBar()->showMessage(
                tr("Audio parts missing or unreadable beside the session file: %1")
                    .arg(m_recorder->unreadableParts().join(QStringLiteral(", "))),
                15000);
        offerUnlistedParts();
    });
    // The part's length as it is now goes into the file the window may save on closing.
    m_window->installEventFilter(new CloseWatcher(this, [this] { m_recorder->noteDuration(); }));
    updateActions();
}

QWidget *RecordingFeature::makeIndicator(QWidget *parent) const
{
    return new RecordingIndicator(m_recorder, parent);
}

void RecordingFeature::createActions(QMenu *menu)
{
    startAction = new QAction(tr("Start &Recording"), m_window);
    startAction->setObjectName(QStringLiteral("startRecordingAction"));
    startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    startAction->setToolTip(
        tr("Record the audio beside the session file; starts the session clock too"));
    pauseAction = new QAction(tr("&Pause Recording"), m_window);
    pauseAction->setObjectName(QStringLiteral("pauseRecordingAction"));
    pauseAction->setShortcut(QKeySequence(Qt::Key_F8));
    pauseAction->setToolTip(tr("Pause the audio recording; the session clock keeps running"));
    stopAction = new QAction(tr("S&top Recording"), m_window);
    stopAction->setObjectName(QStringLiteral("stopRecordingAction"));
    stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    stopAction->setToolTip(tr("Stop the audio recording for good"));
    consentAction = new QAction(tr("Recording &Consent\u2026"), m_window);
    consentAction->setObjectName(QStringLiteral("recordingConsentAction"));
    consentAction->setToolTip(tr("Record which participants agreed to the audio recording"));
    for (QAction *a : {startAction, pauseAction, stopAction, consentAction}) {
        a->setStatusTip(a->toolTip());
        m_window->addAction(a);
    }
    connect(startAction, &QAction::triggered, this, &RecordingFeature::start);
    connect(pauseAction, &QAction::triggered, this, &RecordingFeature::togglePause);
    connect(stopAction, &QAction::triggered, this, &RecordingFeature::stop);
    connect(consentAction, &QAction::triggered, this, &RecordingFeature::editConsent);

    // Before the clock-only action of the cards (FocusGroup::startRecording).
    QAction *before = menu->actions().value(0);
    menu->insertAction(before, startAction);
    menu->insertAction(before, pauseAction);
    menu->insertAction(before, stopAction);
    m_deviceMenu = new QMenu(tr("Audio &Input"), menu);
    m_deviceMenu->setObjectName(QStringLiteral("audioInputMenu"));
    menu->insertMenu(before, m_deviceMenu);
    menu->insertAction(before, consentAction);
    // Filled when opened: the audio system is asked only when the user looks or records.
    connect(m_deviceMenu, &QMenu::aboutToShow, this, &RecordingFeature::fillDeviceMenu);
    m_group->setStartAction(startAction); // the cards panel's Start button
}

void RecordingFeature::fillDeviceMenu()
{
    m_deviceMenu->clear();
    auto *choices = new QActionGroup(m_deviceMenu);
    const QByteArray chosen = m_recorder->deviceId();
    const QAudioDevice fallback = QMediaDevices::defaultAudioInput();
    QAction *system = m_deviceMenu->addAction(
        fallback.isNull() ? tr("System Default")
                          : tr("System Default (%1)").arg(fallback.description()));
    system->setCheckable(true);
    system->setChecked(chosen.isEmpty());
    choices->addAction(system);
    connect(system, &QAction::triggered, this, [this] {
        m_recorder->setDeviceId({});
        QSettings().remove(kDeviceKey);
    });
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    if (inputs.isEmpty())
        m_deviceMenu->addAction(tr("No audio input found"))->setEnabled(false);
    for (const QAudioDevice &d : inputs) {
        QAction *a = m_deviceMenu->addAction(d.description());
        a->setCheckable(true);
        a->setChecked(!chosen.isEmpty() && d.id() == chosen);
        choices->addAction(a);
        connect(a, &QAction::triggered, this, [this, d] {
            m_recorder->setDeviceId(d.id());
            QSettings().setValue(kDeviceKey, d.id());
        });
    }
    m_deviceMenu->addSeparator();
    m_deviceMenu->addAction(tr("Takes effect at the next start or resume"))->setEnabled(false);
}

void RecordingFeature::updateActions()
{
    const Recorder::State state = m_recorder->state();
    startAction->setEnabled(state == Recorder::State::Idle);
    pauseAction->setEnabled(state != Recorder::State::Idle);
    pauseAction->setText(state == Recorder::State::Paused ? tr("&Resume Recording")
                                                          : tr("&Pause Recording"));
    stopAction->setEnabled(state != Recorder::State::Idle);
}

bool RecordingFeature::ensureSaved()
{
    if (!m_document->isUntitled())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Save the Session First"),
                    tr("The audio is written beside the session file, so the session needs a "
                       "file before the recording starts."),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("recordingSaveFirst"));
    QPushButton *save = box.addButton(tr("Save As\u2026"), QMessageBox::AcceptRole);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() != save)
        return false;
    m_save->trigger(); // Save of an untitled session asks for the file
    return !m_document->isUntitled();
}

void RecordingFeature::start()
{
    if (m_recorder->state() == Recorder::State::Recording || !ensureSaved())
        return;
    if (m_recorder->state() == Recorder::State::Idle &&
        !m_document->session().recording.startedWithoutConsent && !missingConsent().isEmpty()) {
        if (!confirmWithoutConsent())
            return;
        setRecordingStartedWithoutConsent(m_document, true);
    }
    if (SessionClock::elapsedMs(m_document->session()) < 0)
        m_group->startRecording->trigger(); // the clock: one undo step
    m_problemShown = false;
    if (m_recorder->startPart()) {
        m_window->statusBar()->showMessage(tr("Recording the audio"), 3000);
        return;
    }
    showProblem(m_recorder->problem());
}

void RecordingFeature::togglePause()
{
    if (m_recorder->state() == Recorder::State::Paused) {
        m_problemShown = false;
        if (!m_recorder->startPart())
            showProblem(m_recorder->problem());
        return;
    }
    m_recorder->pause();
}

void RecordingFeature::stop()
{
    m_recorder->stop();
    m_window->statusBar()->showMessage(tr("The audio recording stopped"), 3000);
}

void RecordingFeature::showProblem(const QString &message)
{
    const bool clockRuns = SessionClock::elapsedMs(m_document->session()) >= 0;
    //: A recording problem in the status bar; %1 says what went wrong
    const QString text =
        clockRuns
            ? tr("Recording: %1 The session clock keeps running; the session is safe.").arg(message)
            : tr("Recording: %1 The session is safe.").arg(message);
    m_window->statusBar()->showMessage(text, 30000);
    if (m_problemShown)
        return;
    m_problemShown = true;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The Audio Is Not Being Recorded"),
                                message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("recordingProblem"));
    box->setInformativeText(
        clockRuns ? tr("The session clock keeps running and the session is safe. Check the audio "
                       "input (Session > Audio Input) and start or resume the recording again.")
                  : tr("The session is safe."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAttribute(Qt::WA_ShowWithoutActivating); // the typing goes on where it was
    box->setModal(false);
    box->show();
}

} // namespace nwk
