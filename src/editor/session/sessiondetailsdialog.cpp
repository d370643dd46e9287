// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiondetailsdialog.h"

#include "context/editorcontext.h"
#include "nwk/editor/changevalue.h"
#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace nwk {

namespace {
/// A spin box whose lowest value -1 reads `unset` ("unknown", "not said").
QSpinBox *countSpin(QWidget *parent, const char *name, int maximum, const QString &unset, int value)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(-1, maximum);
    spin->setSpecialValueText(unset);
    spin->setValue(value);
    return spin;
}

QPlainTextEdit *textEdit(QWidget *parent, const char *name, const QString &text,
                         const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}
} // namespace

void SessionDetails::install(EditorContext &context)
{
    auto *action = new QAction(SessionDetailsDialog::tr("Session De&tails\u2026"), context.window);
    action->setObjectName(QStringLiteral("sessionDetailsAction"));
    action->setToolTip(SessionDetailsDialog::tr(
        "The session's duration, the participants as said, earlier maps and "
        "the group's own words for the map"));
    SessionDocument *document = context.document;
    QWidget *window = context.window;
    QObject::connect(action, &QAction::triggered, window,
                     [document, window] { SessionDetailsDialog::edit(document, window); });
    context.menu(MenuId::Session)->addAction(action);
}

SessionDetailsDialog::SessionDetailsDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sessionDetailsDialog"));
    setWindowTitle(tr("Session Details"));
    const Meta &m = session.meta;
    m_duration = countSpin(this, "sessionDurationSpin", 24 * 60, tr("unknown"), m.durationMinutes);
    m_duration->setSuffix(tr(" min"));
    m_duration->setToolTip(tr("How long the session lasted, in minutes"));
    m_countSaid =
        countSpin(this, "sessionParticipantCountSpin", 999, tr("not said"), m.participantCountSaid);
    m_countSaid->setToolTip(tr("How many took part, as said or noted, beside the participants "
                               "listed"));
    auto *listed = new QLabel(
        tr("%n listed in Participants", nullptr, static_cast<int>(session.participants.size())),
        this);
    m_priorMaps = textEdit(this, "sessionPriorMapsEdit", m.priorMaps,
                           tr("Network maps the school made before"));
    m_mapWords =
        textEdit(this, "sessionMapWordsEdit", m.mapWords, tr("e.g. poster, bord, ballonnetje"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("&Participants as said:"), m_countSaid);
    form->addRow(QString(), listed);
    form->addRow(tr("Earlier &maps:"), m_priorMaps);
    form->addRow(tr("The group's &words for the map:"), m_mapWords);
    form->addRow(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

Meta SessionDetailsDialog::edited(Meta meta) const
{
    meta.durationMinutes = m_duration->value();
    meta.participantCountSaid = m_countSaid->value();
    meta.priorMaps = m_priorMaps->toPlainText().trimmed();
    meta.mapWords = m_mapWords->toPlainText().trimmed();
    return meta;
}

void SessionDetailsDialog::edit(SessionDocument *document, QWidget *parent)
{
    SessionDetailsDialog dialog(document->session(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Meta meta = dialog.edited(document->session().meta);
    if (meta == document->session().meta)
        return;
    using MetaValue = SessionValueField<&Session::meta, ChangeKind::Meta>;
    auto *command =
        new ChangeValue<MetaValue>(document, QString(), meta, tr("Edit session details"));
    command->setMergeable(false);
    document->push(command);
}

} // namespace nwk
