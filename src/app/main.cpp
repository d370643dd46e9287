// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart: the desktop editor. Opens the file given, or shows the start screen.
// Offers sessions left unsaved by an editor that crashed or was killed, and
// keeps a recovery copy of this one (Autosaver, docs/data-safety.md).
//
// Test hooks (documented in docs/data-safety.md), used by the crash-recovery tests to
// drive the real program:
// - NWK_TEST_EDIT_LABEL: the first partner is renamed to its value after start-up
//   through the normal undo command, as a user's edit would be;
// - NWK_TEST_RECOVERY_ANSWER: the recovery question is answered by clicking the
//   button with this object name (restoreButton, laterButton);
// - NWK_TEST_AFTER_AUTOSAVE: "save" saves as File > Save does once the first recovery
//   copy is written; "save-quit" then also quits as File > Quit does;
// - NWK_TEST_START_RECORDING: "1" triggers Session > Start Recording after start-up and
//   answers its consent question with Start Without Consent (the recording kill test).
#include "nwk/editor/autosaver.h"
#include "nwk/editor/changevalue.h"
#include "nwk/editor/language.h"
#include "nwk/editor/mainwindow.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/sessiondocument.h"
#include "nwk/editor/startscreen.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

/// Quits the application after the first paint of a widget, reporting the time since
/// main() and the wall-clock time of the paint (for start-up measurements: the latter,
/// against the time the program was started, includes loading it and its libraries,
/// and not the quitting that follows).
class FirstPaintQuitter : public QObject {
public:
    explicit FirstPaintQuitter(const QElapsedTimer &clock, QObject *parent)
        : QObject(parent)
        , m_clock(clock)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::fprintf(stderr, "first paint after %lld ms, at %lld ms since the epoch\n",
                         static_cast<long long>(m_clock.elapsed()),
                         static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_done = false;
};

/// --list-recovery: one line per left-over session that would be offered, tab-separated:
/// recovery copy, when it was written (UTC), the user's file (empty when untitled), the
/// name shown, and what it holds. Copies not newer than their file are dropped.
int listRecovery()
{
    for (const nwk::RecoveryCandidate &c : nwk::Autosaver::recoverable()) {
        const auto summary = nwk::SessionSummary::of(c.session);
        std::printf("%s\t%s\t%s\t%s\t%d partners, %d links, %d notes\n",
                    qUtf8Printable(c.sessionPath),
                    qUtf8Printable(c.savedAt.toUTC().toString(Qt::ISODateWithMs)),
                    qUtf8Printable(c.originalFile), qUtf8Printable(c.displayName()),
                    summary.partners, summary.links, summary.notes);
    }
    return 0;
}

/// NWK_TEST_RECOVERY_ANSWER: clicks that button of the recovery dialog once it shows.
void answerRecoveryForTests(QObject *parent)
{
    const QString button = qEnvironmentVariable("NWK_TEST_RECOVERY_ANSWER");
    if (button.isEmpty())
        return;
    auto *timer = new QTimer(parent);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *b = modal && modal->objectName() == QLatin1String("recoveryDialog")
                      ? modal->findChild<QPushButton *>(button)
                      : nullptr;
        if (b) {
            timer->stop();
            b->click();
        }
    });
    timer->start();
}

/// NWK_TEST_AFTER_AUTOSAVE: save (and quit) once the first recovery copy is written.
void saveAfterAutosaveForTests(nwk::MainWindow &window, nwk::Autosaver &autosaver)
{
    const QString what = qEnvironmentVariable("NWK_TEST_AFTER_AUTOSAVE");
    if (what != QLatin1String("save") && what != QLatin1String("save-quit"))
        return;
    auto done = std::make_shared<bool>(false);
    QObject::connect(&autosaver, &nwk::Autosaver::written, &window,
                     [&window, what, done](const QString &error) {
                         if (*done || !error.isEmpty() || !window.document()->isModified())
                             return;
                         *done = true;
                         QTimer::singleShot(0, &window, [&window, what] {
                             if (window.save() && what == QLatin1String("save-quit"))
                                 window.close();
                         });
                     });
}

/// NWK_TEST_START_RECORDING: Session > Start Recording, the consent question answered.
void startRecordingForTests(nwk::MainWindow &window)
{
    if (qEnvironmentVariable("NWK_TEST_START_RECORDING") != QLatin1String("1"))
        return;
    auto *timer = new QTimer(&window);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *b = modal && modal->objectName() == QLatin1String("recordingConsentQuestion")
                      ? modal->findChild<QPushButton *>(QStringLiteral("startWithoutConsentButton"))
                      : nullptr;
        if (b) {
            timer->stop();
            b->click();
        }
    });
    timer->start();
    QTimer::singleShot(0, &window, [&window, timer] {
        if (auto *start = window.findChild<QAction *>(QStringLiteral("startRecordingAction")))
            start->trigger(); // the question, if any, is answered inside this call
        timer->stop();        // its job is done, whether a question came or not
        timer->deleteLater();
    });
}

/// Names, version, icon and translators of the application.
void setUpApplication()
{
    QApplication::setOrganizationName(QStringLiteral("Netwerkkaart"));
    QApplication::setApplicationName(QStringLiteral("Netwerkkaart"));
    QApplication::setApplicationVersion(QStringLiteral(NWK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("netwerkkaart"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("netwerkkaart"), QIcon(QStringLiteral(":/icons/netwerkkaart.svg"))));
    nwk::installTranslators(); // Preferences > interface language, else the system's
}

/// The editor's command-line options.
struct StartOptions {
    QCommandLineOption quitAfterPaint{
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("main", "Quit once the map has been painted (timing).")};
    QCommandLineOption autosaveInterval{
        QStringLiteral("autosave-interval"),
        QCoreApplication::translate("main", "Write the recovery copy this many milliseconds "
                                            "after a change (default: setting %1, else %2).")
            .arg(QString::fromLatin1(nwk::Autosaver::kIntervalKey))
            .arg(nwk::Autosaver::kDefaultIntervalMs),
        QStringLiteral("ms")};
    QCommandLineOption restoreRecovery{
        QStringLiteral("restore-recovery"),
        QCoreApplication::translate("main", "Restore the most recent unsaved session left "
                                            "behind by a crash, without asking.")};
    QCommandLineOption listRecovery{
        QStringLiteral("list-recovery"),
        QCoreApplication::translate("main", "List the unsaved sessions left behind by a crash "
                                            "that would be offered, and quit.")};
    QCommandLineOption example{
        QStringLiteral("example"),
        QCoreApplication::translate("main", "Open this session as an example: untitled, kept "
                                            "out of the recent files; saving asks for a new "
                                            "file, so the example itself is never overwritten."),
        QStringLiteral("file")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Network-map editor for focus groups"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("file"),
                                     QCoreApplication::translate("main", "Session file to open."),
                                     QStringLiteral("[file]"));
        parser.addOption(quitAfterPaint);
        parser.addOption(autosaveInterval);
        parser.addOption(restoreRecovery);
        parser.addOption(listRecovery);
        parser.addOption(example);
    }
};

/// The recovery copy left by a crash: restored without asking (--restore-recovery), or
/// offered (not in timing runs). True when one was restored.
bool recoverLeftOver(const QCommandLineParser &parser, const StartOptions &options,
                     nwk::Autosaver &autosaver, nwk::MainWindow &window)
{
    std::vector<nwk::RecoveryCandidate> leftOver = nwk::Autosaver::recoverable();
    if (parser.isSet(options.restoreRecovery)) {
        if (leftOver.empty())
            return false;
        autosaver.restore(leftOver.front());
        return true;
    }
    if (parser.isSet(options.quitAfterPaint))
        return false;
    return nwk::offerRecovery(autosaver, std::move(leftOver), &window);
}

/// NWK_TEST_EDIT_LABEL: renames the first partner through the normal undo command.
void editLabelForTests(nwk::MainWindow &window)
{
    const QString testLabel = qEnvironmentVariable("NWK_TEST_EDIT_LABEL");
    if (!testLabel.isEmpty() && !window.document()->session().partners.empty()) {
        nwk::SessionDocument *doc = window.document();
        doc->push(new nwk::ChangeValue<nwk::PartnerField<&nwk::Partner::label>>(
            doc, doc->session().partners.front().id, testLabel,
            QCoreApplication::translate("main", "Test edit")));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    setUpApplication();

    QCommandLineParser parser;
    const StartOptions options;
    options.addTo(parser);
    parser.process(app);
    if (parser.isSet(options.listRecovery))
        return listRecovery();

    nwk::MainWindow window;
    const QStringList files = parser.positionalArguments();
    // Without a file: the start screen (new, open, recent, the example). Timing runs
    // (--quit-after-first-paint) paint the example instead.
    const bool startScreen =
        files.isEmpty() && !parser.isSet(options.quitAfterPaint) && !parser.isSet(options.example);
    if (parser.isSet(options.example)) {
        window.openExample(parser.value(options.example)); // as File > Open the Example does
    } else if (!files.isEmpty()) {
        window.openFile(files.front());
    } else if (!startScreen) {
        const QString example = nwk::StartScreen::bundledExample();
        if (QFile::exists(example))
            window.openExample(example);
    }
    if (parser.isSet(options.quitAfterPaint))
        window.view()->viewport()->installEventFilter(new FirstPaintQuitter(clock, &app));

    // Destroyed before the window: a normal end removes this editor's recovery files.
    nwk::Autosaver autosaver(window.document());
    if (parser.isSet(options.autosaveInterval) &&
        parser.value(options.autosaveInterval).toInt() > 0)
        autosaver.setInterval(parser.value(options.autosaveInterval).toInt());
    nwk::installAutosaveWarning(&window, autosaver); // a failing autosave is shown at once
    saveAfterAutosaveForTests(window, autosaver);
    window.show();
    answerRecoveryForTests(&app);
    const bool restored = recoverLeftOver(parser, options, autosaver, window);
    if (startScreen && !restored)
        nwk::StartScreen::showFor(window.context());
    editLabelForTests(window);
    startRecordingForTests(window);
    return QApplication::exec();
}
