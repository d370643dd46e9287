// SPDX-License-Identifier: GPL-3.0-or-later
// TranscriptDock: its widgets and how they mirror the session's transcript. What the user
// does with them: transcriptdock_actions.cpp.
#include "transcriptdock.h"

#include "clockspinbox.h"
#include "nwk/editor/sessiondocument.h"
#include "transcriptedits.h"
#include "transcriptfeature.h"
#include "transcriptmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace nwk {

TranscriptDock::TranscriptDock(TranscriptFeature *feature, SessionDocument *document,
                               QWidget *parent)
    : QDockWidget(tr("Transcript"), parent)
    , m_feature(feature)
    , m_document(document)
    , m_model(new TranscriptModel(this))
{
    setObjectName(QStringLiteral("transcriptDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(buildHeader());
    layout->addWidget(buildSearch());
    buildTable();
    layout->addWidget(m_table, 1);
    layout->addWidget(buildButtons());
    m_speakersBox = new QGroupBox(tr("Speakers"), content);
    m_speakersBox->setToolTip(
        tr("Who each speaker of the transcript is: a quote is by the participant (code and "
           "role), never by the name in the transcript"));
    m_speakers = new QFormLayout(m_speakersBox);
    layout->addWidget(m_speakersBox);
    setWidget(content);
    connect(m_feature, &TranscriptFeature::transcriptChanged, this, &TranscriptDock::refresh);
    refresh();
}

QWidget *TranscriptDock::buildHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(header);
    m_summary->setObjectName(QStringLiteral("transcriptSummary"));
    m_summary->setWordWrap(true);
    m_problems = new QLabel(header);
    m_problems->setObjectName(QStringLiteral("transcriptProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    auto *row = new QHBoxLayout;
    m_offset = new ClockSpinBox(header);
    m_offset->setObjectName(QStringLiteral("transcriptOffset"));
    m_offset->setToolTip(tr("Where the transcript's 0:00:00 is on the session clock (h:mm:ss; "
                            "negative when the transcript started before the clock)"));
    auto *label = new QLabel(tr("&Offset:"), header);
    label->setBuddy(m_offset);
    row->addWidget(label);
    row->addWidget(m_offset, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addLayout(row);
    connect(m_offset, &QSpinBox::valueChanged, this, [this](int ms) { setOffset(ms); });
    return header;
}

QWidget *TranscriptDock::buildSearch()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("transcriptSearch"));
    m_search->setPlaceholderText(tr("Search the transcript"));
    m_search->setAccessibleName(tr("Search the transcript"));
    m_search->setClearButtonEnabled(true);
    m_previous = new QToolButton(box);
    m_previous->setObjectName(QStringLiteral("transcriptPrevious"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next = new QToolButton(box);
    m_next->setObjectName(QStringLiteral("transcriptNext"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    m_hits = new QLabel(box);
    m_hits->setObjectName(QStringLiteral("transcriptHits"));
    row->addWidget(m_search, 1);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    row->addWidget(m_hits);
    connect(m_search, &QLineEdit::textChanged, this, &TranscriptDock::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_previous, &QToolButton::clicked, this, &TranscriptDock::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &TranscriptDock::findNext);
    return box;
}

void TranscriptDock::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("transcriptCues"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TranscriptModel::TimeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TranscriptModel::SpeakerColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Transcript cues"));
    connect(m_table, &QWidget::customContextMenuRequested, this, &TranscriptDock::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TranscriptDock::updateButtons);
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (m_play->isEnabled())
            playFromHere();
    });
}

QWidget *TranscriptDock::buildButtons()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_quote = new QPushButton(tr("Make &Quote"), box);
    m_quote->setObjectName(QStringLiteral("transcriptMakeQuote"));
    m_quote->setToolTip(tr("Keep the selected cues as one quote of the card that was current "
                           "at their time, by the participant their speaker is"));
    m_play = new QPushButton(tr("&Play from Here"), box);
    m_play->setObjectName(QStringLiteral("transcriptPlay"));
    m_play->setToolTip(tr("Play the recording from the selected cue"));
    row->addWidget(m_quote);
    row->addWidget(m_play);
    row->addStretch(1);
    connect(m_quote, &QPushButton::clicked, this, &TranscriptDock::makeQuote);
    connect(m_play, &QPushButton::clicked, this, &TranscriptDock::playFromHere);
    return box;
}

void TranscriptDock::refresh()
{
    const Session &s = m_document->session();
    const std::vector<int> selected = selectedRows();
    m_model->setTranscript(m_feature->clockTranscript(), s);
    m_summary->setText(m_feature->summary());
    QStringList problems = m_feature->problems();
    const QString early = beforeStartWarning(m_feature->clockTranscript());
    if (!early.isEmpty())
        problems.append(early);
    constexpr int kShown = 5;
    QStringList shown = problems.mid(0, kShown);
    if (problems.size() > kShown)
        shown.append(tr("\u2026 and %n more (in the tooltip)", nullptr,
                        static_cast<int>(problems.size()) - kShown));
    m_problems->setText(shown.join(QLatin1Char('\n')));
    m_problems->setToolTip(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    {
        const QSignalBlocker block(m_offset);
        m_offset->setValue(static_cast<int>(s.transcript.offsetMs));
    }
    m_offset->setEnabled(m_feature->transcript() != nullptr);
    m_search->setEnabled(m_feature->transcript() != nullptr);
    if (!selected.empty() && selected.back() < m_model->rowCount()) {
        const QModelIndex from = m_model->index(selected.front(), 0);
        const QModelIndex to = m_model->index(selected.back(), TranscriptModel::ColumnCount - 1);
        m_table->selectionModel()->select(QItemSelection(from, to),
                                          QItemSelectionModel::ClearAndSelect);
    }
    search();
    refreshSpeakers();
    updateButtons();
}

void TranscriptDock::refreshSpeakers()
{
    const Session &s = m_document->session();
    const QStringList speakers =
        m_feature->transcript() ? transcriptSpeakers(*m_feature->transcript()) : QStringList();
    QStringList choices;
    for (const Participant &p : s.participants)
        choices.append(p.id + QLatin1Char('\n') + TranscriptModel::participantText(p));
    // Rebuilt only when the speakers or the participants changed: an assignment made in
    // a combo box comes back here while that box is still emitting.
    if (speakers != m_speakerNames || choices != m_participantChoices) {
        m_speakerNames = speakers;
        m_participantChoices = choices;
        while (m_speakers->rowCount() > 0)
            m_speakers->removeRow(0);
        for (const QString &speaker : speakers)
            m_speakers->addRow(speaker, speakerCombo(speaker));
    }
    for (int row = 0; row < m_speakers->rowCount(); ++row) {
        auto *combo =
            qobject_cast<QComboBox *>(m_speakers->itemAt(row, QFormLayout::FieldRole)->widget());
        const QSignalBlocker block(combo);
        const QString speaker = combo->property("speaker").toString();
        combo->setCurrentIndex(
            std::max(0, combo->findData(speakerParticipant(s.transcript, speaker))));
    }
    m_speakersBox->setVisible(!speakers.isEmpty());
}

QComboBox *TranscriptDock::speakerCombo(const QString &speaker)
{
    auto *combo = new QComboBox(m_speakersBox);
    combo->setObjectName(QStringLiteral("transcriptSpeaker"));
    combo->setProperty("speaker", speaker);
    combo->setAccessibleName(tr("Participant of %1").arg(speaker));
    combo->addItem(tr("(not assigned)"), QString());
    for (const Participant &p : m_document->session().participants)
        combo->addItem(TranscriptModel::participantText(p), p.id);
    connect(combo, &QComboBox::activated, this,
            [this, combo, speaker] { assignSpeaker(speaker, combo->currentData().toString()); });
    return combo;
}

} // namespace nwk
