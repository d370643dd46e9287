// SPDX-License-Identifier: GPL-3.0-or-later
#include "maptools.h"

#include "context/editorcontext.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace nwk {

namespace {
QString linkKindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Collaborates:
        return MapTools::tr("collaborates");
    case LinkKind::PartOf:
        return MapTools::tr("part of");
    case LinkKind::Funds:
        return MapTools::tr("funds");
    case LinkKind::RefersTo:
        return MapTools::tr("refers to");
    case LinkKind::MemberOf:
        return MapTools::tr("member of");
    case LinkKind::InitiatedBy:
        return MapTools::tr("initiated by");
    case LinkKind::Imposed:
        return MapTools::tr("imposed");
    case LinkKind::Other:
        return MapTools::tr("other");
    case LinkKind::Via:
        return MapTools::tr("via");
    case LinkKind::FollowsUp:
        return MapTools::tr("follows up");
    }
    return {};
}
} // namespace

// ---- MapFindBar ------------------------------------------------------------------

MapFindBar::MapFindBar(MapScene *scene, MapView *view)
    : QWidget(view)
    , m_scene(scene)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("mapFindBar"));
    setAutoFillBackground(true);
    m_edit->setObjectName(QStringLiteral("mapFindEdit"));
    m_edit->setPlaceholderText(tr("Find a partner"));
    m_edit->setClearButtonEnabled(true);
    auto *closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("\u2715"));
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(closeButton);
    connect(m_edit, &QLineEdit::textChanged, this, &MapFindBar::update);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(closeButton, &QToolButton::clicked, this, &MapFindBar::close);
    connect(scene->document(), &SessionDocument::partnersChanged, this, &MapFindBar::update);
    connect(scene->document(), &SessionDocument::partnersRemoved, this, &MapFindBar::update);
    connect(scene->document(), &SessionDocument::sessionReset, this, &MapFindBar::update);
    m_edit->installEventFilter(this);
    view->installEventFilter(this);
    resize(320, sizeHint().height());
    hide();
}

void MapFindBar::open()
{
    place();
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    update();
}

void MapFindBar::close()
{
    hide();
    m_scene->setFoundPartners({});
    m_view->setFocus(Qt::OtherFocusReason);
}

QStringList MapFindBar::matches() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || isHidden())
        return {};
    QStringList ids;
    const Session &s = m_scene->document()->session();
    for (const QString &id : m_scene->partnerOrder()) {
        const Partner *p = s.partner(id);
        if (p && (p->label.contains(text, Qt::CaseInsensitive) ||
                  p->fullName.contains(text, Qt::CaseInsensitive)))
            ids.append(id);
    }
    return ids;
}

void MapFindBar::update()
{
    const QStringList ids = matches();
    m_scene->setFoundPartners(ids);
    m_count->setText(m_edit->text().trimmed().isEmpty()
                         ? QString()
                         : tr("%n found", nullptr, static_cast<int>(ids.size())));
}

void MapFindBar::findNext(bool forward)
{
    const QStringList ids = matches();
    if (ids.isEmpty())
        return;
    const QStringList selected = m_scene->selectedPartnerIds();
    const int n = static_cast<int>(ids.size());
    int index = forward ? 0 : n - 1;
    if (selected.size() == 1 && ids.contains(selected.front()))
        index = (static_cast<int>(ids.indexOf(selected.front())) + (forward ? 1 : n - 1)) % n;
    m_scene->selectPartners({ids[index]});
    m_view->centerOnPartner(ids[index]);
}

void MapFindBar::place()
{
    const int margin = 8;
    resize(std::min(360, m_view->width() - 2 * margin), sizeHint().height());
    move(m_view->width() - width() - margin, margin);
}

bool MapFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ShiftModifier)) {
            findNext(false);
            return true;
        }
    } else if (watched == m_view && event->type() == QEvent::Resize && isVisible()) {
        place();
    }
    return QWidget::eventFilter(watched, event);
}

// ---- MapTools ------------------------------------------------------------------------

void MapTools::install(EditorContext &context)
{
    new MapTools(context.window, context.menu(MenuId::Map), context.scene, context.view);
}

MapTools::MapTools(QMainWindow *window, QMenu *map, MapScene *scene, MapView *view)
    : QObject(window)
{
    drawLinks = new QAction(tr("Draw &Links"), window);
    drawLinks->setObjectName(QStringLiteral("drawLinksAction"));
    drawLinks->setCheckable(true);
    drawLinks->setShortcut(QKeySequence(tr("L")));
    drawLinks->setToolTip(tr("Drag from one partner to another to link them (L; or Shift-drag "
                             "without the tool; Esc cancels)"));
    connect(drawLinks, &QAction::toggled, scene, &MapScene::setLinkTool);
    connect(scene, &MapScene::linkToolChanged, drawLinks, &QAction::setChecked);

    linkTo = new QAction(tr("Link &To\u2026"), window);
    linkTo->setObjectName(QStringLiteral("linkToAction"));
    linkTo->setShortcut(QKeySequence(tr("Ctrl+K")));
    linkTo->setToolTip(tr("Links the selected partner: Tab to the other partner, then Enter "
                          "(Esc cancels)"));
    connect(linkTo, &QAction::triggered, scene, [scene, view] {
        const QStringList selected = scene->selectedPartnerIds();
        if (selected.size() != 1) {
            Q_EMIT scene->message(tr("Select one partner on the map first (Tab)."));
            return;
        }
        view->setFocus(Qt::ShortcutFocusReason);
        scene->startKeyboardLink(selected.front());
    });

    linkKind = new QComboBox;
    linkKind->setObjectName(QStringLiteral("linkToolKindCombo"));
    linkKind->setToolTip(tr("Kind of the links you draw"));
    for (std::size_t i = 0; i < enumCount<LinkKind>(); ++i)
        linkKind->addItem(linkKindName(static_cast<LinkKind>(i)), static_cast<int>(i));
    connect(linkKind, &QComboBox::currentIndexChanged, scene, [this, scene] {
        scene->setLinkKind(static_cast<LinkKind>(linkKind->currentData().toInt()));
    });

    findBar = new MapFindBar(scene, view);
    find = new QAction(tr("&Find Partner\u2026"), window);
    find->setObjectName(QStringLiteral("findPartnerAction"));
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(tr("Finds partners on the map by name (Ctrl+F; Enter: next)"));
    connect(find, &QAction::triggered, findBar, &MapFindBar::open);
    findNext = new QAction(tr("Find &Next"), window);
    findNext->setShortcut(QKeySequence::FindNext);
    findNext->setToolTip(tr("Select the next partner whose name matches the search"));
    connect(findNext, &QAction::triggered, findBar, [this] {
        if (findBar->isHidden())
            findBar->open();
        else
            findBar->findNext(true);
    });

    rename = new QAction(tr("&Rename Partner"), window);
    rename->setToolTip(tr("Type a new name for the selected partner on the map"));
    rename->setObjectName(QStringLiteral("renamePartnerAction"));
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    connect(rename, &QAction::triggered, view, &MapView::renamePartner);

    auto *bar = window->addToolBar(tr("Map Tools"));
    bar->setObjectName(QStringLiteral("mapToolBar"));
    bar->setAccessibleName(tr("Map tools"));
    linkKind->setAccessibleName(tr("Kind of new links"));
    bar->addAction(drawLinks);
    bar->addWidget(linkKind);
    bar->addSeparator();
    bar->addAction(find);
    map->addSeparator();
    map->addAction(drawLinks);
    map->addAction(linkTo);
    map->addAction(find);
    map->addAction(findNext);
    map->addAction(rename);

    connect(scene, &MapScene::placementHintChanged, window, [window](const QString &text) {
        if (text.isEmpty())
            window->statusBar()->clearMessage();
        else
            window->statusBar()->showMessage(text);
    });
    connect(scene, &MapScene::message, window,
            [window](const QString &text) { window->statusBar()->showMessage(text, 4000); });
}

} // namespace nwk
