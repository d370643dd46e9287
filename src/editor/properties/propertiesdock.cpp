// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertiesdock.h"

#include "context/editorcontext.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"
#include "objecteditors.h"
#include "partnereditor.h"
#include "scene/mapitems.h"

#include <QLabel>
#include <QMainWindow>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nwk {

namespace {
QWidget *page(QWidget *editor, const QString &title, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *layout = new QVBoxLayout(inner);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), inner);
    layout->addWidget(heading);
    layout->addWidget(editor);
    layout->addStretch();
    scroll->setWidget(inner);
    return scroll;
}
} // namespace

void PropertiesDock::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    QDockWidget *history = context.dock(DockId::History);
    auto *dock = new PropertiesDock(context.document, context.scene, window);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    window->splitDockWidget(dock, history, Qt::Vertical);
    window->resizeDocks({dock, history}, {640, 160}, Qt::Vertical);
    context.registerDock(DockId::Properties, dock);
    context.provide(dock);
}

PropertiesDock::PropertiesDock(SessionDocument *document, MapScene *scene, QWidget *parent)
    : QDockWidget(tr("Properties"), parent)
    , m_document(document)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("propertiesDock"));
    m_stack = new QStackedWidget(this);
    m_hint = new QLabel(m_stack);
    m_hint->setObjectName(QStringLiteral("propertiesHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_hint->setMargin(8);
    m_partner = new PartnerEditor(document);
    m_link = new LinkEditor(document);
    m_missing = new MissingEditor(document);
    m_group = new GroupEditor(document);
    m_stack->addWidget(m_hint);
    m_stack->addWidget(page(m_partner, tr("Partner"), m_stack));
    m_stack->addWidget(page(m_link, tr("Link"), m_stack));
    m_stack->addWidget(page(m_missing, tr("Missing partner"), m_stack));
    m_stack->addWidget(page(m_group, tr("Group"), m_stack));
    setWidget(m_stack);

    connect(scene, &QGraphicsScene::selectionChanged, this, &PropertiesDock::followSelection);
    connect(document, &SessionDocument::sessionReset, this, &PropertiesDock::followSelection);
    connect(document, &SessionDocument::partnersChanged, this,
            [this](const QStringList &ids) { onChanged(Kind::Partner, ids); });
    connect(document, &SessionDocument::partnersRemoved, this,
            [this](const QStringList &ids) { onRemoved(Kind::Partner, ids); });
    connect(document, &SessionDocument::linksChanged, this,
            [this](const QStringList &ids) { onChanged(Kind::Link, ids); });
    connect(document, &SessionDocument::linksRemoved, this,
            [this](const QStringList &ids) { onRemoved(Kind::Link, ids); });
    connect(document, &SessionDocument::missingPartnersChanged, this,
            [this](const QStringList &ids) { onChanged(Kind::MissingPartner, ids); });
    connect(document, &SessionDocument::missingPartnersRemoved, this,
            [this](const QStringList &ids) { onRemoved(Kind::MissingPartner, ids); });
    connect(document, &SessionDocument::groupsChanged, this,
            [this](const QStringList &ids) { onChanged(Kind::Group, ids); });
    connect(document, &SessionDocument::groupsRemoved, this,
            [this](const QStringList &ids) { onRemoved(Kind::Group, ids); });
    followSelection();
}

ObjectEditor *PropertiesDock::editor(Kind kind) const
{
    switch (kind) {
    case Kind::Partner:
        return m_partner;
    case Kind::Link:
        return m_link;
    case Kind::MissingPartner:
        return m_missing;
    case Kind::Group:
        return m_group;
    case Kind::None:
        break;
    }
    return nullptr;
}

QString PropertiesDock::currentId() const
{
    const ObjectEditor *e = editor(m_kind);
    return e ? e->objectId() : QString();
}

void PropertiesDock::showPartner(const QString &id)
{
    showObject(Kind::Partner, id);
}
void PropertiesDock::showLink(const QString &id)
{
    showObject(Kind::Link, id);
}
void PropertiesDock::showMissingPartner(const QString &id)
{
    showObject(Kind::MissingPartner, id);
}
void PropertiesDock::showGroup(const QString &id)
{
    showObject(Kind::Group, id);
}

void PropertiesDock::showObject(Kind kind, const QString &id)
{
    for (Kind k : {Kind::Partner, Kind::Link, Kind::MissingPartner, Kind::Group})
        if (k != kind && editor(k)->isEnabled())
            editor(k)->setObjectId(QString());
    m_kind = id.isEmpty() ? Kind::None : kind;
    if (m_kind == Kind::None) {
        followSelection();
        return;
    }
    editor(kind)->setObjectId(id);
    m_stack->setCurrentIndex(static_cast<int>(kind));
}

void PropertiesDock::showHint(const QString &text)
{
    for (Kind k : {Kind::Partner, Kind::Link, Kind::MissingPartner, Kind::Group})
        editor(k)->setObjectId(QString());
    m_kind = Kind::None;
    m_hint->setText(text);
    m_stack->setCurrentWidget(m_hint);
}

void PropertiesDock::followSelection()
{
    const QStringList partners = m_scene->selectedPartnerIds();
    const QStringList links = m_scene->selectedLinkIds();
    QStringList missing, groups;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == MissingItem::Type)
            missing.append(static_cast<MissingItem *>(item)->missingId());
        else if (item->type() == GroupItem::Type)
            groups.append(static_cast<GroupItem *>(item)->groupId());
    }
    const qsizetype total = partners.size() + links.size() + missing.size() + groups.size();
    if (total == 1) {
        if (!partners.isEmpty())
            showObject(Kind::Partner, partners.front());
        else if (!links.isEmpty())
            showObject(Kind::Link, links.front());
        else if (!missing.isEmpty())
            showObject(Kind::MissingPartner, missing.front());
        else
            showObject(Kind::Group, groups.front());
        return;
    }
    // Keep an object shown on request (e.g. from a panel) while the map selects nothing.
    if (total == 0 && m_kind != Kind::None && m_kind != Kind::Partner && m_kind != Kind::Link &&
        !currentId().isEmpty())
        return;
    if (total == 0)
        showHint(tr("Select a partner or a link on the map to see and edit its properties."));
    else
        showHint(tr("%n objects selected. Select one to edit its properties.", nullptr,
                    static_cast<int>(total)));
}

void PropertiesDock::onChanged(Kind kind, const QStringList &ids)
{
    if (kind == m_kind && ids.contains(currentId()))
        editor(kind)->refresh();
}

void PropertiesDock::onRemoved(Kind kind, const QStringList &ids)
{
    if (kind == m_kind && ids.contains(currentId())) {
        editor(kind)->setObjectId(QString());
        m_kind = Kind::None;
        followSelection();
    }
}

} // namespace nwk
