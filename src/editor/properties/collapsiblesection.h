// SPDX-License-Identifier: GPL-3.0-or-later
// A titled section of the Properties dock that opens and closes with its header
// button (closed by default), so that statements the group rarely makes keep the
// dock short on a laptop screen (issue #21). The header says how many statements
// the section holds while it is closed.
#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QToolButton;
class QVBoxLayout;

namespace nwk {

class CollapsibleSection : public QWidget {
    Q_OBJECT

public:
    /// `objectName`: of the header button (tests and the accessibility tree find it).
    CollapsibleSection(const QString &title, const QString &objectName, QWidget *parent = nullptr);

    /// The widget that holds the section's fields (add a layout to it).
    QWidget *body() const { return m_body; }
    bool isOpen() const;
    void setOpen(bool open);
    /// Shows "title (n)" in the header when n > 0.
    void setCount(int n);

private:
    QString m_title;
    QToolButton *m_header = nullptr;
    QWidget *m_body = nullptr;
};

/// A form of a section: labels above their fields when the dock is narrow, so that the
/// page never needs a horizontal scroll bar.
QFormLayout *sectionForm(QWidget *parent);
/// Adds `text` as a label above `field` (its buddy), both the width of the form.
void addWideRow(QFormLayout *form, const QString &text, QWidget *field);
/// Lets `combo` be narrower than its longest entry (elided).
void narrowCombo(QComboBox *combo);

} // namespace nwk
