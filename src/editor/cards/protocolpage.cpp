// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocolpage.h"
#include "shared/annotationmarker.h"
#include "shared/plaintip.h"

#include "cardpage.h"
#include "metaphorspeaker.h"
#include "nwk/editor/cardcommands.h"
#include "nwk/editor/cards/partnerquotes.h"
#include "nwk/editor/markcommands.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/sessionclock.h"
#include "nwk/editor/sessiondocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nwk {

namespace {
void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QLayout *inner = item->layout()) // a question's row: its label and marker
            clearLayout(inner);
        delete item->widget();
        delete item;
    }
}
} // namespace

ProtocolPage::ProtocolPage(SessionDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    auto *steps = new QGroupBox(tr("Protocol steps"), content);
    m_stepsBox = steps;
    new QGridLayout(steps);
    layout->addWidget(steps);

    auto *closing = new QGroupBox(tr("Closing questions"), content);
    m_closingBox = closing;
    new QVBoxLayout(closing);
    layout->addWidget(closing);

    auto *metaphors = new QGroupBox(tr("Metaphors"), content);
    auto *ml = new QVBoxLayout(metaphors);
    m_metaphors = new QListWidget(metaphors);
    m_metaphors->setObjectName(QStringLiteral("metaphorList"));
    m_metaphors->setWordWrap(true);
    m_metaphors->setMinimumHeight(70);
    ml->addWidget(m_metaphors);
    m_metaphorEdit = new QLineEdit(metaphors);
    m_metaphorEdit->setObjectName(QStringLiteral("metaphorEdit"));
    m_metaphorEdit->setPlaceholderText(tr("Image or metaphor for the school\u2026"));
    m_metaphorParticipant = new MetaphorSpeaker(metaphors); // on its own line: role text too
    ml->addWidget(m_metaphorEdit);
    ml->addWidget(m_metaphorParticipant);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Metaphor"), metaphors);
    add->setObjectName(QStringLiteral("addMetaphorButton"));
    m_updateMetaphor = new QPushButton(tr("Update"), metaphors);
    m_removeMetaphor = new QPushButton(tr("Remove"), metaphors);
    buttons->addWidget(add);
    buttons->addWidget(m_updateMetaphor);
    buttons->addWidget(m_removeMetaphor);
    buttons->addStretch();
    ml->addLayout(buttons);
    layout->addWidget(metaphors);
    layout->addStretch();
    connect(add, &QPushButton::clicked, this, &ProtocolPage::addMetaphor);
    connect(m_metaphorEdit, &QLineEdit::returnPressed, this, &ProtocolPage::addMetaphor);
    connect(m_updateMetaphor, &QPushButton::clicked, this, &ProtocolPage::updateMetaphor);
    connect(m_removeMetaphor, &QPushButton::clicked, this, &ProtocolPage::removeMetaphor);
    connect(m_metaphors, &QListWidget::itemSelectionChanged, this, &ProtocolPage::metaphorChosen);

    scroll->setWidget(content);
    outer->addWidget(scroll);
    metaphorChosen();
}

void ProtocolPage::setDeck(const Deck &deck)
{
    auto *grid = static_cast<QGridLayout *>(m_stepsBox->layout());
    clearLayout(grid);
    m_steps.clear();
    int i = 0;
    for (const DeckProtocolStep &step : deck.protocolSteps) {
        Step s;
        s.id = step.id;
        s.box = new QCheckBox(QStringLiteral("%1. %2").arg(i + 1).arg(step.text), m_stepsBox);
        s.box->setObjectName(QStringLiteral("step:") + step.id);
        s.box->setToolTip(plainToolTip(step.details.join(QLatin1Char('\n'))));
        s.time = new QLabel(m_stepsBox);
        grid->addWidget(s.box, i, 0);
        grid->addWidget(s.time, i, 1, Qt::AlignRight);
        const QString id = step.id;
        connect(s.box, &QCheckBox::toggled, this, [this, id](bool on) { stepToggled(id, on); });
        m_steps.push_back(s);
        ++i;
    }
    grid->setColumnStretch(0, 1);

    clearLayout(m_closingBox->layout());
    m_answers.clear();
    for (const DeckQuestion &q : deck.closingQuestions) {
        auto *label = new QLabel(q.text, m_closingBox);
        label->setWordWrap(true);
        Answer a;
        a.id = q.id;
        a.marker = new QLabel(m_closingBox);
        a.marker->setObjectName(QStringLiteral("closingMarker:") + q.id);
        a.marker->hide();
        auto *row = new QHBoxLayout;
        row->addWidget(a.marker, 0, Qt::AlignTop); // first: the page may scroll sideways
        row->addWidget(label, 1);
        static_cast<QVBoxLayout *>(m_closingBox->layout())->addLayout(row);
        auto *edit = new NoteEdit(m_closingBox);
        edit->setObjectName(QStringLiteral("closing:") + q.id);
        a.edit = edit;
        m_closingBox->layout()->addWidget(edit);
        connect(edit, &NoteEdit::focusedIn, this, [this] { m_newBurst = true; });
        connect(edit, &QPlainTextEdit::textChanged, this, [this, a] { answerEdited(a); });
        m_answers.push_back(a);
    }
    refresh();
}

void ProtocolPage::refresh()
{
    const Session &s = m_document->session();
    for (const Step &step : m_steps) {
        const ProtocolStepState state = *ProtocolStepField::get(s, step.id);
        const QSignalBlocker block(step.box);
        step.box->setChecked(state.done);
        step.time->setText(state.done ? SessionClock::format(state.atMs) : QString());
    }
    for (const Answer &a : m_answers) {
        const QString text = ClosingAnswerField::get(s, a.id)->text;
        if (a.edit->toPlainText() != text) {
            const QSignalBlocker block(a.edit);
            a.edit->setPlainText(text);
        }
        const int annotations = annotationCount(s, AnnotationTarget::ClosingAnswer, a.id);
        a.marker->setVisible(annotations > 0);
        a.marker->setPixmap(annotationIcon(annotations).pixmap(16, 16));
        a.marker->setToolTip(annotatedText(annotations));
        a.marker->setAccessibleName(annotatedText(annotations));
    }
    const QString chosen = m_metaphors->currentItem()
                               ? m_metaphors->currentItem()->data(Qt::UserRole).toString()
                               : QString();
    {
        const QSignalBlocker block(m_metaphors);
        m_metaphors->clear();
        for (const Metaphor &m : s.metaphors) {
            QString text = QStringLiteral("\u201c%1\u201d").arg(m.text);
            const QString speaker = MetaphorSpeaker::speakerText(s, m);
            if (!speaker.isEmpty())
                text += QStringLiteral(" (%1)").arg(speaker);
            if (m.atMs >= 0)
                text += QStringLiteral("  [%1]").arg(SessionClock::format(m.atMs));
            auto *item = new QListWidgetItem(text, m_metaphors);
            item->setData(Qt::UserRole, m.id);
            markAnnotated(item, annotationCount(s, AnnotationTarget::Metaphor, m.id));
            if (m.id == chosen)
                m_metaphors->setCurrentItem(item);
        }
    }
    m_metaphorParticipant->refresh(s);
    m_updateMetaphor->setEnabled(m_metaphors->currentItem() != nullptr);
    m_removeMetaphor->setEnabled(m_metaphors->currentItem() != nullptr);
}

void ProtocolPage::stepToggled(const QString &stepId, bool done)
{
    ProtocolStepState state = *ProtocolStepField::get(m_document->session(), stepId);
    state.done = done;
    state.atMs = done ? SessionClock::elapsedMs(m_document->session()) : -1;
    auto *command = new ChangeValue<ProtocolStepField>(
        m_document, stepId, state, done ? tr("Check protocol step") : tr("Uncheck protocol step"));
    command->setMergeable(false);
    m_document->push(command);
}

void ProtocolPage::answerEdited(const Answer &answer)
{
    ClosingAnswer a = *ClosingAnswerField::get(m_document->session(), answer.id);
    a.text = answer.edit->toPlainText();
    a.atMs = SessionClock::elapsedMs(m_document->session());
    auto *command =
        new ChangeValue<ClosingAnswerField>(m_document, answer.id, a, tr("Closing answer"));
    command->setMergeable(!m_newBurst);
    m_newBurst = false;
    m_document->push(command);
}

void ProtocolPage::addMetaphor()
{
    const QString text = m_metaphorEdit->text().trimmed();
    if (text.isEmpty())
        return;
    Metaphor m;
    m.id = uniqueId(m_document->session(), QStringLiteral("me"));
    m.text = text;
    m_metaphorParticipant->applyTo(m);
    m.atMs = SessionClock::elapsedMs(m_document->session());
    m_document->push(new AddObject<Metaphor>(m_document, m, tr("Add metaphor")));
    m_metaphorEdit->clear();
}

void ProtocolPage::updateMetaphor()
{
    QListWidgetItem *item = m_metaphors->currentItem();
    if (!item)
        return;
    const Metaphor *old =
        ObjectAccess<Metaphor>::find(m_document->session(), item->data(Qt::UserRole).toString());
    if (!old)
        return;
    Metaphor m = *old;
    m.text = m_metaphorEdit->text().trimmed();
    m_metaphorParticipant->applyTo(m);
    auto *command = new SetObject<Metaphor>(m_document, m, tr("Edit metaphor"));
    if (command->isObsolete())
        delete command;
    else
        m_document->push(command);
}

void ProtocolPage::removeMetaphor()
{
    QListWidgetItem *item = m_metaphors->currentItem();
    if (!item)
        return;
    // One step with the annotations on it (the file refuses an annotation on nothing).
    const QString id = item->data(Qt::UserRole).toString();
    auto *command = new QUndoCommand(tr("Remove metaphor"));
    appendAnnotationRemovals(m_document, AnnotationTarget::Metaphor, id, command);
    new RemoveObject<Metaphor>(m_document, id, QString(), command);
    m_document->push(command);
}

void ProtocolPage::metaphorChosen()
{
    QListWidgetItem *item = m_metaphors->currentItem();
    m_updateMetaphor->setEnabled(item != nullptr);
    m_removeMetaphor->setEnabled(item != nullptr);
    if (!item)
        return;
    if (const Metaphor *m = ObjectAccess<Metaphor>::find(m_document->session(),
                                                         item->data(Qt::UserRole).toString())) {
        m_metaphorEdit->setText(m->text);
        m_metaphorParticipant->showSpeaker(*m);
    }
}

} // namespace nwk
