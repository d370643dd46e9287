// SPDX-License-Identifier: GPL-3.0-or-later
#include "inlinerename.h"

#include <QKeyEvent>

namespace nwk {

InlineRenameEdit::InlineRenameEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("inlineRenameEdit"));
}

void InlineRenameEdit::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
        event->accept();
        if (!m_done) {
            m_done = true;
            Q_EMIT finished(event->key() != Qt::Key_Escape);
        }
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void InlineRenameEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (!m_done && event->reason() != Qt::PopupFocusReason) {
        m_done = true;
        Q_EMIT finished(true);
    }
}

} // namespace nwk
