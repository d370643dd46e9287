// SPDX-License-Identifier: GPL-3.0-or-later
#include "missingdock.h"

#include "nwk/editor/markcommands.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/sessiondocument.h"
#include "sessiontablemodel.h"
#include "shared/capturenotice.h"
#include "shared/enterkey.h"
#include "shared/plaintip.h"
#include "shared/rolestyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nwk {

namespace {

const MissingPartner &at(const Session &s, int row)
{
    return s.missingPartners[static_cast<std::size_t>(row)];
}

QString categoryLabel(const Session &s, const Category &c)
{
    const QString label = s.meta.language == QStringLiteral("en") ? c.labelEn : c.labelNl;
    return label.isEmpty() ? c.id : label;
}

/// Option 0 is "none"; option i + 1 is category i.
QStringList categoryOptions(const Session &s)
{
    QStringList options{MissingDock::tr("(no category)")};
    for (const Category &c : s.categories)
        options.append(categoryLabel(s, c));
    return options;
}

/// Option 0 is "nobody"; option i + 1 is participant i.
QStringList participantOptions(const Session &s)
{
    QStringList options{MissingDock::tr("(nobody)")};
    for (const Participant &p : s.participants)
        options.append(participantTitle(p));
    return options;
}

template <auto Member, typename Value>
QUndoCommand *setField(SessionDocument *document, const QString &id, Value value,
                       const QString &text)
{
    return cellEdit<MissingPartner, Member>(document, id, std::move(value), text);
}

} // namespace

MissingDock::MissingDock(SessionDocument *document, QWidget *parent)
    : SessionTableDock(tr("Missing Partners"), QStringLiteral("missingDock"), document,
                       &Session::missingPartners, parent)
{
    addColumns();
    buildContent();

    auto reload = [this] { m_model->reload(); };
    connect(document, &SessionDocument::missingPartnersAdded, this, reload);
    connect(document, &SessionDocument::missingPartnersChanged, this, reload);
    connect(document, &SessionDocument::missingPartnersRemoved, this, reload);
    onChange(document, {ChangeKind::Category}, this, [this, reload] {
        reload();
        fillCombos();
    });
    onChange(document, {ChangeKind::Participant}, this, [this, reload] {
        reload();
        fillCombos();
    });
    connect(document, &SessionDocument::sessionReset, this, [this, reload] {
        reload();
        fillCombos();
    });
    fillCombos();
}

void MissingDock::fillCombos()
{
    const Session &s = m_document->session();
    auto refill = [](QComboBox *combo, const QStringList &items) {
        const int old = combo->currentIndex();
        combo->clear();
        combo->addItems(items);
        combo->setCurrentIndex(old >= 0 && old < combo->count() ? old : 0);
    };
    refill(m_category, categoryOptions(s));
    refill(m_mentionedBy, participantOptions(s));
}

void MissingDock::addFromForm()
{
    const QString label = m_label->text().trimmed();
    if (label.isEmpty())
        return;
    const Session &s = m_document->session();
    MissingPartner m;
    m.id = uniqueId(s, QStringLiteral("mp"));
    m.label = label;
    const int category = m_category->currentIndex() - 1;
    if (category >= 0 && category < static_cast<int>(s.categories.size()))
        m.category = s.categories[static_cast<std::size_t>(category)].id;
    m.status = static_cast<MissingStatus>(std::max(0, m_status->currentIndex()));
    const int who = m_mentionedBy->currentIndex() - 1;
    if (who >= 0 && who < static_cast<int>(s.participants.size()))
        m.mentionedBy = s.participants[static_cast<std::size_t>(who)].id;
    m_document->push(new AddObject<MissingPartner>(
        m_document, m, tr("Add missing partner \u201c%1\u201d").arg(label)));
    m_label->clear();
    //: Status bar after a missing partner is added: %1 its name, %2 its status
    noticeCapture(this, tr("Missing partner kept: %1 \u2014 %2")
                            .arg(quotedSnippet(label), m_status->currentText()));
    const int row = m_model->rowOf(m.id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, LabelColumn));
}

void MissingDock::removeCurrent()
{
    if (QUndoCommand *command = makeRemoveMissingCommand(m_document, currentRowId()))
        m_document->push(command);
}

void MissingDock::addColumns()
{
    m_model->addColumn(textColumn<MissingPartner, &MissingPartner::label>(
        &Session::missingPartners, tr("Label"), tr("Edit missing partner"), true));
    m_model->addColumn(
        {tr("Category"),
         [](const Session &s, int row, int role) -> QVariant {
             const int i = s.categoryIndex(at(s, row).category);
             if (role == Qt::DisplayRole || role == Qt::ToolTipRole) // cut in a narrow dock
                 return i < 0 ? QString() : categoryLabel(s, s.categories[std::size_t(i)]);
             if (role == Qt::EditRole)
                 return i + 1;
             return {};
         },
         [this](int row, const QVariant &value) -> QUndoCommand * {
             const Session &s = m_document->session();
             const int i = value.toInt() - 1;
             if (i >= static_cast<int>(s.categories.size()))
                 return nullptr;
             const QString category = i < 0 ? QString() : s.categories[std::size_t(i)].id;
             return setField<&MissingPartner::category>(m_document, at(s, row).id, category,
                                                        tr("Change category"));
         },
         [this] { return categoryOptions(m_document->session()); }});
    m_model->addColumn({tr("Status"),
                        [](const Session &s, int row, int role) -> QVariant {
                            if (role == Qt::DisplayRole)
                                return missingStatusName(at(s, row).status);
                            if (role == Qt::EditRole)
                                return static_cast<int>(at(s, row).status);
                            return {};
                        },
                        [this](int row, const QVariant &value) -> QUndoCommand * {
                            const int i = value.toInt();
                            if (i < 0 || i >= static_cast<int>(enumCount<MissingStatus>()))
                                return nullptr;
                            return setField<&MissingPartner::status>(
                                m_document, at(m_document->session(), row).id,
                                static_cast<MissingStatus>(i), tr("Change status"));
                        },
                        [] { return missingStatusNames(); }});
    m_model->addColumn({tr("Mentioned by"),
                        [](const Session &s, int row, int role) -> QVariant {
                            const Participant *p = s.participant(at(s, row).mentionedBy);
                            if (role == Qt::DisplayRole)
                                return p ? p->code : QString();
                            if (role == Qt::ToolTipRole)
                                return p ? plainToolTip(participantTitle(*p)) : QString();
                            if (role == Qt::EditRole)
                                return p ? ObjectAccess<Participant>::index(s, p->id) + 1 : 0;
                            return {};
                        },
                        [this](int row, const QVariant &value) -> QUndoCommand * {
                            const Session &s = m_document->session();
                            const int i = value.toInt() - 1;
                            if (i >= static_cast<int>(s.participants.size()))
                                return nullptr;
                            const QString who =
                                i < 0 ? QString() : s.participants[std::size_t(i)].id;
                            return setField<&MissingPartner::mentionedBy>(
                                m_document, at(s, row).id, who, tr("Change mentioned by"));
                        },
                        [this] { return participantOptions(m_document->session()); }});
}

void MissingDock::buildContent()
{
    auto *content = new QWidget(this);
    m_label = new QLineEdit(content);
    m_label->setObjectName(QStringLiteral("missingLabelEdit"));
    m_label->setPlaceholderText(tr("Who is missing? Enter adds"));
    m_label->setToolTip(tr("A partner the group did not name but might have; Enter adds it"));
    m_category = new QComboBox(content);
    m_category->setObjectName(QStringLiteral("missingCategoryCombo"));
    m_category->setToolTip(tr("The sector where its dashed ghost is drawn"));
    m_status = new QComboBox(content);
    m_status->setObjectName(QStringLiteral("missingStatusCombo"));
    m_status->setToolTip(
        tr("Why it is missing: missing, hoped for, former, left off, added after"));
    m_status->addItems(missingStatusNames());
    m_mentionedBy = new QComboBox(content);
    m_mentionedBy->setObjectName(QStringLiteral("missingMentionedByCombo"));
    m_mentionedBy->setToolTip(tr("The participant who mentioned it"));
    QPushButton *add =
        createButton(tr("Add"), QStringLiteral("addMissingButton"),
                     tr("Adds the missing partner to the list and the map"), content);
    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Mentioned &by:"), m_mentionedBy);

    createTable(content, QStringLiteral("missingTable"));
    m_table->setItemDelegate(new ComboDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    // The label is the key column: long labels wrap; status and who mentioned it take what
    // they need; a long category name is cut, with its tooltip (issue #21).
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MentionedByColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CategoryColumn, QHeaderView::Interactive);
    header->resizeSection(CategoryColumn,
                          m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_remove = createButton(tr("Remove"), QStringLiteral("removeMissingButton"), {}, content);
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    setWidget(content);

    connect(m_label, &QLineEdit::returnPressed, this, &MissingDock::addFromForm);
    // Enter in the form's combos adds the typed missing partner too (as in the name field).
    for (QComboBox *combo : {m_category, m_status, m_mentionedBy})
        EnterKey::install(combo, [this] { addFromForm(); });
    connect(add, &QPushButton::clicked, this, &MissingDock::addFromForm);
    connect(m_remove, &QPushButton::clicked, this, &MissingDock::removeCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_remove->setEnabled(current.isValid()); });
}

} // namespace nwk
