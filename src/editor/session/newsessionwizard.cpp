// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsessionwizard.h"

#include "nwk/core/sessionio.h"
#include "nwk/editor/cards/deckresolver.h"
#include "nwk/editor/changevalue.h"
#include "nwk/editor/language.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/sessiondocument.h"
#include "shared/rolestyle.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nwk {

namespace {
enum Column { CodeColumn, RoleColumn, GroupColumn };
constexpr int kGroupRole = Qt::UserRole;

/// The categories page asks for at least one category.
class CategoryChoicePage final : public QWizardPage {
public:
    explicit CategoryChoicePage(QListWidget *list)
        : m_list(list)
    {
        connect(list, &QListWidget::itemChanged, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override
    {
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->checkState() == Qt::Checked)
                return true;
        return false;
    }

private:
    QListWidget *m_list;
};
} // namespace

NewSessionWizard::NewSessionWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("newSessionWizard"));
    setWindowTitle(tr("New Session"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(SchoolPage, createSchoolPage());
    setPage(ParticipantsPage, createParticipantsPage());
    setPage(LanguagePage, createLanguagePage());
    setPage(CategoriesPage, createCategoriesPage());
    setStartId(SchoolPage);
    resize(640, 480);
}

QWizardPage *NewSessionWizard::createSchoolPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The school"));
    page->setSubTitle(tr("The school at the centre of the map. The pseudonym replaces its "
                         "name in anonymised exports."));
    m_school = new QLineEdit(page);
    m_school->setObjectName(QStringLiteral("wizardSchool"));
    m_school->setToolTip(tr("The school's name, as it appears at the centre of the map"));
    m_pseudonym = new QLineEdit(page);
    m_pseudonym->setObjectName(QStringLiteral("wizardPseudonym"));
    m_pseudonym->setPlaceholderText(tr("e.g. Basisschool 1"));
    m_pseudonym->setToolTip(tr("Shown instead of the name in anonymised exports"));
    m_date = new QDateEdit(QDate::currentDate(), page);
    m_date->setObjectName(QStringLiteral("wizardDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setToolTip(tr("The day of the focus group"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&School name:"), m_school);
    form->addRow(tr("&Pseudonym:"), m_pseudonym);
    form->addRow(tr("&Date:"), m_date);
    return page;
}

QWizardPage *NewSessionWizard::createParticipantsPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Participants"));
    page->setSubTitle(tr("Type a role, choose its group and press Enter to add a participant. "
                         "You can also add them later in the Participants dock."));
    // Role first (the page opens on it, as its instruction says), then its group,
    // then the code, which fills itself in.
    m_role = new QLineEdit(page);
    m_role->setObjectName(QStringLiteral("wizardRole"));
    m_role->setPlaceholderText(tr("e.g. zorgco\u00f6rdinator"));
    m_role->setToolTip(tr("The role as the participant says it"));
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("wizardCode"));
    m_code->setToolTip(tr("The participant's code on the map and in quotes, e.g. P1"));
    m_roleGroup = new QComboBox(page);
    m_roleGroup->setObjectName(QStringLiteral("wizardRoleGroup"));
    m_roleGroup->setToolTip(tr("The role group decides the colour of the participant's marks"));
    const QStringList groups = roleGroupNames();
    for (int i = 0; i < groups.size(); ++i)
        m_roleGroup->addItem(roleSwatch(static_cast<RoleGroup>(i)), groups[i], i);
    m_add = new QPushButton(tr("&Add"), page);
    m_add->setObjectName(QStringLiteral("wizardAddParticipant"));
    m_add->setToolTip(tr("Adds the participant to the list (Enter in any of its fields)"));
    m_remove = new QPushButton(tr("&Remove"), page);
    m_remove->setObjectName(QStringLiteral("wizardRemoveParticipant"));
    m_remove->setToolTip(tr("Removes the selected participant from the list"));
    m_participants = new QTreeWidget(page);
    m_participants->setObjectName(QStringLiteral("wizardParticipants"));
    m_participants->setHeaderLabels({tr("Code"), tr("Role"), tr("Role group")});
    m_participants->setRootIsDecorated(false);
    m_participants->header()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
    m_participants->setAccessibleName(tr("Participants"));

    auto *form = new QFormLayout;
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("Role &group:"), m_roleGroup);
    form->addRow(tr("&Code:"), m_code);
    setTabOrder(m_role, m_roleGroup);
    setTabOrder(m_roleGroup, m_code);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_participants, 1);

    connect(m_add, &QPushButton::clicked, this, &NewSessionWizard::addParticipant);
    // Enter in these fields adds the participant; it must not also press "Next".
    m_role->installEventFilter(this);
    m_roleGroup->installEventFilter(this);
    m_code->installEventFilter(this);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_participants->currentItem();
        updateNextCode();
    });
    updateNextCode();
    return page;
}

QWizardPage *NewSessionWizard::createLanguagePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Language"));
    page->setSubTitle(tr("The language of the conversation cards and of the map's labels "
                         "(categories, rings, legend)."));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("wizardLanguage"));
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(defaultDeckLanguage())));
    m_language->setToolTip(tr("The default is set under Edit > Preferences"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Cards and map:"), m_language);
    return page;
}

QWizardPage *NewSessionWizard::createCategoriesPage()
{
    m_categories = new QListWidget;
    m_categories->setObjectName(QStringLiteral("wizardCategories"));
    m_categories->setAccessibleName(tr("Categories"));
    m_categories->setToolTip(tr("Space turns a category on or off"));
    auto *page = new CategoryChoicePage(m_categories);
    page->setTitle(tr("Categories"));
    page->setSubTitle(tr("The sectors of the map. Leave out the ones your study does not use; "
                         "you can change them later under Map > Categories and Rings."));
    for (const Category &c : defaultCategories()) {
        //: Category in the new-session wizard: %1 its letter, %2 its Dutch label, %3 English
        auto *item = new QListWidgetItem(tr("%1  %2 (%3)").arg(c.letter, c.labelNl, c.labelEn),
                                         m_categories);
        item->setData(Qt::UserRole, c.id);
        item->setForeground(QColor::fromString(c.color).darker(120));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_categories->setCurrentRow(0);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_categories);
    return page;
}

bool NewSessionWizard::eventFilter(QObject *watched, QEvent *event)
{
    // The combo's open list takes its own Enter (it picks the group); a closed
    // combo would pass Enter on to the wizard's Next button.
    const bool field = watched == m_role || watched == m_code || watched == m_roleGroup;
    if (field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addParticipant();
            return true;
        }
    }
    return QWizard::eventFilter(watched, event);
}

void NewSessionWizard::addParticipant()
{
    const QString code = m_code->text().trimmed();
    if (code.isEmpty())
        return;
    for (int i = 0; i < m_participants->topLevelItemCount(); ++i)
        if (m_participants->topLevelItem(i)->text(CodeColumn) == code) {
            m_code->selectAll();
            m_code->setFocus();
            return;
        }
    auto *item = new QTreeWidgetItem(m_participants,
                                     {code, m_role->text().trimmed(), m_roleGroup->currentText()});
    item->setData(GroupColumn, kGroupRole, m_roleGroup->currentData());
    item->setIcon(GroupColumn, m_roleGroup->itemIcon(m_roleGroup->currentIndex()));
    m_participants->setCurrentItem(item);
    m_role->clear();
    updateNextCode();
    m_role->setFocus(Qt::OtherFocusReason);
}

void NewSessionWizard::updateNextCode()
{
    int n = m_participants->topLevelItemCount() + 1;
    auto taken = [this](const QString &code) {
        for (int i = 0; i < m_participants->topLevelItemCount(); ++i)
            if (m_participants->topLevelItem(i)->text(CodeColumn) == code)
                return true;
        return false;
    };
    while (taken(QStringLiteral("P%1").arg(n)))
        ++n;
    m_code->setText(QStringLiteral("P%1").arg(n));
    m_remove->setEnabled(m_participants->topLevelItemCount() > 0);
}

Session NewSessionWizard::session() const
{
    Session s = newSession();
    const QString language = m_language->currentData().toString();
    s.deck = deckRefOf(builtinDeck(language));
    s.meta.language = language;
    s.meta.schoolName = m_school->text().trimmed();
    s.meta.schoolPseudonym = m_pseudonym->text().trimmed();
    s.meta.date = m_date->date().toString(Qt::ISODate);
    std::vector<Category> kept;
    for (int i = 0; i < m_categories->count(); ++i) {
        const QListWidgetItem *item = m_categories->item(i);
        if (item->checkState() == Qt::Checked)
            if (const Category *c = s.category(item->data(Qt::UserRole).toString()))
                kept.push_back(*c);
    }
    s.categories = kept;
    for (int i = 0; i < m_participants->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_participants->topLevelItem(i);
        Participant p;
        p.id = QStringLiteral("p%1").arg(i + 1);
        p.code = item->text(CodeColumn);
        p.role = item->text(RoleColumn);
        p.roleGroup = static_cast<RoleGroup>(item->data(GroupColumn, kGroupRole).toInt());
        s.participants.push_back(p);
    }
    return s;
}

void NewSessionWizard::apply(SessionDocument *document, const Session &session)
{
    Session base = session;
    base.meta.schoolName.clear();
    base.meta.schoolPseudonym.clear();
    base.meta.date.clear();
    base.participants.clear();
    document->reset(std::move(base));
    const QString school = session.meta.schoolName;
    auto *step =
        new QUndoCommand(school.isEmpty() ? tr("New session") : tr("New session: %1").arg(school));
    new ChangeValue<MetaField<&Meta::schoolName>>(document, QString(), school, step->text(), step);
    new ChangeValue<MetaField<&Meta::schoolPseudonym>>(
        document, QString(), session.meta.schoolPseudonym, step->text(), step);
    new ChangeValue<MetaField<&Meta::date>>(document, QString(), session.meta.date, step->text(),
                                            step);
    int index = 0;
    for (const Participant &p : session.participants)
        new AddObject<Participant>(document, p, step->text(), index++, step);
    document->push(step);
}

} // namespace nwk
