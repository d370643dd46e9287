// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendoverlay.h"

#include "context/editorcontext.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QToolButton>

#include <algorithm>

namespace nwk {

namespace {
constexpr int kMargin = 8;  ///< from the view's edges
constexpr int kPadding = 4; ///< around the legend in the panel
/// The legend's font is 12 map units: at scale 1 it reads like the interface.
constexpr double kMinScale = 0.6;
} // namespace

LegendOverlay::LegendOverlay(MapScene *scene, MapView *view)
    : QWidget(view)
    , m_scene(scene)
    , m_view(view)
{
    setObjectName(QStringLiteral("legendOverlay"));
    m_action = new QAction(tr("&Legend"), this);
    m_action->setObjectName(QStringLiteral("legendAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setToolTip(tr("Show or hide the map's legend over the map (Ctrl+Shift+L)"));
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("legendButton"));
    //: The button that opens the legend over the map.
    m_button->setText(tr("Legend"));
    m_button->setCheckable(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setArrowType(Qt::UpArrow);
    m_button->setToolTip(m_action->toolTip());
    m_button->setFocusPolicy(Qt::NoFocus); // the keyboard stays on the map
    m_button->setAutoRaise(false);
    connect(m_button, &QToolButton::toggled, m_action, &QAction::setChecked);
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        m_button->setChecked(on);
        m_button->setArrowType(on ? Qt::DownArrow : Qt::UpArrow);
        QSettings().setValue(QString::fromLatin1(kSettingsKey), on);
        place();
    });
    // Whatever changes on the map may change what the legend lists.
    connect(scene, &QGraphicsScene::changed, this, [this] {
        if (isExpanded())
            place();
    });
    view->installEventFilter(this);
    setAttribute(Qt::WA_NoMousePropagation);
    place();
    show();
}

void LegendOverlay::install(EditorContext &context)
{
    auto *overlay = new LegendOverlay(context.scene, context.view);
    context.menu(MenuId::View)->addAction(overlay->m_action);
    overlay->setExpanded(QSettings().value(QString::fromLatin1(kSettingsKey), false).toBool());
}

bool LegendOverlay::isExpanded() const
{
    return m_action->isChecked();
}

void LegendOverlay::setExpanded(bool on)
{
    m_action->setChecked(on);
}

RenderOptions LegendOverlay::legendOptions() const
{
    RenderOptions o = m_scene->renderOptions();
    o.showLegend = true;
    return o;
}

QRect LegendOverlay::legendArea() const
{
    if (!isExpanded() || m_legend.isEmpty())
        return {};
    return QRect(kPadding, kPadding, qRound(m_legend.width() * m_scale),
                 qRound(m_legend.height() * m_scale));
}

void LegendOverlay::place()
{
    const QSize button = m_button->sizeHint();
    m_legend = isExpanded() ? m_scene->mapPainter().legendBounds(m_scene->document()->session(),
                                                                 legendOptions())
                            : QRectF();
    QSize size = button;
    if (!m_legend.isEmpty()) {
        // At most 45% of the map's width and what its height leaves above the button.
        const double roomW = 0.45 * m_view->width() - 2 * kPadding;
        const double roomH = m_view->height() - 2 * kMargin - button.height() - 3 * kPadding;
        m_scale = std::max(kMinScale,
                           std::min({1.0, roomW / m_legend.width(), roomH / m_legend.height()}));
        const QRect area = legendArea();
        size = QSize(std::max(area.width() + 2 * kPadding, button.width()),
                     area.height() + 3 * kPadding + button.height());
    }
    resize(size);
    m_button->setGeometry(0, size.height() - button.height(), button.width(), button.height());
    move(kMargin, m_view->height() - size.height() - kMargin);
    raise();
    update();
}

bool LegendOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

void LegendOverlay::paintEvent(QPaintEvent *)
{
    const QRect area = legendArea();
    if (area.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setOpacity(0.94); // the map shows through a little: it is an overlay, not a page
    p.translate(area.topLeft());
    p.scale(m_scale, m_scale);
    p.translate(-m_legend.topLeft());
    m_scene->mapPainter().paintLegend(p, m_scene->document()->session(), legendOptions());
}

void LegendOverlay::mousePressEvent(QMouseEvent *event)
{
    // A click on the legend folds it away again.
    setExpanded(false);
    QWidget::mousePressEvent(event);
}

} // namespace nwk
