// SPDX-License-Identifier: GPL-3.0-or-later
// The Properties dock: one editor per object kind (partner, link, missing
// partner, group) in a stack; it shows the editor for the current selection.
// It follows the map's selection (QGraphicsScene::selectionChanged) and the
// document's signals (an undo updates the fields shown); other panels may show
// an object directly (showMissingPartner(), showGroup(), ...).
#pragma once

#include <QDockWidget>

class QLabel;
class QStackedWidget;

namespace nwk {

class EditorContext;
class GroupEditor;
class LinkEditor;
class MapScene;
class MissingEditor;
class ObjectEditor;
class PartnerEditor;
class SessionDocument;

class PropertiesDock : public QDockWidget {
    Q_OBJECT

public:
    enum class Kind { None, Partner, Link, MissingPartner, Group };

    PropertiesDock(SessionDocument *document, MapScene *scene, QWidget *parent = nullptr);
    /// Right of the map, above History; provides itself to later features.
    static void install(EditorContext &context);

    Kind currentKind() const { return m_kind; }
    /// Id of the object shown; empty when none.
    QString currentId() const;

public Q_SLOTS:
    void showPartner(const QString &id);
    void showLink(const QString &id);
    void showMissingPartner(const QString &id);
    void showGroup(const QString &id);
    /// Shows the map's selection: the one selected partner or link, else a hint.
    void followSelection();

private:
    void showObject(Kind kind, const QString &id);
    void showHint(const QString &text);
    /// After a change of objects of `kind`: refresh or leave when ours is gone.
    void onChanged(Kind kind, const QStringList &ids);
    void onRemoved(Kind kind, const QStringList &ids);
    ObjectEditor *editor(Kind kind) const;

    SessionDocument *m_document;
    MapScene *m_scene;
    Kind m_kind = Kind::None;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_hint = nullptr;
    PartnerEditor *m_partner = nullptr;
    LinkEditor *m_link = nullptr;
    MissingEditor *m_missing = nullptr;
    GroupEditor *m_group = nullptr;
};

} // namespace nwk
