// SPDX-License-Identifier: GPL-3.0-or-later
#include "objecteditors.h"

#include "nwk/editor/objectaccess.h"
#include "shared/propertytexts.h"

#include <QFormLayout>
#include <QLabel>

#include <algorithm>

namespace nwk {

// ---- LinkEditor -------------------------------------------------------------------

LinkEditor::LinkEditor(SessionDocument *document, QWidget *parent)
    : ObjectEditor(document, parent)
{
    m_ends = new QLabel(this);
    m_ends->setObjectName(QStringLiteral("linkEndsLabel"));
    m_ends->setWordWrap(true);
    m_kind = enumCombo<LinkField<&Link::kind>>(QStringLiteral("linkKindCombo"), texts::linkKinds(),
                                               tr("Change link kind"));
    m_direction = enumCombo<LinkField<&Link::direction>>(
        QStringLiteral("linkDirectionCombo"), texts::linkDirections(), tr("Change direction"));
    m_label =
        lineEdit<LinkField<&Link::label>>(QStringLiteral("linkLabelEdit"), tr("Edit link label"));
    m_valence = enumCombo<LinkField<&Link::valence>>(QStringLiteral("linkValenceCombo"),
                                                     texts::valences(), tr("Change valence"));
    m_note = textEdit<LinkField<&Link::note>>(QStringLiteral("linkNoteEdit"), tr("Edit link note"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Between:"), m_ends);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Valence:"), m_valence);
    form->addRow(tr("&Note:"), m_note);
    connect(document, &SessionDocument::partnersChanged, this, &LinkEditor::refresh);
}

void LinkEditor::refresh()
{
    RefreshGuard guard(m_refreshing);
    const Session &s = m_document->session();
    const Link *l = s.link(m_id);
    setEnabled(l != nullptr);
    const Link empty;
    const Link &link = l ? *l : empty;
    const QString arrow = link.direction == LinkDirection::OneWay     ? QStringLiteral(" \u2192 ")
                          : link.direction == LinkDirection::BothWays ? QStringLiteral(" \u2194 ")
                                                                      : QStringLiteral(" \u2014 ");
    m_ends->setText(l ? texts::endName(s, link.from) + arrow + texts::endName(s, link.to)
                      : QString());
    m_kind->setCurrentIndex(static_cast<int>(link.kind));
    m_direction->setCurrentIndex(static_cast<int>(link.direction));
    sync(m_label, link.label);
    m_valence->setCurrentIndex(static_cast<int>(link.valence));
    sync(m_note, link.note);
}

// ---- MissingEditor ----------------------------------------------------------------

MissingEditor::MissingEditor(SessionDocument *document, QWidget *parent)
    : ObjectEditor(document, parent)
{
    using M = MissingPartner;
    m_label = lineEdit<ObjectField<M, &M::label>>(QStringLiteral("missingLabelEdit"),
                                                  tr("Edit missing partner"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("missingCategoryCombo"));
    connect(m_category, &QComboBox::activated, this, [this](int index) {
        pushChange<ObjectField<M, &M::category>>(m_category->itemData(index).toString(),
                                                 tr("Change category"), m_category, true);
    });
    m_status = enumCombo<ObjectField<M, &M::status>>(QStringLiteral("missingStatusCombo"),
                                                     texts::missingStatuses(), tr("Change status"));
    m_mentionedBy = new QComboBox(this);
    m_mentionedBy->setObjectName(QStringLiteral("missingMentionedByCombo"));
    connect(m_mentionedBy, &QComboBox::activated, this, [this](int index) {
        pushChange<ObjectField<M, &M::mentionedBy>>(m_mentionedBy->itemData(index).toString(),
                                                    tr("Change mentioned by"), m_mentionedBy, true);
    });
    m_note = textEdit<ObjectField<M, &M::note>>(QStringLiteral("missingNoteEdit"), tr("Edit note"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Mentioned by:"), m_mentionedBy);
    form->addRow(tr("&Note:"), m_note);
    onChange(document, {ChangeKind::Category, ChangeKind::Participant}, this,
             [this] { refresh(); });
}

void MissingEditor::refresh()
{
    RefreshGuard guard(m_refreshing);
    const Session &s = m_document->session();
    const MissingPartner *m = ObjectAccess<MissingPartner>::find(s, m_id);
    setEnabled(m != nullptr);
    const MissingPartner empty;
    const MissingPartner &mp = m ? *m : empty;
    sync(m_label, mp.label);
    m_category->clear();
    m_category->addItem(tr("(none)"), QString());
    for (const Category &c : s.categories)
        m_category->addItem(texts::categoryName(s, c), c.id);
    m_category->setCurrentIndex(std::max(0, m_category->findData(mp.category)));
    m_status->setCurrentIndex(static_cast<int>(mp.status));
    m_mentionedBy->clear();
    m_mentionedBy->addItem(tr("(nobody in particular)"), QString());
    for (const Participant &p : s.participants)
        m_mentionedBy->addItem(
            p.role.isEmpty() ? p.code : p.code + QStringLiteral(" \u2013 ") + p.role, p.id);
    m_mentionedBy->setCurrentIndex(std::max(0, m_mentionedBy->findData(mp.mentionedBy)));
    sync(m_note, mp.note);
}

// ---- GroupEditor ------------------------------------------------------------------

GroupEditor::GroupEditor(SessionDocument *document, QWidget *parent)
    : ObjectEditor(document, parent)
{
    m_label = lineEdit<ObjectField<Group, &Group::label>>(QStringLiteral("groupLabelEdit"),
                                                          tr("Edit group label"));
    m_members = new QLabel(this);
    m_members->setObjectName(QStringLiteral("groupMembersLabel"));
    m_members->setWordWrap(true);
    m_note = textEdit<ObjectField<Group, &Group::note>>(QStringLiteral("groupNoteEdit"),
                                                        tr("Edit group note"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("Members:"), m_members);
    form->addRow(tr("&Note:"), m_note);
    connect(document, &SessionDocument::partnersChanged, this, &GroupEditor::refresh);
}

void GroupEditor::refresh()
{
    RefreshGuard guard(m_refreshing);
    const Session &s = m_document->session();
    const Group *g = ObjectAccess<Group>::find(s, m_id);
    setEnabled(g != nullptr);
    const Group empty;
    const Group &group = g ? *g : empty;
    sync(m_label, group.label);
    QStringList names;
    for (const QString &id : group.members)
        names.append(texts::endName(s, id));
    m_members->setText(tr("%n partner(s): %1", nullptr, static_cast<int>(names.size()))
                           .arg(names.join(QStringLiteral(", "))));
    sync(m_note, group.note);
}

} // namespace nwk
