// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapaccessible.h"

#include "mapitems.h"
#include "nwk/core/geometry.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/sessiondocument.h"
#include "shared/propertytexts.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QWindow>

#include <utility>

namespace nwk {

namespace {

/// The map's words in the session's language (the language of its labels).
QString say(const Session &s, const char *nl, const char *en)
{
    return QString::fromUtf8(s.meta.language == QStringLiteral("en") ? en : nl);
}

/// "Zorg voor leerlingen" -> "zorg voor leerlingen"; "CLB" stays.
QString inSentence(QString text)
{
    if (text.size() > 1 && text[0].isUpper() && text[1].isLower())
        text[0] = text[0].toLower();
    return text;
}

QString codes(const Session &s, const QStringList &participantIds)
{
    QStringList out;
    for (const QString &id : participantIds)
        out.append(texts::participantName(s, id));
    return out.join(QStringLiteral(", "));
}

MapScene *mapSceneOf(const MapView *view)
{
    return view ? static_cast<MapScene *>(view->scene()) : nullptr;
}

/// One placed partner on the map: a list item of the map's interface.
class PartnerAccessible final : public QAccessibleInterface {
public:
    PartnerAccessible(MapView *view, const QString &partnerId)
        : m_view(view)
        , m_id(partnerId)
    {
    }

    bool isValid() const override
    {
        const MapScene *scene = mapSceneOf(m_view);
        return scene && scene->partnerItem(m_id);
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        const MapScene *scene = mapSceneOf(m_view);
        if (!scene)
            return {};
        const Session &s = scene->document()->session();
        if (t == QAccessible::Name)
            return partnerAccessibleName(s, m_id);
        if (t == QAccessible::Description)
            return partnerAccessibleDescription(s, m_id);
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        const MapScene *scene = mapSceneOf(m_view);
        const QGraphicsItem *item = scene ? scene->partnerItem(m_id) : nullptr;
        if (!item)
            return {};
        const QRect local = m_view->mapFromScene(item->sceneBoundingRect()).boundingRect();
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State st;
        st.focusable = true;
        st.selectable = true;
        const MapScene *scene = mapSceneOf(m_view);
        const QGraphicsItem *item = scene ? scene->partnerItem(m_id) : nullptr;
        if (!item) {
            st.invalid = true;
            return st;
        }
        st.selected = item->isSelected();
        st.focused = st.selected && m_view->hasFocus();
        return st;
    }

    const QString &partnerId() const { return m_id; }

private:
    QPointer<MapView> m_view;
    QString m_id;
};

/// The map view: a list with one item per placed partner (keyboard order),
/// followed by its child widgets (the find bar, the rename field).
class MapViewAccessible final : public QAccessibleWidget {
public:
    explicit MapViewAccessible(MapView *view)
        : QAccessibleWidget(view, QAccessible::List)
    {
    }
    ~MapViewAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_ids))
            QAccessible::deleteAccessibleInterface(id);
    }

    MapView *view() const { return static_cast<MapView *>(widget()); }
    QStringList order() const
    {
        const MapScene *scene = mapSceneOf(view());
        return scene ? scene->partnerOrder() : QStringList();
    }

    QAccessibleInterface *partnerInterface(const QString &id) const
    {
        auto it = m_ids.constFind(id);
        if (it != m_ids.constEnd())
            return QAccessible::accessibleInterface(*it);
        auto *iface = new PartnerAccessible(view(), id);
        m_ids.insert(id, QAccessible::registerAccessibleInterface(iface));
        return iface;
    }

    int childCount() const override
    {
        return static_cast<int>(order().size()) + QAccessibleWidget::childCount();
    }
    QAccessibleInterface *child(int index) const override
    {
        const QStringList ids = order();
        if (index < 0)
            return nullptr;
        if (index < ids.size())
            return partnerInterface(ids[index]);
        return QAccessibleWidget::child(index - static_cast<int>(ids.size()));
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const QStringList ids = order();
        if (child && !child->object()) {
            const auto *partner = static_cast<const PartnerAccessible *>(child);
            const qsizetype i = ids.indexOf(partner->partnerId());
            return i >= 0 && m_ids.contains(partner->partnerId()) ? static_cast<int>(i) : -1;
        }
        const int i = QAccessibleWidget::indexOfChild(child);
        return i < 0 ? -1 : i + static_cast<int>(ids.size());
    }
    QAccessibleInterface *focusChild() const override
    {
        const MapScene *scene = mapSceneOf(view());
        const QStringList selected = scene ? scene->selectedPartnerIds() : QStringList();
        if (view()->hasFocus() && selected.size() == 1)
            return partnerInterface(selected.front());
        return QAccessibleWidget::focusChild();
    }
    QString text(QAccessible::Text t) const override
    {
        QString own = QAccessibleWidget::text(t);
        if (!own.isEmpty())
            return own;
        if (t == QAccessible::Name)
            return MapView::tr("Map");
        if (t == QAccessible::Description)
            return MapView::tr("%n partners on the map. Tab walks them; Ctrl+K links the "
                               "selected one; the Menu key edits it.",
                               nullptr, static_cast<int>(order().size()));
        return {};
    }

private:
    mutable QHash<QString, QAccessible::Id> m_ids;
};

QAccessibleInterface *mapFactory(const QString &className, QObject *object)
{
    if (className == QStringLiteral("nwk::MapView") && object && object->isWidgetType())
        return new MapViewAccessible(static_cast<MapView *>(object));
    return nullptr;
}

} // namespace

QString partnerAccessibleName(const Session &s, const QString &partnerId)
{
    const Partner *p = s.partner(partnerId);
    if (!p || !p->placement)
        return {};
    QStringList parts{p->label.isEmpty() ? p->id : p->label};
    const Category *c = s.category(p->category);
    parts.append(c ? inSentence(texts::categoryName(s, *c))
                   : say(s, "zonder categorie", "no category"));
    const MapGeometry g = MapGeometry::forSession(s);
    switch (p->placement->distanceKind) { // schema 3: how the distance was stated
    case DistanceKind::NotDiscussed:
        parts.append(say(s, "afstand niet besproken", "distance not discussed"));
        break;
    case DistanceKind::OnSchool:
        parts.append(say(s, "op de school", "on the school"));
        break;
    case DistanceKind::InSchool:
        parts.append(say(s, "in de school", "in the school"));
        break;
    case DistanceKind::Ring:
        if (!s.rings.empty())
            parts.append(inSentence(texts::ringName(s, g.ringAt(p->placement->distance))));
        break;
    }
    const int marks = static_cast<int>(p->marks.size());
    if (marks == 0)
        parts.append(say(s, "geen markeringen", "no marks"));
    else if (marks == 1)
        parts.append(say(s, "1 markering", "1 mark"));
    else
        parts.append(say(s, "%1 markeringen", "%1 marks").arg(marks));
    return parts.join(QStringLiteral(", "));
}

QString partnerAccessibleDescription(const Session &s, const QString &partnerId)
{
    const Partner *p = s.partner(partnerId);
    if (!p)
        return {};
    QStringList parts;
    if (!p->fullName.isEmpty() && p->fullName != p->label)
        parts.append(p->fullName);
    if (!p->namedBy.isEmpty())
        parts.append(say(s, "genoemd door %1", "named by %1").arg(codes(s, p->namedBy)));
    if (!p->marks.isEmpty())
        parts.append(say(s, "belangrijk voor %1", "important to %1").arg(codes(s, p->marks)));
    int links = 0;
    for (const Link &l : s.links)
        links += (l.from == partnerId || l.to == partnerId) ? 1 : 0;
    if (links == 1)
        parts.append(say(s, "1 verbinding", "1 link"));
    else if (links > 1)
        parts.append(say(s, "%1 verbindingen", "%1 links").arg(links));
    if (p->disputed)
        parts.append(say(s, "betwist", "disputed"));
    if (!p->notes.isEmpty())
        parts.append(say(s, "met notities", "has notes"));
    return parts.join(QStringLiteral("; "));
}

void installMapAccessibility(MapView *view)
{
    static bool installed = false;
    if (!installed) {
        QAccessible::installFactory(mapFactory);
        installed = true;
    }
    // Qt resolves (and caches) a widget's interface already while widgets are
    // built, before this factory could answer for the view: drop that one.
    QAccessibleInterface *cached = QAccessible::queryAccessibleInterface(view);
    if (cached && !dynamic_cast<MapViewAccessible *>(cached))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(cached));
    MapScene *scene = mapSceneOf(view);
    QObject::connect(scene, &QGraphicsScene::selectionChanged, view, [view, scene] {
        // No QAccessible::isActive() guard: a screen reader may attach later, and
        // the event costs little (one partner's interface, cached).
        const QStringList selected = scene->selectedPartnerIds();
        auto *map = dynamic_cast<MapViewAccessible *>(QAccessible::queryAccessibleInterface(view));
        if (!map || selected.size() != 1)
            return;
        QAccessibleInterface *child = map->partnerInterface(selected.front());
        QAccessibleEvent event(child,
                               view->hasFocus() ? QAccessible::Focus : QAccessible::Selection);
        QAccessible::updateAccessibility(&event);
    });
}

} // namespace nwk
