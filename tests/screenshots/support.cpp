// SPDX-License-Identifier: GPL-3.0-or-later
// What the shots share: saving, waiting, windows of a fixed size, finding actions and docks.
#include "shots.h"

#include "nwk/editor/mainwindow.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QPixmap>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

namespace nwk::shots {

void Run::save(QWidget *widget, const QString &name)
{
    settle();
    const QString file = out.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(file, "PNG", 0)) { // 0: smallest file, still lossless
        skip(name, QStringLiteral("could not write ") + file);
        return;
    }
    written.append(name);
    std::printf("wrote %s (%dx%d)\n", qPrintable(file), widget->width(), widget->height());
}

void Run::skip(const QString &name, const QString &why)
{
    skipped.append(name);
    std::fprintf(stderr, "skipped %s: %s\n", qPrintable(name), qPrintable(why));
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(20); // lets posted layout requests and timers of 0 ms run
    }
}

QString exampleFile(const Run &run)
{
    const QString file = QDir(run.sessions).filePath(QStringLiteral("basisschool-1.nwk"));
    if (!QFile::exists(file))
        QFile::copy(QStringLiteral(NWK_SOURCE_DIR "/resources/examples/basisschool-1.nwk"), file);
    return file;
}

MainWindow *openWindow(const QString &fileName)
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->resize(kWidth, kHeight);
    window->move(0, 0);
    if (!fileName.isEmpty())
        window->openFile(fileName);
    window->show();
    (void)QTest::qWaitForWindowExposed(window);
    window->activateWindow();
    settle();
    window->view()->fitToWindow();
    return window;
}

QAction *findAction(QWidget *window, const QString &objectName, const QString &text)
{
    if (!objectName.isEmpty())
        if (auto *a = window->findChild<QAction *>(objectName))
            return a;
    for (QAction *a : window->findChildren<QAction *>()) {
        QString plain = a->text();
        plain.remove(QLatin1Char('&'));
        if (!text.isEmpty() && plain == text)
            return a;
    }
    return nullptr;
}

/// Types `text` into `widget` key by key (QTest::keyClicks knows only ASCII keys).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

Window exampleWindow(const Run &run)
{
    return Window(openWindow(exampleFile(run)), [](MainWindow *w) {
        const_cast<QUndoStack *>(w->document()->undoStack())
            ->setClean(); // close without the unsaved-changes question
        w->close();
        settle();
    });
}

QDockWidget *raiseDock(MainWindow *window, const char *name)
{
    auto *dock = window->findChild<QDockWidget *>(QLatin1String(name));
    if (dock) {
        dock->show();
        dock->raise();
        settle();
    }
    return dock;
}

/// The researcher's layout: the live focus group's docks (left) closed, the map refitted.
void researcherLayout(MainWindow *window)
{
    for (const char *name : {"cardsDock", "captureDock"})
        if (auto *dock = window->findChild<QDockWidget *>(QLatin1String(name)))
            dock->hide();
    settle();
    window->view()->fitToWindow();
}

/// Selects the partner labelled `label` (the first one when there is none).
void selectPartner(MainWindow *window, const QString &label)
{
    const auto &partners = window->document()->session().partners;
    for (const Partner &p : partners)
        if (p.label == label) {
            window->scene()->selectPartners({p.id});
            return;
        }
    if (!partners.empty())
        window->scene()->selectPartners({partners.front().id});
}

/// Runs `trigger`, which opens a modal dialog named `name` (exec()), grabs it and closes it.
void grabModal(Run &run, const QString &shot, const char *name,
               const std::function<void()> &trigger)
{
    bool grabbed = false;
    auto *timer = new QTimer;
    int tries = 0;
    QObject::connect(timer, &QTimer::timeout, timer, [&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String(name) && w->isVisible()) {
                timer->stop();
                run.save(w, shot);
                grabbed = true;
                if (auto *dialog = qobject_cast<QDialog *>(w))
                    dialog->reject();
                return;
            }
        if (++tries > 100) { // 5 s: the trigger did not open the dialog
            timer->stop();
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        }
    });
    timer->start(50);
    trigger();
    timer->stop();
    delete timer;
    if (!grabbed)
        run.skip(shot, QStringLiteral("no dialog \u201c%1\u201d opened").arg(QLatin1String(name)));
}

} // namespace nwk::shots
