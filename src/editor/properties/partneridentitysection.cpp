// SPDX-License-Identifier: GPL-3.0-or-later
#include "partneridentitysection.h"

#include "nwk/editor/objectcommands.h"
#include "referencecombos.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>

namespace nwk {

PartnerIdentitySection::PartnerIdentitySection(SessionDocument *document, QWidget *parent)
    : ObjectEditor(document, parent)
{
    setObjectName(QStringLiteral("partnerIdentitySection"));
    m_members = new QPlainTextEdit(this);
    m_members->setObjectName(QStringLiteral("partnerMembersEdit"));
    m_members->setTabChangesFocus(true);
    m_members->setMaximumHeight(70);
    m_members->setPlaceholderText(tr("One name a line"));
    m_members->setToolTip(tr("The names this post-it stands for (\u201cverzamelnaam\u201d), one "
                             "a line"));
    watchBurst(m_members);
    connect(m_members, &QPlainTextEdit::textChanged, this, [this] {
        pushChange<PartnerField<&Partner::members>>(membersFromText(m_members->toPlainText()),
                                                    tr("Edit members"), m_members);
    });

    auto combo = [this](const char *name, const QString &tip) {
        auto *c = new QComboBox(this);
        c->setObjectName(QLatin1String(name));
        c->setToolTip(tip);
        return c;
    };
    m_sameAsPartner = combo("partnerSameAsPartnerCombo",
                            tr("A hybrid: the internal actor on the map that is the same"));
    m_sameAsParticipant = combo("partnerSameAsParticipantCombo",
                                tr("A hybrid: the participant who is also this partner"));
    m_contactOf =
        combo("partnerContactOfCombo", tr("A contact person: the organisation they belong to"));
    connect(m_sameAsPartner, &QComboBox::activated, this, [this] {
        setReference(&Partner::sameAsPartner, refs::currentId(m_sameAsPartner),
                     tr("Change matching internal actor"));
    });
    connect(m_sameAsParticipant, &QComboBox::activated, this, [this] {
        setReference(&Partner::sameAsParticipant, refs::currentId(m_sameAsParticipant),
                     tr("Change matching participant"));
    });
    connect(m_contactOf, &QComboBox::activated, this, [this] {
        setReference(&Partner::contactOf, refs::currentId(m_contactOf),
                     tr("Change organisation of contact person"));
    });

    m_addedAfter = new QCheckBox(tr("Added after t&he session"), this);
    m_addedAfter->setObjectName(QStringLiteral("partnerAddedAfterCheck"));
    m_addedAfter->setToolTip(tr("Not said in the session: added afterwards (e.g. at the member "
                                "check); its session-clock time is cleared"));
    connect(m_addedAfter, &QCheckBox::clicked, this, &PartnerIdentitySection::setAddedAfter);
    m_addedAfterAt = lineEdit<PartnerField<&Partner::addedAfterAt>>(
        QStringLiteral("partnerAddedAfterAtEdit"), tr("Edit date added after the session"));
    m_addedAfterAt->setPlaceholderText(tr("YYYY-MM-DD"));
    m_addedAfterAt->setToolTip(tr("When it was added after the session (a date, or date and "
                                  "time)"));

    auto *box = new QGroupBox(tr("Identity"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Mem&bers:"), m_members);
    form->addRow(tr("Same as internal a&ctor:"), m_sameAsPartner);
    form->addRow(tr("Also participant:"), m_sameAsParticipant);
    form->addRow(tr("Contact person of:"), m_contactOf);
    form->addRow(m_addedAfter);
    form->addRow(tr("Added on:"), m_addedAfterAt);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);

    // The lists name other partners and the participants: follow them.
    onChange(document, {ChangeKind::Partner, ChangeKind::Participant}, this, [this] {
        if (!m_id.isEmpty())
            refresh();
    });
}

QStringList PartnerIdentitySection::membersFromText(const QString &text)
{
    QStringList names;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString name = line.trimmed();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

void PartnerIdentitySection::setReference(QString Partner::*member, const QString &value,
                                          const QString &text)
{
    const Partner *p = m_document->session().partner(m_id);
    if (m_refreshing || !p || p->*member == value)
        return;
    Partner changed = *p;
    changed.*member = value;
    m_document->push(new SetObject<Partner>(m_document, changed, text));
}

void PartnerIdentitySection::setAddedAfter(bool on)
{
    const Partner *p = m_document->session().partner(m_id);
    if (m_refreshing || !p)
        return;
    Partner changed = *p;
    changed.addedAfterSession = on;
    if (on)
        changed.addedMs = -1; // added after the session: no session-clock time
    else
        changed.addedAfterAt.clear();
    auto *command = new SetObject<Partner>(m_document, changed,
                                           on ? tr("Mark as added after the session")
                                              : tr("Mark as named in the session"));
    if (command->isObsolete())
        delete command;
    else
        m_document->push(command);
}

void PartnerIdentitySection::reload()
{
    RefreshGuard guard(m_refreshing);
    const Session &s = m_document->session();
    const Partner &p = shown(s.partner(m_id));
    if (membersFromText(m_members->toPlainText()) != p.members)
        m_members->setPlainText(p.members.join(QLatin1Char('\n')));
    refs::fillPartners(m_sameAsPartner, s, p.sameAsPartner, p.id, tr("(none)"));
    refs::fillParticipants(m_sameAsParticipant, s, p.sameAsParticipant, tr("(none)"));
    refs::fillPartners(m_contactOf, s, p.contactOf, p.id, tr("(none)"),
                       [](const Partner &o) { return o.kind == PartnerKind::Organisation; });
    // A contact person is a person; a stored attachment stays editable.
    m_contactOf->setEnabled(p.kind == PartnerKind::Person || !p.contactOf.isEmpty());
    m_addedAfter->setChecked(p.addedAfterSession);
    sync(m_addedAfterAt, p.addedAfterAt);
    m_addedAfterAt->setEnabled(p.addedAfterSession);
}

} // namespace nwk
