// SPDX-License-Identifier: GPL-3.0-or-later
#include "replayview.h"

#include "nwk/core/clocktext.h"
#include "nwk/core/maphistory.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/sessiondocument.h"

#include <QApplication>
#include <QBoxLayout>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace nwk {

ReplayView::ReplayView(SessionDocument *live, MapView *liveView, QWidget *mapArea)
    : QWidget(mapArea)
    , m_live(live)
    , m_liveView(liveView)
    , m_document(new SessionDocument(this))
{
    setObjectName(QStringLiteral("replayView"));
    m_document->setReplaying(true); // nothing may change the replayed map
    m_scene = new MapScene(m_document, this);
    m_view = new MapView(m_scene, this);
    m_view->setObjectName(QStringLiteral("replayMapView"));

    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("replayBanner"));
    bar->setAutoFillBackground(true);
    bar->setStyleSheet(QStringLiteral(
        "#replayBanner { background: #1f5f8b; } #replayBanner QLabel { color: white; "
        "font-weight: bold; padding: 3px 8px; }"));
    m_banner = new QLabel(bar);
    m_return = new QPushButton(tr("Return to the Live Map"), bar);
    m_return->setObjectName(QStringLiteral("replayReturnButton"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(0, 2, 6, 2);
    barLayout->addWidget(m_banner, 1);
    barLayout->addWidget(m_return);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    // Changed during a replay (Projection Mode switched): the replay follows at once. Queued,
    // so that the live view's background is set first.
    if (auto *liveScene = qobject_cast<MapScene *>(liveView->scene()))
        connect(
            liveScene, &MapScene::renderOptionsChanged, this,
            [this] {
                if (isReplaying())
                    followLiveLook();
            },
            Qt::QueuedConnection);
    if (auto *areaLayout = qobject_cast<QBoxLayout *>(mapArea->layout()))
        areaLayout->insertWidget(areaLayout->indexOf(liveView) + 1, this, 1);
    hide();

    connect(m_return, &QPushButton::clicked, this, &ReplayView::leave);
    connect(m_live, &SessionDocument::sessionReset, this, &ReplayView::leave);
}

ReplayView::~ReplayView()
{
    qApp->removeEventFilter(this);
}

bool ReplayView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == window()) {
            leave();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ReplayView::isReplaying() const
{
    return m_live->isReplaying();
}

void ReplayView::followLiveLook()
{
    // The replay draws as the live map does (Projection Mode's larger type and contrast, the
    // layers shown).
    auto *liveScene = qobject_cast<MapScene *>(m_liveView->scene());
    if (liveScene && !(m_scene->baseRenderOptions() == liveScene->baseRenderOptions())) {
        m_scene->setRenderOptions(liveScene->baseRenderOptions());
        m_view->setBackgroundBrush(m_liveView->backgroundBrush());
    }
}

void ReplayView::showAt(qint64 ms)
{
    m_ms = std::max<qint64>(ms, 0);
    const bool entering = !isReplaying();
    followLiveLook();
    m_document->reset(mapAt(m_live->session(), m_ms));
    m_banner->setText(tr("Replay %1 — Esc to return").arg(fullClockText(m_ms)));
    if (!entering)
        return;
    // The replay opens where the live map is: same zoom, same centre.
    const QPointF centre = m_liveView->mapToScene(m_liveView->viewport()->rect().center());
    m_liveView->hide();
    show();
    if (m_liveView->isFitting()) {
        m_view->fitToWindow();
    } else {
        m_view->setTransform(m_liveView->transform());
        m_view->centerOn(centre);
    }
    qApp->installEventFilter(this);
    m_live->setReplaying(true);
    Q_EMIT replayingChanged(true);
}

void ReplayView::leave()
{
    if (!isReplaying())
        return;
    qApp->removeEventFilter(this);
    hide();
    m_liveView->show();
    m_live->setReplaying(false);
    m_ms = -1;
    Q_EMIT replayingChanged(false);
}

} // namespace nwk
