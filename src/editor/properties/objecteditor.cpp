// SPDX-License-Identifier: GPL-3.0-or-later
#include "objecteditor.h"

#include "nwk/editor/editlayer.h"

#include <QEvent>
#include <QLabel>

namespace nwk {

namespace {
const char *const kBurstProperty = "nwkNewEditBurst";
const char *const kResearchProperty = "nwkResearchField";
const char *const kLockedProperty = "nwkLockedByAnnotationMode";
} // namespace

ObjectEditor::ObjectEditor(SessionDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setEnabled(false);
    // Entering or leaving annotation mode, and a refused edit (whose value a field
    // may show): the fields show the model again, locked or not.
    connect(document, &SessionDocument::annotationModeChanged, this, &ObjectEditor::refresh);
    connect(document, &SessionDocument::groupEditRefused, this, &ObjectEditor::refresh);
}

void ObjectEditor::keepUnlocked(QWidget *w)
{
    w->setProperty(kResearchProperty, true);
}

void ObjectEditor::refresh()
{
    // The lock disables the direct children (a disabled section disables all its
    // fields, whatever the section enables itself); only what it disabled is
    // enabled again, before reload() decides each field's own state.
    const bool locked = m_document->locks(EditLayer::Group);
    const QList<QWidget *> children = findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    if (!locked)
        for (QWidget *w : children)
            if (w->property(kLockedProperty).toBool()) {
                w->setProperty(kLockedProperty, QVariant());
                w->setEnabled(true);
            }
    reload();
    if (!locked)
        return;
    for (QWidget *w : children) {
        if (qobject_cast<QLabel *>(w) || w->property(kResearchProperty).toBool() ||
            !w->isEnabledTo(this))
            continue;
        w->setEnabled(false);
        w->setProperty(kLockedProperty, true);
    }
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
