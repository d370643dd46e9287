// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardpage.h"
#include "cardpagewidgets.h"
#include "shared/enterkey.h"

#include "cardtexts.h"
#include "nwk/editor/cardcommands.h"
#include "nwk/editor/sectionmarks.h"
#include "nwk/editor/sessionclock.h"
#include "nwk/editor/sessiondocument.h"

#include <QComboBox>
#include <QFocusEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nwk {

NoteEdit::NoteEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(sizeHint().height());
}

QSize NoteEdit::sizeHint() const
{
    const int lines = 3;
    return {200, fontMetrics().lineSpacing() * lines + 2 * frameWidth() + 8};
}

bool NoteEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const auto mods = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier);
        const int k = key->key();
        const bool nav = k == Qt::Key_PageUp || k == Qt::Key_PageDown || k == Qt::Key_Down ||
                         k == Qt::Key_Up || k == Qt::Key_Left || k == Qt::Key_Right;
        if (mods != Qt::NoModifier && nav) {
            event->ignore(); // leave it to the session's shortcuts
            return false;
        }
    }
    return QPlainTextEdit::event(event);
}

void NoteEdit::focusInEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusInEvent(event);
    Q_EMIT focusedIn();
}

CardPage::CardPage(SessionDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_ui(std::make_unique<Widgets>())
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("cardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    addHeading(content, layout);

    m_ui->questions = new QWidget(content);
    auto *questionsLayout = new QVBoxLayout(m_ui->questions);
    questionsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_ui->questions);

    addQuotes(content, layout);

    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    addQuoteEntry(outer); // stays visible below the scrolling card
}

CardPage::~CardPage() = default;

void CardPage::clearRows()
{
    m_rows.clear();
    QLayout *layout = m_ui->questions->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget())
            delete w;
        delete item;
    }
}

void CardPage::addHeading(const QString &text)
{
    auto *label = new QLabel(text, m_ui->questions);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, 8, 0, 0);
    m_ui->questions->layout()->addWidget(label);
}

void CardPage::addQuestion(const DeckQuestion &q, const QString &number)
{
    auto *box = new QWidget(m_ui->questions);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 2, 0, 2);
    v->setSpacing(2);
    Row row;
    row.questionId = q.id;
    row.label = new QLabel(QStringLiteral("%1  %2").arg(number, q.text), box);
    row.label->setWordWrap(true);
    row.label->setObjectName(QStringLiteral("questionLabel"));
    auto *h = new QHBoxLayout;
    row.edit = new NoteEdit(box);
    row.edit->setObjectName(QStringLiteral("note:") + q.id);
    row.edit->setPlaceholderText(tr("Notes for %1").arg(number));
    row.link = new QToolButton(box);
    row.link->setObjectName(QStringLiteral("linkNote:") + q.id);
    row.link->setToolTip(tr("Link this note to the partners selected on the map"));
    h->addWidget(row.edit, 1);
    h->addWidget(row.link, 0, Qt::AlignTop);
    v->addWidget(row.label);
    v->addLayout(h);
    m_ui->questions->layout()->addWidget(box);
    const int index = static_cast<int>(m_rows.size());
    connect(row.edit, &QPlainTextEdit::textChanged, this, [this, index] { noteEdited(index); });
    connect(row.edit, &NoteEdit::focusedIn, this, [this, index] {
        m_newBurst = true;
        setCurrentRow(index);
    });
    connect(row.link, &QToolButton::clicked, this, [this, index] { linkNote(index); });
    m_rows.push_back(row);
}

void CardPage::setCard(const DeckCard &card, const QString &subtitle)
{
    m_card = card;
    clearRows();
    m_ui->theme->setText(card.theme);
    m_ui->subtitle->setText(subtitle);
    m_ui->explanation->setText(card.explanation.join(QStringLiteral("\n\n")));
    m_ui->explanationToggle->setEnabled(!card.explanation.isEmpty());
    addHeading(card.mainQuestions.size() > 1 ? tr("Main questions") : tr("Main question"));
    for (std::size_t i = 0; i < card.mainQuestions.size(); ++i)
        addQuestion(card.mainQuestions[i], tr("H%1").arg(i + 1));
    if (!card.subquestions.empty())
        addHeading(tr("Subquestions"));
    int n = 0;
    for (const DeckQuestionGroup &group : card.subquestions) {
        if (!group.heading.isEmpty()) {
            auto *label = new QLabel(group.heading, m_ui->questions);
            label->setObjectName(QStringLiteral("subheading"));
            QFont f = label->font();
            f.setItalic(true);
            f.setBold(true);
            label->setFont(f);
            m_ui->questions->layout()->addWidget(label);
        }
        for (const DeckQuestion &q : group.questions)
            addQuestion(q, tr("S%1").arg(++n));
    }
    m_current = 0;
    setCurrentRow(0);
    refresh();
}

void CardPage::setCurrentRow(int index)
{
    if (m_rows.empty())
        return;
    m_current = std::clamp(index, 0, static_cast<int>(m_rows.size()) - 1);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        QFont f = m_rows[i].label->font();
        f.setBold(static_cast<int>(i) == m_current);
        m_rows[i].label->setFont(f);
    }
    updateQuoteTarget();
}

QString CardPage::currentQuestionId() const
{
    return m_rows.empty() ? QString() : m_rows[static_cast<std::size_t>(m_current)].questionId;
}

void CardPage::focusQuestion(int index)
{
    if (m_rows.empty())
        return;
    setCurrentRow(index);
    NoteEdit *edit = m_rows[static_cast<std::size_t>(m_current)].edit;
    edit->setFocus(Qt::ShortcutFocusReason);
    m_scroll->ensureWidgetVisible(edit->parentWidget(), 20, 40);
}

void CardPage::focusNextQuestion()
{
    if (m_rows.empty())
        return;
    focusQuestion((m_current + 1) % static_cast<int>(m_rows.size()));
}

void CardPage::push(CardProgress progress, const QString &text, const QString &mergeKey,
                    bool mergeable)
{
    auto *command = new SetCardProgress(m_document, std::move(progress), text, mergeKey);
    command->setMergeable(mergeable);
    if (!command->changes()) {
        delete command;
        return;
    }
    m_document->push(command);
}

void CardPage::setStatus(int index)
{
    CardProgress p = cardProgressOrDefault(m_document->session(), m_card.id);
    p.status = static_cast<CardStatus>(index);
    push(p, tr("Card status: %1").arg(cardStatusText(p.status)));
}

void CardPage::setRunningTime(qint64 extraMs)
{
    m_runningMs = extraMs;
    const CardProgress p = cardProgressOrDefault(m_document->session(), m_card.id);
    m_ui->time->setText(tr("Time: %1").arg(SessionClock::format(p.spentMs + extraMs)));
}

void CardPage::addHeading(QWidget *content, QVBoxLayout *layout)
{
    m_ui->theme = new QLabel(content);
    m_ui->theme->setObjectName(QStringLiteral("cardTheme"));
    QFont themeFont = m_ui->theme->font();
    themeFont.setPointSizeF(themeFont.pointSizeF() * 1.6);
    themeFont.setBold(true);
    m_ui->theme->setFont(themeFont);
    m_ui->theme->setWordWrap(true);
    layout->addWidget(m_ui->theme);
    m_ui->subtitle = new QLabel(content);
    m_ui->subtitle->setObjectName(QStringLiteral("cardSubtitle"));
    layout->addWidget(m_ui->subtitle);

    auto *statusRow = new QHBoxLayout;
    m_ui->status = new QComboBox(content);
    m_ui->status->setObjectName(QStringLiteral("cardStatus"));
    for (int i = 0; i < 4; ++i)
        m_ui->status->addItem(cardStatusText(static_cast<CardStatus>(i)));
    auto *statusLabel = new QLabel(tr("&Status:"), content);
    statusLabel->setBuddy(m_ui->status);
    statusRow->addWidget(statusLabel);
    statusRow->addWidget(m_ui->status);
    statusRow->addStretch();
    m_ui->time = new QLabel(content);
    m_ui->time->setObjectName(QStringLiteral("cardTime"));
    statusRow->addWidget(m_ui->time);
    layout->addLayout(statusRow);

    // The researcher's word for a card without notes, for the report (researcher's layer:
    // also in annotation mode), on a row of its own (the dock is narrow on a laptop). A
    // question's own mark: its notes field's context menu.
    auto *recordRow = new QHBoxLayout;
    m_ui->record = new QComboBox(content);
    m_ui->record->setObjectName(QStringLiteral("cardRecord"));
    m_ui->record->addItem(sectionStateText(std::nullopt), -1);
    for (int i = 0; i < static_cast<int>(enumCount<SectionState>()); ++i)
        m_ui->record->addItem(sectionStateText(static_cast<SectionState>(i)), i);
    m_ui->record->setToolTip(tr("How the findings report words this card when nothing was "
                                "recorded: not discussed, not recorded, or left out"));
    auto *recordLabel = new QLabel(tr("Report:"), content);
    recordLabel->setBuddy(m_ui->record);
    recordRow->addWidget(recordLabel);
    recordRow->addWidget(m_ui->record);
    recordRow->addStretch();
    layout->addLayout(recordRow);
    connect(m_ui->record, &QComboBox::activated, this, [this](int index) {
        const int value = m_ui->record->itemData(index).toInt();
        const auto state =
            value < 0 ? std::nullopt : std::optional(static_cast<SectionState>(value));
        m_document->push(new SetSectionMark(m_document, m_card.id, QString(), state,
                                            tr("Report card as: %1").arg(sectionStateText(state))));
    });
    connect(m_ui->status, &QComboBox::activated, this, &CardPage::setStatus);

    m_ui->explanationToggle = new QToolButton(content);
    m_ui->explanationToggle->setObjectName(QStringLiteral("explanationToggle"));
    m_ui->explanationToggle->setText(tr("Explanation"));
    m_ui->explanationToggle->setCheckable(true);
    m_ui->explanationToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->explanationToggle->setArrowType(Qt::RightArrow);
    m_ui->explanationToggle->setAutoRaise(true);
    layout->addWidget(m_ui->explanationToggle);
    m_ui->explanation = new QLabel(content);
    m_ui->explanation->setObjectName(QStringLiteral("cardExplanation"));
    m_ui->explanation->setWordWrap(true);
    m_ui->explanation->setTextFormat(Qt::PlainText);
    m_ui->explanation->setVisible(false);
    m_ui->explanation->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(m_ui->explanation);
    connect(m_ui->explanationToggle, &QToolButton::toggled, this, [this](bool on) {
        m_ui->explanation->setVisible(on);
        m_ui->explanationToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
}

void CardPage::addQuotes(QWidget *content, QVBoxLayout *layout)
{
    auto *quotesHeading = new QLabel(tr("Quotes"), content);
    QFont headingFont = quotesHeading->font();
    headingFont.setBold(true);
    quotesHeading->setFont(headingFont);
    layout->addWidget(quotesHeading);
    m_ui->quotes = new QListWidget(content);
    m_ui->quotes->setObjectName(QStringLiteral("cardQuotes"));
    m_ui->quotes->setWordWrap(true);
    m_ui->quotes->setMinimumHeight(80);
    layout->addWidget(m_ui->quotes);
    auto *quoteButtons = new QHBoxLayout;
    m_ui->linkQuoteButton = new QPushButton(tr("&Link to Selection"), content);
    m_ui->linkQuoteButton->setObjectName(QStringLiteral("linkQuoteButton"));
    m_ui->linkQuoteButton->setToolTip(
        tr("Link the chosen quote to the partners selected on the map"));
    m_ui->removeQuoteButton = new QPushButton(tr("Remove"), content);
    m_ui->removeQuoteButton->setObjectName(QStringLiteral("removeQuoteButton"));
    quoteButtons->addWidget(m_ui->linkQuoteButton);
    quoteButtons->addWidget(m_ui->removeQuoteButton);
    quoteButtons->addStretch();
    layout->addLayout(quoteButtons);
    layout->addStretch();
    connect(m_ui->linkQuoteButton, &QPushButton::clicked, this, &CardPage::linkQuote);
    connect(m_ui->removeQuoteButton, &QPushButton::clicked, this, &CardPage::removeQuote);
    auto updateQuoteButtons = [this] {
        const bool chosen =
            m_ui->quotes->currentItem() && m_ui->quotes->currentItem()->isSelected();
        m_ui->linkQuoteButton->setEnabled(chosen);
        m_ui->removeQuoteButton->setEnabled(chosen);
    };
    connect(m_ui->quotes, &QListWidget::itemSelectionChanged, this, updateQuoteButtons);
    updateQuoteButtons();
}

/// The quote entry below the scrolling card.
void CardPage::addQuoteEntry(QVBoxLayout *outer)
{
    auto *entry = new QWidget(this);
    auto *entryLayout = new QVBoxLayout(entry);
    entryLayout->setContentsMargins(6, 2, 6, 2);
    m_ui->quoteTarget = new QLabel(entry);
    m_ui->quoteTarget->setObjectName(QStringLiteral("quoteTarget"));
    m_ui->quoteTarget->setWordWrap(true);
    entryLayout->addWidget(m_ui->quoteTarget);
    auto *row = new QHBoxLayout;
    m_ui->quoteEdit = new QLineEdit(entry);
    m_ui->quoteEdit->setObjectName(QStringLiteral("quoteEdit"));
    m_ui->quoteEdit->setPlaceholderText(tr("Quote, as said\u2026"));
    m_ui->quoteEdit->setAccessibleName(tr("Quote"));
    m_ui->quoteEdit->setToolTip(tr("A participant's words, as said; Enter adds the quote"));
    m_ui->quoteParticipant = new QComboBox(entry);
    m_ui->quoteParticipant->setObjectName(QStringLiteral("quoteParticipant"));
    m_ui->quoteParticipant->setToolTip(tr("Who said it"));
    m_ui->addQuoteButton = new QPushButton(tr("Add &Quote"), entry);
    m_ui->addQuoteButton->setObjectName(QStringLiteral("addQuoteButton"));
    entryLayout->addWidget(m_ui->quoteEdit);
    auto *speakerLabel = new QLabel(tr("Sa&id by:"), entry);
    speakerLabel->setBuddy(m_ui->quoteParticipant);
    row->addWidget(speakerLabel);
    row->addWidget(m_ui->quoteParticipant, 1);
    row->addWidget(m_ui->addQuoteButton);
    entryLayout->addLayout(row);
    outer->addWidget(entry);
    connect(m_ui->addQuoteButton, &QPushButton::clicked, this, &CardPage::addQuote);
    connect(m_ui->quoteEdit, &QLineEdit::returnPressed, this, &CardPage::addQuote);
    // Type the quote, Tab to "Said by", choose the speaker, Enter: the quote is kept,
    // and the next quote can be typed.
    EnterKey::install(m_ui->quoteParticipant, [this] {
        const bool kept = !m_ui->quoteEdit->text().trimmed().isEmpty();
        addQuote();
        if (kept)
            m_ui->quoteEdit->setFocus(Qt::OtherFocusReason);
    });
}

} // namespace nwk
