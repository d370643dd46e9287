// SPDX-License-Identifier: GPL-3.0-or-later
// The line edit MapView shows over a partner for renaming in place (F2):
// Enter or leaving the field commits, Esc cancels.
#pragma once

#include <QLineEdit>

namespace nwk {

class InlineRenameEdit final : public QLineEdit {
    Q_OBJECT

public:
    explicit InlineRenameEdit(QWidget *parent = nullptr);

Q_SIGNALS:
    void finished(bool commit);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool m_done = false;
};

} // namespace nwk
