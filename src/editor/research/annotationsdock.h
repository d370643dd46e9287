// SPDX-License-Identifier: GPL-3.0-or-later
// The Annotations dock: the researcher's annotations as a list (what about, memo,
// codes, author, time), filterable by code and by author. Double-click selects
// the annotated object on the map (or shows the cards dock for notes and quotes).
#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace nwk {

class AnnotationUi;
class EditorContext;
class MapScene;
class MapView;
class SessionDocument;

class AnnotationsDock : public QDockWidget {
    Q_OBJECT

public:
    AnnotationsDock(const EditorContext &context, AnnotationUi *ui);

    QTreeWidget *list() const { return m_list; }
    QComboBox *codeFilter() const { return m_codeFilter; }
    QComboBox *authorFilter() const { return m_authorFilter; }
    /// Ids of the annotations listed now (after filtering), in list order.
    QStringList shownIds() const;
    /// View > Show Annotations: the list is hidden with the map's layer.
    void setLayerVisible(bool on);
    /// Selects the annotated object of annotation `id` (what double-click does).
    void showTarget(const QString &annotationId);

private:
    void refresh();
    void refreshFilters();
    QString currentId() const;

    SessionDocument *m_document;
    AnnotationUi *m_ui;
    MapScene *m_scene;
    MapView *m_view;
    QDockWidget *m_cards; ///< shown for an annotation of a card note or quote
    QComboBox *m_codeFilter = nullptr;
    QComboBox *m_authorFilter = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_hidden = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace nwk
