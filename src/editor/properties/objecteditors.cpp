// SPDX-License-Identifier: GPL-3.0-or-later
#include "objecteditors.h"

#include "linkstatementsection.h"
#include "missingstatementsection.h"
#include "nwk/editor/objectaccess.h"
#include "shared/propertytexts.h"

#include <QFormLayout>
#include <QLabel>

#include <algorithm>

namespace nwk {

// ---- LinkEditor -------------------------------------------------------------------

struct LinkEditor::Fields {
    QLabel *ends = nullptr;
    QComboBox *kind = nullptr, *direction = nullptr, *valence = nullptr;
    QLineEdit *label = nullptr;
    QPlainTextEdit *note = nullptr;
    LinkStatementSection *statements = nullptr;
};

LinkEditor::LinkEditor(SessionDocument *document, QWidget *parent)
    : ObjectEditor(document, parent)
    , m_fields(std::make_unique<Fields>())
{
    m_fields->ends = new QLabel(this);
    m_fields->ends->setObjectName(QStringLiteral("linkEndsLabel"));
    m_fields->ends->setWordWrap(true);
    m_fields->kind = enumCombo<LinkField<&Link::kind>>(QStringLiteral("linkKindCombo"),
                                                       texts::linkKinds(), tr("Change link kind"));
    m_fields->direction = enumCombo<LinkField<&Link::direction>>(
        QStringLiteral("linkDirectionCombo"), texts::linkDirections(), tr("Change direction"));
    m_fields->label =
        lineEdit<LinkField<&Link::label>>(QStringLiteral("linkLabelEdit"), tr("Edit link label"));
    m_fields->valence = enumCombo<LinkField<&Link::valence>>(
        QStringLiteral("linkValenceCombo"), texts::valences(), tr("Change valence"));
    m_fields->note =
        textEdit<LinkField<&Link::note>>(QStringLiteral("linkNoteEdit"), tr("Edit link note"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Between:"), m_fields->ends);
    form->addRow(tr("&Kind:"), m_fields->kind);
    form->addRow(tr("&Direction:"), m_fields->direction);
    form->addRow(tr("&Label:"), m_fields->label);
    form->addRow(tr("&Valence:"), m_fields->valence);
    m_fields->statements = new LinkStatementSection(document, this);
    m_fields->statements->addRowsTo(form);
    form->addRow(tr("&Note:"), m_fields->note);
    connect(document, &SessionDocument::partnersChanged, this, &LinkEditor::refresh);
}

LinkEditor::~LinkEditor() = default;

void LinkEditor::reload()
{
    RefreshGuard guard(m_refreshing);
    const Session &s = m_document->session();
    const Link *l = s.link(m_id);
    const Link &link = shown(l);
    const QString arrow = link.direction == LinkDirection::OneWay     ? QStringLiteral(" \u2192 ")
                          : link.direction == LinkDirection::BothWays ? QStringLiteral(" \u2194 ")
                                                                      : QStringLiteral(" \u2014 ");
    m_fields->statements->setObjectId(l ? m_id : QString());
    m_fields->ends->setText(l ? texts::endName(s, link.from) + arrow + texts::endName(s, link.to)
                              : QString());
    m_fields->kind->setCurrentIndex(static_cast<int>(link.kind));
    m_fields->direction->setCurrentIndex(static_cast<int>(link.direction));
    sync(m_fields->label, link.label);
    m_fields->valence->setCurrentIndex(static_cast<int>(link.valence));
    sync(m_fields->note, link.note);
}

// ---- MissingEditor ----------------------------------------------------------------

struct MissingEditor::Fields {
    QLineEdit *label = nullptr;
    QComboBox *category = nullptr, *status = nullptr, *mentionedBy = nullptr;
    QPlainTextEdit *note = nullptr;
    MissingStatementSection *statements = nullptr;
};

MissingEditor::MissingEditor(SessionDocument *document, QWidget *parent)
    : ObjectEditor(document, parent)
    , m_fields(std::make_unique<Fields>())
{
    using M = MissingPartner;
    m_fields->label = lineEdit<ObjectField<M, &M::label>>(QStringLiteral("missingLabelEdit"),
                                                          tr("Edit missing partner"));
    m_fields->category = new QComboBox(this);
    m_fields->category->setObjectName(QStringLiteral("missingCategoryCombo"));
    connect(m_fields->category, &QComboBox::activated, this, [this](int index) {
        pushChange<ObjectField<M, &M::category>>(m_fields->category->itemData(index).toString(),
                                                 tr("Change category"), m_fields->category, true);
    });
    m_fields->status = enumCombo<ObjectField<M, &M::status>>(
        QStringLiteral("missingStatusCombo"), texts::missingStatuses(), tr("Change status"));
    m_fields->mentionedBy = new QComboBox(this);
    m_fields->mentionedBy->setObjectName(QStringLiteral("missingMentionedByCombo"));
    connect(m_fields->mentionedBy, &QComboBox::activated, this, [this](int index) {
        pushChange<ObjectField<M, &M::mentionedBy>>(
            m_fields->mentionedBy->itemData(index).toString(), tr("Change mentioned by"),
            m_fields->mentionedBy, true);
    });
    m_fields->note =
        textEdit<ObjectField<M, &M::note>>(QStringLiteral("missingNoteEdit"), tr("Edit note"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Label:"), m_fields->label);
    form->addRow(tr("&Category:"), m_fields->category);
    form->addRow(tr("&Status:"), m_fields->status);
    form->addRow(tr("&Mentioned by:"), m_fields->mentionedBy);
    m_fields->statements = new MissingStatementSection(document, this);
    m_fields->statements->addRowsTo(form);
    form->addRow(tr("&Note:"), m_fields->note);
    onChange(document, {ChangeKind::Category, ChangeKind::Participant}, this,
             [this] { refresh(); });
}

MissingEditor::~MissingEditor() = default;

void MissingEditor::reload()
{
    RefreshGuard guard(m_refreshing);
    const Session &s = m_document->session();
    const MissingPartner *m = ObjectAccess<MissingPartner>::find(s, m_id);
    const MissingPartner &mp = shown(m);
    m_fields->statements->setObjectId(m ? m_id : QString());
    sync(m_fields->label, mp.label);
    m_fields->category->clear();
    m_fields->category->addItem(tr("(none)"), QString());
    for (const Category &c : s.categories)
        m_fields->category->addItem(texts::categoryName(s, c), c.id);
    m_fields->category->setCurrentIndex(std::max(0, m_fields->category->findData(mp.category)));
    m_fields->status->setCurrentIndex(static_cast<int>(mp.status));
    m_fields->mentionedBy->clear();
    m_fields->mentionedBy->addItem(tr("(nobody in particular)"), QString());
    for (const Participant &p : s.participants)
        m_fields->mentionedBy->addItem(
            p.role.isEmpty() ? p.code : p.code + QStringLiteral(" \u2013 ") + p.role, p.id);
    m_fields->mentionedBy->setCurrentIndex(
        std::max(0, m_fields->mentionedBy->findData(mp.mentionedBy)));
    sync(m_fields->note, mp.note);
}

// ---- GroupEditor ------------------------------------------------------------------

struct GroupEditor::Fields {
    QLineEdit *label = nullptr;
    QLabel *members = nullptr;
    QPlainTextEdit *note = nullptr;
};

GroupEditor::GroupEditor(SessionDocument *document, QWidget *parent)
    : ObjectEditor(document, parent)
    , m_fields(std::make_unique<Fields>())
{
    m_fields->label = lineEdit<ObjectField<Group, &Group::label>>(QStringLiteral("groupLabelEdit"),
                                                                  tr("Edit group label"));
    m_fields->members = new QLabel(this);
    m_fields->members->setObjectName(QStringLiteral("groupMembersLabel"));
    m_fields->members->setWordWrap(true);
    m_fields->note = textEdit<ObjectField<Group, &Group::note>>(QStringLiteral("groupNoteEdit"),
                                                                tr("Edit group note"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Label:"), m_fields->label);
    form->addRow(tr("Members:"), m_fields->members);
    form->addRow(tr("&Note:"), m_fields->note);
    connect(document, &SessionDocument::partnersChanged, this, &GroupEditor::refresh);
}

GroupEditor::~GroupEditor() = default;

void GroupEditor::reload()
{
    RefreshGuard guard(m_refreshing);
    const Session &s = m_document->session();
    const Group *g = ObjectAccess<Group>::find(s, m_id);
    const Group &group = shown(g);
    sync(m_fields->label, group.label);
    QStringList names;
    for (const QString &id : group.members)
        names.append(texts::endName(s, id));
    m_fields->members->setText(tr("%n partner(s): %1", nullptr, static_cast<int>(names.size()))
                                   .arg(names.join(QStringLiteral(", "))));
    sync(m_fields->note, group.note);
}

} // namespace nwk
