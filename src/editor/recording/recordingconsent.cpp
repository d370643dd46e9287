// SPDX-License-Identifier: GPL-3.0-or-later
// The recording's consent (docs/recording.md, "Consent"): the deck's consent step (the
// protocol step that mentions consent: "Informed consents + toelichting geluidsopname") and
// who of the participants agreed (Recording::consentedBy, an undo step).
#include "recordingfeature.h"

#include "nwk/editor/cardcommands.h"
#include "nwk/editor/cards/focusgroup.h"
#include "nwk/editor/recordinglog.h"
#include "nwk/editor/sessiondocument.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace nwk {

namespace {
/// The deck's protocol step about consent, or nullptr when it has none.
const DeckProtocolStep *consentStep(const Deck &deck)
{
    for (const DeckProtocolStep &step : deck.protocolSteps)
        if (step.text.contains(QStringLiteral("consent"), Qt::CaseInsensitive) ||
            step.text.contains(QStringLiteral("toestemming"), Qt::CaseInsensitive))
            return &step;
    return nullptr;
}

QString participantName(const Participant &p)
{
    return p.role.isEmpty() ? p.code : QStringLiteral("%1 (%2)").arg(p.code, p.role);
}
} // namespace

QStringList RecordingFeature::missingConsent() const
{
    QStringList missing;
    const Session &s = m_document->session();
    if (const DeckProtocolStep *step = consentStep(m_group->deck())) {
        if (!ProtocolStepField::get(s, step->id)->done)
            missing << tr("The consent step \u201c%1\u201d is not ticked.").arg(step->text);
    }
    QStringList without;
    for (const Participant &p : s.participants)
        if (!s.recording.consentedBy.contains(p.id))
            without << participantName(p);
    if (!without.isEmpty())
        missing << tr("No consent recorded for: %1.").arg(without.join(QStringLiteral(", ")));
    return missing;
}

bool RecordingFeature::confirmWithoutConsent()
{
    QMessageBox box(QMessageBox::Warning, tr("Record Without Consent?"),
                    tr("The consent to the audio recording is not complete:"), QMessageBox::Cancel,
                    m_window);
    box.setObjectName(QStringLiteral("recordingConsentQuestion"));
    box.setInformativeText(missingConsent().join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                           tr("Start only when everyone agreed. The session file notes that "
                              "the recording started without complete consent."));
    QPushButton *anyway = box.addButton(tr("Start Without Consent"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("startWithoutConsentButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

void RecordingFeature::editConsent()
{
    const Session &s = m_document->session();
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("recordingConsentDialog"));
    dialog.setWindowTitle(tr("Recording Consent"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("Tick the participants who agreed to the audio recording "
                                "(the informed consent of the protocol's consent step)."),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    std::vector<std::pair<QString, QCheckBox *>> boxes;
    for (const Participant &p : s.participants) {
        auto *box = new QCheckBox(participantName(p), &dialog);
        box->setObjectName(QStringLiteral("consent:") + p.id);
        box->setChecked(s.recording.consentedBy.contains(p.id));
        layout->addWidget(box);
        boxes.emplace_back(p.id, box);
    }
    if (boxes.empty())
        layout->addWidget(new QLabel(tr("The session has no participants yet."), &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Ids of participants no longer in the session stay: their consent was given.
    QStringList consented;
    for (const QString &id : m_document->session().recording.consentedBy)
        if (std::none_of(boxes.begin(), boxes.end(), [&](const auto &b) { return b.first == id; }))
            consented << id;
    for (const auto &[id, box] : boxes)
        if (box->isChecked())
            consented << id;
    auto *command = new ChangeValue<RecordingConsentField>(m_document, QString(), consented,
                                                           tr("Record consent"));
    if (command->isObsolete())
        delete command;
    else
        m_document->push(command);
}

} // namespace nwk
