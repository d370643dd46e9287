// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectionmode.h"

#include "context/editorcontext.h"
#include "nwk/editor/cards/focusgroup.h"
#include "nwk/editor/cards/presenterwindow.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>

namespace nwk {

ProjectionMode::ProjectionMode(QMainWindow *window, MapScene *scene, MapView *view,
                               PresenterWindow *presenter)
    : QObject(window)
    , m_scene(scene)
    , m_view(view)
    , m_presenter(presenter)
{
    setObjectName(QStringLiteral("projectionMode"));
    m_action = new QAction(tr("&Projection Mode"), window);
    m_action->setObjectName(QStringLiteral("projectionModeAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_action->setIcon(QIcon::fromTheme(QStringLiteral("video-display")));
    m_action->setToolTip(tr("Large type, thick lines and high contrast on the map and the "
                            "presenter window, for a projector (Ctrl+Shift+P)"));
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        apply(on);
        QSettings().setValue(QString::fromLatin1(kSettingsKey), on);
    });
}

void ProjectionMode::install(EditorContext &context)
{
    auto *mode = new ProjectionMode(context.window, context.scene, context.view,
                                    context.feature<FocusGroup>()->presenter());
    QMenu *viewMenu = context.menu(MenuId::View);
    viewMenu->addSeparator();
    viewMenu->addAction(mode->m_action);
    const bool saved = QSettings().value(QString::fromLatin1(kSettingsKey), false).toBool();
    mode->m_action->setChecked(saved); // toggled() applies it
}

bool ProjectionMode::isOn() const
{
    return m_action->isChecked();
}

void ProjectionMode::setOn(bool on)
{
    m_action->setChecked(on);
}

void ProjectionMode::apply(bool on)
{
    RenderOptions options = m_scene->baseRenderOptions();
    if (options.highContrast != on) {
        options.highContrast = on;
        m_scene->setRenderOptions(options);
    }
    // Around the map: the map's own background (the canvas is the map, not a page).
    m_view->setBackgroundBrush(m_scene->mapPainter().style().background);
    m_presenter->setHighContrast(on);
    if (m_view->isFitting())
        m_view->fitToWindow();
}

} // namespace nwk
