// SPDX-License-Identifier: GPL-3.0-or-later
// netwerkkaart: the desktop editor. Opens the file given, or the bundled example.
#include "nwk/editor/mainwindow.h"
#include "nwk/editor/mapview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace {

/// Quits the application after the first paint of a widget, reporting the time
/// since start-up (for start-up measurements).
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
            std::fprintf(stderr, "first paint after %lld ms\n",
                         static_cast<long long>(m_clock.elapsed()));
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Netwerkkaart"));
    QApplication::setApplicationName(QStringLiteral("Netwerkkaart"));
    QApplication::setApplicationVersion(QStringLiteral(NWK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("netwerkkaart"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Network-map editor for focus groups"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "Session file to open."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption quitAfterPaint(
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("main", "Quit once the map has been painted (timing)."));
    parser.addOption(quitAfterPaint);
    parser.process(app);

    nwk::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        window.openFile(files.front());
    } else {
        const QString example = QStringLiteral(":/examples/basisschool-1.nwk");
        if (QFile::exists(example))
            window.openExample(example);
    }
    if (parser.isSet(quitAfterPaint))
        window.view()->viewport()->installEventFilter(new FirstPaintQuitter(clock, &app));
    window.show();
    return QApplication::exec();
}
