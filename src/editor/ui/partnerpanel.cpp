// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerpanel.h"

#include "nwk/editor/changevalue.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/sessiondocument.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nwk {

PartnerPanel::PartnerPanel(SessionDocument *document, MapScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scene(scene)
{
    m_hint = new QLabel(tr("Select one partner on the map to edit it."), this);
    m_hint->setWordWrap(true);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("partnerLabelEdit"));
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("partnerFullNameEdit"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("partnerNotesEdit"));
    m_notes->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("F&ull name:"), m_fullName);
    form->addRow(tr("&Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_document->undoStack()->push(new ChangeValue<PartnerField<&Partner::label>>(
            m_document, m_partnerId, text, tr("Edit label")));
    });
    connect(m_fullName, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_document->undoStack()->push(new ChangeValue<PartnerField<&Partner::fullName>>(
            m_document, m_partnerId, text, tr("Edit full name")));
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_refreshing)
            return;
        m_document->undoStack()->push(new ChangeValue<PartnerField<&Partner::notes>>(
            m_document, m_partnerId, m_notes->toPlainText(), tr("Edit notes")));
    });

    connect(scene, &QGraphicsScene::selectionChanged, this, &PartnerPanel::onSelectionChanged);
    connect(document, &SessionDocument::partnersChanged, this, [this](const QStringList &ids) {
        if (ids.contains(m_partnerId))
            refresh();
    });
    connect(document, &SessionDocument::partnersRemoved, this, &PartnerPanel::onSelectionChanged);
    connect(document, &SessionDocument::sessionReset, this, &PartnerPanel::onSelectionChanged);
    onSelectionChanged();
}

void PartnerPanel::onSelectionChanged()
{
    const QStringList ids = m_scene->selectedPartnerIds();
    m_partnerId = ids.size() == 1 ? ids.front() : QString();
    refresh();
}

void PartnerPanel::refresh()
{
    const Partner *p = m_document->session().partner(m_partnerId);
    const bool on = p != nullptr;
    m_hint->setVisible(!on);
    for (QWidget *w : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_fullName),
                       static_cast<QWidget *>(m_notes)})
        w->setEnabled(on);
    m_refreshing = true;
    // Only replace text that differs: while the user types, the model already
    // holds what the field shows, and setText() would move the cursor.
    auto sync = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    sync(m_label, on ? p->label : QString());
    sync(m_fullName, on ? p->fullName : QString());
    const QString notes = on ? p->notes : QString();
    if (m_notes->toPlainText() != notes)
        m_notes->setPlainText(notes);
    m_refreshing = false;
}

} // namespace nwk
