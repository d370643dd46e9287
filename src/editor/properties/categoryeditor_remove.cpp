// SPDX-License-Identifier: GPL-3.0-or-later
// CategoryEditor: removing a category, at once or by reassigning its partners.
#include "categoryeditor.h"

#include "gridedits.h"
#include "nwk/editor/gridcommands.h"
#include "nwk/editor/sessiondocument.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nwk {

void CategoryEditor::removeCategory()
{
    const Session &s = m_document->session();
    const QString id = currentId();
    const Category *c = s.category(id);
    if (!c || s.categories.size() < 2)
        return;
    const int uses = grid::categoryUseCount(s, id);
    if (uses == 0) {
        m_document->push(
            new GridChange(m_document, grid::removeCategory(s, id, {}), tr("Remove category")));
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("reassignCategoryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Remove Category"));
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(
        tr("\u201c%1\u201d is used by %n partner(s) or missing partner(s). Move them to:", nullptr,
           uses)
            .arg(c->labelNl),
        dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *target = new QComboBox(dialog);
    target->setObjectName(QStringLiteral("reassignTarget"));
    for (const Category &other : s.categories)
        if (other.id != id)
            target->addItem(gridui::swatch(other), other.labelNl, other.id);
    label->setBuddy(target);
    layout->addWidget(target);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("Remove and Move Partners"));
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
            [this, id, target] { removeReassigning(id, target->currentData().toString()); });
    dialog->open();
}

void CategoryEditor::removeReassigning(const QString &id, const QString &target)
{
    const Session &s = m_document->session();
    if (!s.category(id) || !s.category(target))
        return;
    m_document->push(new GridChange(m_document, grid::removeCategory(s, id, target),
                                    tr("Remove category, move partners")));
    selectCategory(target);
}

} // namespace nwk
