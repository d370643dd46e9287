// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomview.h"

#include "context/editorcontext.h"
#include "nwk/editor/cards/focusgroup.h"
#include "nwk/editor/cards/presenterwindow.h"
#include "nwk/editor/mapview.h"
#include "recording/recordingfeature.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace nwk {

RoomView::RoomView(const EditorContext &context, FocusGroup *group)
    : QWidget(context.window)
    , m_window(context.window)
    , m_view(context.view)
    , m_group(group)
    , m_save(context.action(ActionId::Save))
    , m_quit(context.action(ActionId::Quit))
{
    setObjectName(QStringLiteral("roomView"));
    setAccessibleName(tr("Room view"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    setPalette(pal);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_map = new PresenterMap(context.document, this);
    m_map->setHighContrast(true); // projection mode's type and lines, whatever the editor uses
    m_map->setShowTitle(false);   // the room knows its school: the map gets the height
    m_map->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_map);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("roomViewHint"));
    m_hint->setText(tr("Room view \u2013 Esc or F5: back to editing \u00b7 Page Down / Page "
                       "Up: next or previous card"));
    m_hint->setStyleSheet(QStringLiteral("QLabel { background: rgba(30, 30, 30, 200); color: "
                                         "white; padding: 6px 12px; border-radius: 4px; }"));
    m_hintTimer = new QTimer(this);
    m_hintTimer->setSingleShot(true);
    m_hintTimer->setInterval(6000);
    connect(m_hintTimer, &QTimer::timeout, m_hint, &QWidget::hide);
    createJoinPanel();
    hide();
}

void RoomView::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    auto *group = context.feature<FocusGroup>();
    auto *room = new RoomView(context, group);
    context.provide(room);
    const RecordingFeature *recording = context.feature<RecordingFeature>();
    room->m_recordingActions = {recording->startAction, recording->pauseAction,
                                recording->stopAction};
    QAction *action = new QAction(tr("&Room View"), window);
    room->m_action = action;
    action->setObjectName(QStringLiteral("roomViewAction"));
    action->setIcon(QIcon::fromTheme(QStringLiteral("video-display")));
    action->setShortcut(QKeySequence(Qt::Key_F5));
    action->setToolTip(tr("The map in large type over the whole window, for a projector that "
                          "shows this screen (F5 or Esc returns). With a second screen, F5 "
                          "shows the presenter there"));
    // F5 decides between the room view and the presenter window.
    group->togglePresenter->setShortcuts({});
    connect(action, &QAction::triggered, room, &RoomView::toggle);
    window->addAction(action);
    context.menu(MenuId::View)->addAction(action);
    window->installEventFilter(room);
}

void RoomView::createJoinPanel()
{
    m_join = new QWidget(this);
    m_join->setObjectName(QStringLiteral("roomViewJoin"));
    m_join->setAttribute(Qt::WA_StyledBackground);
    m_join->setStyleSheet(QStringLiteral("#roomViewJoin { background: white; border: 2px solid "
                                         "#24415f; border-radius: 8px; }"));
    auto *layout = new QVBoxLayout(m_join);
    m_joinQr = new QLabel(m_join);
    m_joinQr->setAlignment(Qt::AlignCenter);
    m_joinText = new QLabel(m_join);
    m_joinText->setAlignment(Qt::AlignCenter);
    m_joinText->setTextFormat(Qt::PlainText);
    m_joinCode = new QLabel(m_join);
    m_joinCode->setAlignment(Qt::AlignCenter);
    m_joinCode->setTextFormat(Qt::PlainText);
    QFont font = m_joinText->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_joinText->setFont(font);
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    m_joinCode->setFont(font);
    layout->addWidget(m_joinQr);
    layout->addWidget(m_joinText);
    layout->addWidget(m_joinCode);
    m_join->hide();
}

void RoomView::setJoinInfo(const QImage &qr, const QString &url, const QString &code)
{
    if (url.isEmpty()) {
        m_join->hide();
        return;
    }
    m_joinQr->setPixmap(QPixmap::fromImage(qr));
    // The address in two lines (before the token), so that the panel stays narrow.
    QString shown = url;
    shown.replace(QLatin1String("/j/"), QLatin1String("/j/\n"));
    m_joinText->setText(tr("Join from your phone:\n%1").arg(shown));
    m_joinCode->setText(tr("Code %1").arg(code));
    m_join->adjustSize();
    m_join->show();
    m_join->raise();
    placeOverlays();
}

void RoomView::placeOverlays()
{
    m_hint->move((width() - m_hint->width()) / 2, height() - m_hint->height() - 16);
    // Bottom right: the legend has the top right corner.
    m_join->move(width() - m_join->width() - 16, height() - m_join->height() - 16);
}

bool RoomView::hasSecondScreen() const
{
    const QScreen *mine = m_window->screen();
    for (const QScreen *s : QGuiApplication::screens())
        if (s != mine)
            return true;
    return false;
}

void RoomView::toggle()
{
    if (isOpen()) {
        leave();
        return;
    }
    if (m_group->presenter()->isVisible() || hasSecondScreen()) {
        m_group->togglePresenter->trigger();
        return;
    }
    enter();
}

void RoomView::enter()
{
    if (isOpen())
        return;
    m_focusBefore = QApplication::focusWidget();
    // Floating docks are windows of their own, above this one: out of the room's sight.
    m_floatingHidden.clear();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        if (dock->isFloating() && dock->isVisible()) {
            m_floatingHidden.append(dock);
            dock->hide();
        }
    setGeometry(m_window->rect());
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
    m_hint->adjustSize();
    placeOverlays();
    m_hint->show();
    m_hint->raise();
    m_hintTimer->start();
}

void RoomView::leave()
{
    if (!isOpen())
        return;
    hide();
    m_hintTimer->stop();
    for (const QPointer<QDockWidget> &dock : m_floatingHidden)
        if (dock)
            dock->show();
    m_floatingHidden.clear();
    QWidget *back = m_focusBefore ? m_focusBefore.data() : m_view;
    back->setFocus(Qt::OtherFocusReason);
}

bool RoomView::passesThrough(const QKeySequence &key) const
{
    for (const QAction *action : {m_action, m_group->nextCard, m_group->previousCard,
                                  m_group->startRecording, m_save, m_quit})
        if (action->shortcuts().contains(key))
            return true;
    for (const QAction *action : m_recordingActions)
        if (action->shortcuts().contains(key))
            return true;
    return false;
}

bool RoomView::event(QEvent *event)
{
    // The editor underneath is out of sight: its shortcuts (Delete, marks, rename,
    // "/", ...) do not fire; the key comes here instead.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!passesThrough(QKeySequence(key->keyCombination()))) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void RoomView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        leave();
        break;
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Space:
        m_group->nextCard->trigger();
        break;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        m_group->previousCard->trigger();
        break;
    default:
        break;
    }
    event->accept(); // nothing reaches the window underneath
}

bool RoomView::focusNextPrevChild(bool)
{
    return true; // Tab stays here: the widgets underneath are out of sight
}

bool RoomView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && isOpen()) {
        setGeometry(m_window->rect());
        placeOverlays();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace nwk
