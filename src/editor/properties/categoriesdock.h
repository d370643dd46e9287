// SPDX-License-Identifier: GPL-3.0-or-later
// The "Categories and Rings" dock: the map's grid editor (CategoryEditor and
// RingEditor). Hidden by default; its toggleViewAction() (Ctrl+Shift+K) shows it
// and puts the focus in the category list.
#pragma once

#include <QDockWidget>

namespace nwk {

class CategoryEditor;
class EditorContext;
class RingEditor;
class SessionDocument;

class CategoriesDock : public QDockWidget {
    Q_OBJECT

public:
    explicit CategoriesDock(SessionDocument *document, QWidget *parent = nullptr);
    /// Map > Categories and Rings: hidden, tabbed with History (full height when shown).
    static void install(EditorContext &context);

    CategoryEditor *categoryEditor() const { return m_categories; }
    RingEditor *ringEditor() const { return m_rings; }

private:
    CategoryEditor *m_categories = nullptr;
    RingEditor *m_rings = nullptr;
};

} // namespace nwk
