// SPDX-License-Identifier: GPL-3.0-or-later
// The drag step as a person feels it (issue #24, item 3): the real main window with the
// session open and every dock shown, a partner dragged with mouse events on the view's
// viewport, each step until the view has painted what changed.
#include "bench.h"

#include "nwk/core/session.h"
#include "nwk/editor/mainwindow.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/sessiondocument.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QHash>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <cstdio>
#include <numbers>

namespace nwk::bench {

namespace {

/// Counts the paint events of a widget.
class PaintCounter final : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

/// The partner with the most links (the costliest to drag).
QString busiestPartner(const Session &s)
{
    QHash<QString, int> degree;
    for (const Link &l : s.links) {
        ++degree[l.from];
        ++degree[l.to];
    }
    QString busiest = s.partners.front().id;
    for (const Partner &p : s.partners)
        if (p.placement && degree.value(p.id) > degree.value(busiest))
            busiest = p.id;
    return busiest;
}

/// Delivers the posted events (the scene's dirty regions, the docks' posted work) until
/// the viewport has painted once more; at most a second.
bool untilPainted(const PaintCounter &counter, int before)
{
    QElapsedTimer limit;
    limit.start();
    while (counter.paints == before && limit.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    return counter.paints > before;
}

bool whyNot(const char *message)
{
    std::fprintf(stderr, "nwk-bench: whole window: %s\n", message);
    return false;
}

} // namespace

bool windowDrag(const QString &file, int drags, int moves, std::vector<double> &steps)
{
    MainWindow window;
    window.resize(1280, 860);
    if (!window.openFile(file))
        return whyNot("the session did not open");
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->show(); // every dock open (tabbed ones as tabs, as View opens them)
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return whyNot("the window was not shown");
    QTest::qWait(50); // the first paints and the docks' first fill
    MapView *view = window.view();
    QWidget *viewport = view->viewport();
    PaintCounter counter;
    viewport->installEventFilter(&counter);

    SessionDocument *doc = window.document();
    const QString dragged = busiestPartner(doc->session());
    for (int d = 0; d < drags; ++d) {
        view->centerOn(window.scene()->partnerPosition(dragged));
        QTest::qWait(20);
        const QGraphicsItem *item = window.scene()->partnerItem(dragged);
        if (!item)
            return whyNot("the partner to drag has no item");
        const QPoint start = view->mapFromScene(item->pos());
        const int undoBefore = doc->undoStack()->count();
        bool moved = false;
        QTest::mousePress(viewport, Qt::LeftButton, {}, start);
        // On a crowded map another partner may lie on top: the press selects the one
        // that is dragged.
        const QStringList selected = window.scene()->selectedPartnerIds();
        if (selected.size() != 1)
            return whyNot("the press did not select one partner");
        const QString moving = selected.front();
        const QPointF before = window.scene()->partnerPosition(moving);
        untilPainted(counter, counter.paints); // the selection
        for (int i = 1; i <= moves; ++i) {
            // A circle of radius 24 px around a spot beside the start: past the drag
            // threshold at once.
            const double a = 2.0 * std::numbers::pi * i / moves;
            const QPoint at = start + QPoint(static_cast<int>(std::lround(24.0 * std::sin(a))) + 12,
                                             static_cast<int>(std::lround(24.0 * std::cos(a))));
            const int paints = counter.paints;
            Stopwatch w;
            QTest::mouseMove(viewport, at);
            const bool painted = untilPainted(counter, paints);
            const double ms = w.ms();
            if (!painted)
                return whyNot("a drag step did not repaint the view");
            steps.push_back(ms);
            moved = moved || window.scene()->partnerPosition(moving) != before;
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(12, 24));
        QTest::qWait(20);
        if (doc->undoStack()->count() != undoBefore + 1 ||
            !moved)
            return whyNot("the drag did not move the partner");
    }
    return true;
}

} // namespace nwk::bench
