// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementedits.h"

#include "nwk/editor/objectcommands.h"
#include "nwk/editor/sessiondocument.h"
#include "partneredits.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace nwk::edits {

namespace {
/// The translation context of this file's texts (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nwk::Statements)
};

/// A dialog with a form and OK/Cancel; the caller fills the form.
QDialog *formDialog(QWidget *parent, const QString &title, const QString &objectName,
                    QFormLayout *&form)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    form = new QFormLayout;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    return dialog;
}
} // namespace

QString participantTitle(const Participant &p)
{
    return p.role.isEmpty() ? p.code : p.code + QStringLiteral(" \u2013 ") + p.role;
}

void setPartner(SessionDocument *doc, const Partner &changed, const QString &text)
{
    auto *command = new SetObject<Partner>(doc, changed, text);
    if (command->isObsolete()) {
        delete command;
        return;
    }
    doc->push(command);
}

Placement alternativeStart(const Session &s, const QString &partnerId)
{
    const Partner *p = s.partner(partnerId);
    return p && p->placement ? *p->placement : defaultPlacement(s, partnerId);
}

void addAlternative(SessionDocument *doc, const QString &partnerId, const QString &participantId,
                    const QString &note)
{
    const Session &s = doc->session();
    const Partner *p = s.partner(partnerId);
    if (!p)
        return;
    Partner changed = *p;
    AlternativePlacement alternative;
    alternative.participantId = participantId;
    alternative.placement = alternativeStart(s, partnerId);
    alternative.note = note;
    changed.alternatives.push_back(alternative);
    const Participant *who = s.participant(participantId);
    //: History step: %1 the participant's code (or "someone")
    setPartner(doc, changed,
               Tr::tr("Add placement of %1").arg(who ? who->code : Tr::tr("someone")));
}

void keepAsFormer(SessionDocument *doc, const QString &partnerId, const QString &when,
                  const QString &why)
{
    const Partner *p = doc->session().partner(partnerId);
    if (!p || !p->placement)
        return;
    Partner changed = *p;
    FormerPlacement former;
    former.placement = *p->placement;
    former.when = when;
    former.why = why;
    changed.formerPlacements.push_back(former);
    setPartner(doc, changed, Tr::tr("Keep position of \u201c%1\u201d as former").arg(p->label));
}

bool askAndAddAlternative(SessionDocument *doc, const QString &partnerId, QWidget *parent)
{
    const Session &s = doc->session();
    const Partner *p = s.partner(partnerId);
    if (!p)
        return false;
    QFormLayout *form = nullptr;
    QDialog *dialog = formDialog(parent, Tr::tr("Add a Participant's Placement"),
                                 QStringLiteral("alternativeDialog"), form);
    auto *who = new QComboBox(dialog);
    who->setObjectName(QStringLiteral("alternativeParticipantCombo"));
    for (const Participant &pt : s.participants)
        who->addItem(participantTitle(pt), pt.id);
    who->addItem(Tr::tr("(not known)"), QString());
    auto *note = new QLineEdit(dialog);
    note->setObjectName(QStringLiteral("alternativeNoteEdit"));
    note->setPlaceholderText(Tr::tr("as said, e.g. \u201cvoor mij heel dicht\u201d"));
    auto *hint = new QLabel(Tr::tr("The placement starts where \u201c%1\u201d is now; set its "
                                   "distance in Properties \u25b8 Distance.")
                                .arg(p->label),
                            dialog);
    hint->setWordWrap(true);
    form->addRow(Tr::tr("&Participant:"), who);
    form->addRow(Tr::tr("&Note:"), note);
    form->addRow(hint);
    const bool ok = dialog->exec() == QDialog::Accepted;
    const QString participantId = who->currentData().toString();
    const QString text = note->text();
    delete dialog;
    if (ok)
        addAlternative(doc, partnerId, participantId, text);
    return ok;
}

bool askAndKeepAsFormer(SessionDocument *doc, const QString &partnerId, QWidget *parent)
{
    const Partner *p = doc->session().partner(partnerId);
    if (!p || !p->placement)
        return false;
    QFormLayout *form = nullptr;
    QDialog *dialog = formDialog(parent, Tr::tr("Keep Current Position as Former"),
                                 QStringLiteral("formerDialog"), form);
    auto *when = new QLineEdit(dialog);
    when->setObjectName(QStringLiteral("formerWhenEdit"));
    when->setPlaceholderText(Tr::tr("as said, e.g. \u201ctot 2018\u201d"));
    auto *why = new QPlainTextEdit(dialog);
    why->setObjectName(QStringLiteral("formerWhyEdit"));
    why->setTabChangesFocus(true);
    why->setMaximumHeight(70);
    auto *hint = new QLabel(Tr::tr("Then move \u201c%1\u201d to where it is now; the former "
                                   "position is drawn as a faint trail.")
                                .arg(p->label),
                            dialog);
    hint->setWordWrap(true);
    form->addRow(Tr::tr("&When:"), when);
    form->addRow(Tr::tr("W&hy:"), why);
    form->addRow(hint);
    const bool ok = dialog->exec() == QDialog::Accepted;
    const QString whenText = when->text();
    const QString whyText = why->toPlainText();
    delete dialog;
    if (ok)
        keepAsFormer(doc, partnerId, whenText, whyText);
    return ok;
}

} // namespace nwk::edits
