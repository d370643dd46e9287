// SPDX-License-Identifier: GPL-3.0-or-later
// The Measures dock (View > Measures): the network measures of the open session
// (core/measures.h), each with its one-line definition as a tooltip. Recomputed on the
// document's signals while the dock is visible; a hidden dock only notes that it is stale
// and recomputes when shown.
#pragma once

#include "nwk/core/measures.h"

#include <QDockWidget>

#include <functional>

class QTreeWidgetItem;

class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace nwk {

class EditorContext;
class SessionDocument;

class MeasuresDock : public QDockWidget {
    Q_OBJECT

public:
    explicit MeasuresDock(SessionDocument *document, QWidget *parent = nullptr);

    /// Adds the dock to the window (hidden) and its toggle to the View menu.
    static void install(EditorContext &context);

    QTreeWidget *summary() const { return m_summary; }
    QTableWidget *categories() const { return m_categories; }
    QTableWidget *partners() const { return m_partners; }
    /// How many times the measures were computed (tests check the dock stays lazy).
    int computeCount() const { return m_computeCount; }
    /// Quiet time after the last change before the measures are computed again.
    static constexpr int kSettleMs = 150;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void changed();
    void recompute();
    /// Widens the docked dock, when first shown, until the Map tab's values are whole.
    void fitToValues();
    void fillSummary(const Measures &m);
    using AddRow = std::function<QTreeWidgetItem *(QTreeWidgetItem *, const QString &,
                                                   const QString &, const QString &)>;
    void fillDistances(const Measures &m, const AddRow &add);
    void fillPriority(const Measures &m, const AddRow &add);
    void fillCategories(const Measures &m);
    void fillPartners(const Measures &m);

    SessionDocument *m_document;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_summary = nullptr;
    QTableWidget *m_categories = nullptr;
    QTableWidget *m_partners = nullptr;
    class QTimer *m_settle = nullptr;
    bool m_stale = true;
    bool m_fitted = false; ///< fitToValues() ran (the user's sizes are kept after)
    int m_computeCount = 0;
};

} // namespace nwk
