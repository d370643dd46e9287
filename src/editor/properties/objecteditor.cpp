// SPDX-License-Identifier: GPL-3.0-or-later
#include "objecteditor.h"

#include <QEvent>

namespace nwk {

namespace {
const char *const kBurstProperty = "nwkNewEditBurst";
}

ObjectEditor::ObjectEditor(SessionDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setEnabled(false);
}

void ObjectEditor::setObjectId(const QString &id)
{
    if (id != m_id) {
        // Another object: whatever is typed next is a new step.
        for (QWidget *w : findChildren<QWidget *>())
            if (w->property(kBurstProperty).isValid())
                w->setProperty(kBurstProperty, true);
    }
    m_id = id;
    setEnabled(!m_id.isEmpty());
    refresh();
}

void ObjectEditor::watchBurst(QWidget *w)
{
    w->setProperty(kBurstProperty, true);
    w->installEventFilter(this);
}

bool ObjectEditor::startsBurst(QWidget *w)
{
    if (!w || !w->property(kBurstProperty).toBool())
        return false;
    w->setProperty(kBurstProperty, false);
    return true;
}

bool ObjectEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && watched->property(kBurstProperty).isValid())
        watched->setProperty(kBurstProperty, true);
    return QWidget::eventFilter(watched, event);
}

void ObjectEditor::sync(QLineEdit *edit, const QString &text)
{
    // Only replace text that differs: while the user types, the model already
    // holds what the field shows, and setText() would move the cursor.
    if (edit->text() != text)
        edit->setText(text);
}

void ObjectEditor::sync(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace nwk
