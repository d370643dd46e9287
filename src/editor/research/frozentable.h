// SPDX-License-Identifier: GPL-3.0-or-later
// A table whose first columns stay in place while the others scroll sideways: Qt's
// frozen-column pattern (a second view on the same model, over the left edge, showing only
// those columns; vertical scrolling and selection shared).
#pragma once

#include <QTableWidget>

class QTableView;

namespace nwk {

class FrozenTable : public QTableWidget {
    Q_OBJECT

public:
    explicit FrozenTable(int frozenColumns, QWidget *parent = nullptr);

    /// The view over the left edge that shows the frozen columns.
    QTableView *frozenView() const { return m_frozen; }
    int frozenColumns() const { return m_columns; }
    /// Pixels the frozen columns take.
    int frozenWidth() const;
    /// After the columns changed: hides the other columns in the frozen view and sizes it.
    void refreshFrozen();

    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    void updateFrozenGeometry();

    QTableView *m_frozen = nullptr;
    int m_columns = 0;
};

} // namespace nwk
