// SPDX-License-Identifier: GPL-3.0-or-later
// The timed operations of one size, each on the real editor and export code.
#include "bench.h"
#include "synthetic.h"

#include "nwk/core/sessionio.h"
#include "nwk/editor/autosaver.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/sessiondocument.h"
#include "nwk/render/exporters.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsSceneMouseEvent>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <numbers>

namespace nwk::bench {

double median(std::vector<double> samples)
{
    if (samples.empty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const std::size_t mid = samples.size() / 2;
    return samples.size() % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2.0;
}

double peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux: kilobytes
}

namespace {

void report(std::vector<Figure> &figures, const char *name, int n, double value)
{
    figures.push_back({QString::fromLatin1(name), n, value});
    // Three decimals, and three significant digits below 1 ms: the autosave's and the drag's
    // microseconds printed as "0.000" made their growth ratios meaningless.
    std::printf(value >= 1.0 ? "figure %s %d %.3f\n" : "figure %s %d %#.3g\n", name, n, value);
    std::fflush(stdout);
}

bool fail(const QString &message)
{
    std::fprintf(stderr, "nwk-bench: %s\n", qPrintable(message));
    return false;
}

/// Sends a mouse event straight to the scene, as QGraphicsView does.
void sendMouse(MapScene &scene, QEvent::Type type, QPointF scenePos, Qt::MouseButtons buttons)
{
    QGraphicsSceneMouseEvent event(type);
    event.setScenePos(scenePos);
    event.setScreenPos(scenePos.toPoint());
    event.setButtonDownScenePos(Qt::LeftButton, scenePos);
    event.setButton(type == QEvent::GraphicsSceneMouseMove ? Qt::NoButton : Qt::LeftButton);
    event.setButtons(buttons);
    QApplication::sendEvent(&scene, &event);
}

struct DragTimes {
    std::vector<double> steps;   ///< one per mouse move
    std::vector<double> settles; ///< the release (the deferred label layout), one per drag
    bool moved = true;
};

/// Drags the partner with the most links around a small circle, `moves` steps per
/// drag: press, moves, release. One step = the mouse move (a merged MovePartners on
/// the undo stack, the model change, the scene's update of the partner's item and
/// its links) and the scene's posted bookkeeping.
DragTimes drag(SessionDocument &doc, MapScene &scene, int drags, int moves)
{
    const Session &s = doc.session();
    QHash<QString, int> degree;
    for (const Link &l : s.links) {
        ++degree[l.from];
        ++degree[l.to];
    }
    QString dragged = s.partners.front().id;
    for (const Partner &p : s.partners)
        if (degree.value(p.id) > degree.value(dragged))
            dragged = p.id;

    DragTimes times;
    for (int d = 0; d < drags; ++d) {
        // Where its marker is drawn (markers that would overlap are drawn apart).
        const QGraphicsItem *item = scene.partnerItem(dragged);
        const QPointF start = item ? item->pos() : scene.partnerPosition(dragged);
        const int undoBefore = doc.undoStack()->count();
        sendMouse(scene, QEvent::GraphicsSceneMousePress, start, Qt::LeftButton);
        // On a crowded map another partner may lie on top: the press selects the one
        // that is dragged.
        const QStringList selected = scene.selectedPartnerIds();
        if (selected.size() != 1) {
            times.moved = false;
            return times;
        }
        const QString moving = selected.front();
        const QPointF movingStart = scene.partnerPosition(moving);
        for (int i = 1; i <= moves; ++i) {
            // A circle of radius 24 around the start: past the drag threshold at once.
            const double a = 2.0 * std::numbers::pi * i / moves;
            const QPointF at = start + QPointF(24.0 * std::sin(a) + 12.0, 24.0 * std::cos(a));
            Stopwatch w;
            sendMouse(scene, QEvent::GraphicsSceneMouseMove, at, Qt::LeftButton);
            QCoreApplication::sendPostedEvents();
            times.steps.push_back(w.ms());
        }
        Stopwatch w;
        sendMouse(scene, QEvent::GraphicsSceneMouseRelease, start + QPointF(12.0, 24.0), {});
        QCoreApplication::sendPostedEvents();
        times.settles.push_back(w.ms());
        times.moved = times.moved && doc.undoStack()->count() == undoBefore + 1 &&
                      scene.partnerPosition(moving) != movingStart;
    }
    return times;
}

/// Waits (untimed) until the autosaver's background write has finished.
QString waitForWrite(Autosaver &autosaver)
{
    QString error = QStringLiteral("the recovery write did not finish within a minute");
    QEventLoop loop;
    QObject::connect(&autosaver, &Autosaver::written, &loop, [&](const QString &e) {
        error = e;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return error;
}

} // namespace

bool runSize(const RunOptions &o, std::vector<Figure> &figures)
{
    const int n = o.partners;
    const int reps = std::max(1, o.reps);
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return fail(QStringLiteral("cannot make a temporary folder"));
    const QString file = tmp.filePath(QStringLiteral("map.nwk"));
    {
        const Session generated = syntheticSession(n);
        if (const QString error = writeSessionFile(generated, file); !error.isEmpty())
            return fail(error);
        if (!o.graphvizDir.isEmpty()) {
            const QDir dir(o.graphvizDir);
            const QString stem = dir.filePath(QStringLiteral("map-%1").arg(n));
            QFile dot(stem + QStringLiteral(".dot"));
            if (!dot.open(QIODevice::WriteOnly) || dot.write(toDot(generated)) < 0)
                return fail(QStringLiteral("cannot write %1.dot").arg(stem));
            if (const QString error = writeSessionFile(generated, stem + QStringLiteral(".nwk"));
                !error.isEmpty())
                return fail(error);
        }
    }

    // Load and validate: what File > Open does before the scene is built.
    SessionDocument doc;
    const double load = medianOf(reps, [&] {
        Stopwatch w;
        const Diagnostics d = doc.load(file);
        const double ms = w.ms();
        if (hasErrors(d) || static_cast<int>(doc.session().partners.size()) != n)
            fail(QStringLiteral("the synthetic session did not load: %1")
                     .arg(d.empty() ? QString() : d.front().toString()));
        return ms;
    });
    if (static_cast<int>(doc.session().partners.size()) != n)
        return false;
    report(figures, "load", n, load);

    // Save: validate, serialise, write atomically, read back and compare.
    bool saved = true;
    report(figures, "save", n, medianOf(reps, [&] {
               Stopwatch w;
               const QString error = doc.save();
               const double ms = w.ms();
               if (!error.isEmpty())
                   saved = fail(error);
               return ms;
           }));
    if (!saved)
        return false;

    // Building the scene: every item, the label layout, the map's extent.
    report(figures, "scene", n, medianOf(reps, [&] {
               Stopwatch w;
               auto scene = std::make_unique<MapScene>(&doc);
               return w.ms();
           }));

    MapScene scene(&doc);
    MapView view(&scene); // attached (not shown): the scene tracks dirty regions for it
    view.resize(1200, 800);
    const DragTimes drag = bench::drag(doc, scene, reps, 20);
    if (!drag.moved)
        return fail(QStringLiteral("a drag did not move the partner"));
    report(figures, "drag", n, median(drag.steps));
    report(figures, "drag-settle", n, median(drag.settles));
    // The same drag as a person feels it: the main window with every dock, each step until
    // the view has painted (windowdrag.cpp). Not at 10,000 partners (no target there).
    if (n <= 1000) {
        std::vector<double> steps;
        if (!windowDrag(file, reps, 20, steps))
            return false; // windowDrag() said why
        report(figures, "window-drag", n, median(steps));
    }

    const RenderOptions render;
    const QString svg = tmp.filePath(QStringLiteral("map.svg"));
    bool exported = true;
    report(figures, "svg", n, medianOf(reps, [&] {
               Stopwatch w;
               const QString error = exportSvg(doc.session(), svg, render);
               const double ms = w.ms();
               if (!error.isEmpty() || QFileInfo(svg).size() == 0)
                   exported = fail(error);
               return ms;
           }));
    // The same map with one link label of 10,000 characters without a space (the longest
    // label the file format allows), which the wrapping breaks and elides.
    {
        Session longWord = doc.session();
        if (!longWord.links.empty())
            longWord.links.front().label = QStringLiteral("verbindingslabel").repeated(625);
        report(figures, "svg-longword", n, medianOf(std::min(reps, 3), [&] {
                   Stopwatch w;
                   const QString error = exportSvg(longWord, svg, render);
                   const double ms = w.ms();
                   if (!error.isEmpty() || QFileInfo(svg).size() == 0)
                       exported = fail(error);
                   return ms;
               }));
    }
    ImageExportOptions image;
    image.dpi = 300; // A4 at 300 dpi
    const QString png = tmp.filePath(QStringLiteral("map.png"));
    report(figures, "png", n, medianOf(std::min(reps, 3), [&] {
               Stopwatch w;
               const QString error = exportPng(doc.session(), png, image);
               const double ms = w.ms();
               if (!error.isEmpty() || QFileInfo(png).size() == 0)
                   exported = fail(error);
               return ms;
           }));
    if (!exported)
        return false;

    // Autosave: the part on the UI thread (the session copy and handing the job to a
    // worker); the write itself runs on the worker and is waited for untimed. A
    // millisecond or two, so page faults and cache misses of one run weigh: the
    // median of at least 15.
    Autosaver autosaver(&doc, tmp.filePath(QStringLiteral("recovery")));
    bool written = true;
    report(figures, "autosave", n, medianOf(std::max(reps, 15), [&] {
               Stopwatch w;
               autosaver.sync();
               const double ms = w.ms();
               if (const QString error = waitForWrite(autosaver); !error.isEmpty())
                   written = fail(error);
               return ms;
           }));
    if (!written || !QFileInfo::exists(autosaver.recoveryFile()))
        return fail(QStringLiteral("the autosave wrote no recovery file"));

    report(figures, "memory", n, peakMemoryMb());
    return true;
}

} // namespace nwk::bench
