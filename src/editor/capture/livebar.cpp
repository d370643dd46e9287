// SPDX-License-Identifier: GPL-3.0-or-later
#include "livebar.h"

#include "capturepanel.h"
#include "cards/cardspanel.h"
#include "context/editorcontext.h"
#include "nwk/editor/cards/focusgroup.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/sessionclock.h"
#include "nwk/editor/sessiondocument.h"
#include "participants/marksui.h"
#include "recording/recordingfeature.h"
#include "shared/plaintip.h"
#include "shared/rolestyle.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>

#include <functional>

namespace nwk {

namespace {

/// A one-line label that gives up width first: it shows what fits, with "…".
class ElidedLabel : public QLabel {
public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override
    {
        QSize s = QLabel::minimumSizeHint();
        s.setWidth(std::min(s.width(), fontMetrics().horizontalAdvance(QLatin1Char('x')) * 8));
        return s;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QRect r = contentsRect();
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(r, Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(text(), Qt::ElideRight, r.width()));
    }
};

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

QToolButton *toolButton(QWidget *parent, const QString &name, const QString &text,
                        const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

/// A combo box showing another one's items and choice (the Capture dock's): the
/// dock's combo keeps the state; choosing here chooses there.
QComboBox *mirror(QComboBox *source, QWidget *parent, const QString &name,
                  std::function<void(int)> choose)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setModel(source->model());
    combo->setCurrentIndex(source->currentIndex());
    combo->setToolTip(source->toolTip());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    QObject::connect(combo, &QComboBox::activated, source, std::move(choose));
    QObject::connect(source, &QComboBox::currentIndexChanged, combo,
                     [combo](int index) { combo->setCurrentIndex(index); });
    return combo;
}

} // namespace

struct LiveBar::Widgets {
    /// The current card's text and the session clock (ticking while the bar is shown).
    QLabel *card = nullptr, *clock = nullptr;
    QTimer *clockTimer = nullptr;
    /// The quick-add field; where new partners go and who named them (mirroring the dock).
    QLineEdit *edit = nullptr;
    QComboBox *place = nullptr, *participant = nullptr;
    /// A button per participant that marks the selected partners.
    QWidget *marksRow = nullptr;
    QList<QToolButton *> markButtons;
};

LiveBar::LiveBar(const EditorContext &context, CapturePanel *capture, MarksUi *marks,
                 FocusGroup *group, QAction *liveAction, QWidget *parent)
    : QWidget(parent)
    , m_document(context.document)
    , m_scene(context.scene)
    , m_view(context.view)
    , m_capture(capture)
    , m_marks(marks)
    , m_group(group)
    , m_ui(std::make_unique<Widgets>())
    , m_recording(context.feature<RecordingFeature>())
{
    setObjectName(QStringLiteral("liveBar"));
    setAccessibleName(tr("Live layout bar"));
    setAutoFillBackground(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 6, 2);
    row->setSpacing(4);
    row->addWidget(createCardPart(), 3);
    row->addWidget(separator(this));
    row->addWidget(createCapturePart(), 5);
    row->addWidget(separator(this));
    m_ui->marksRow = new QWidget(this);
    m_ui->marksRow->setObjectName(QStringLiteral("liveMarks"));
    auto *marksLayout = new QHBoxLayout(m_ui->marksRow);
    marksLayout->setContentsMargins(0, 0, 0, 0);
    marksLayout->setSpacing(1);
    row->addWidget(m_ui->marksRow);
    row->addWidget(separator(this));
    const QString key = liveAction->shortcut().toString(QKeySequence::NativeText);
    QToolButton *docks = toolButton(this, QStringLiteral("liveShowDocks"), tr("Show &Docks"),
                                    tr("Bring back the docks as they were (%1)").arg(key));
    connect(docks, &QToolButton::clicked, liveAction, &QAction::trigger);
    row->addWidget(docks);

    SessionDocument *document = m_document;
    connect(group->panel(), &CardsPanel::currentCardChanged, this, &LiveBar::updateCard);
    connect(document, &SessionDocument::deckChanged, this, &LiveBar::updateCard);
    onChange(document, {ChangeKind::Participant}, this, [this] { rebuildMarkButtons(); });
    connect(document, &SessionDocument::sessionReset, this, &LiveBar::rebuildMarkButtons);
    connect(document, &SessionDocument::partnersChanged, this, &LiveBar::syncMarkButtons);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &LiveBar::syncMarkButtons);
    rebuildMarkButtons();
    updateCard();
}

LiveBar::~LiveBar() = default;

QLineEdit *LiveBar::captureEdit() const
{
    return m_ui->edit;
}

QLabel *LiveBar::cardLabel() const
{
    return m_ui->card;
}

QList<QToolButton *> LiveBar::markButtons() const
{
    return m_ui->markButtons;
}

QWidget *LiveBar::createCardPart()
{
    auto *part = new QWidget(this);
    auto *row = new QHBoxLayout(part);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    auto keyOf = [](QAction *a) { return a->shortcut().toString(QKeySequence::NativeText); };
    QToolButton *previous =
        toolButton(part, QStringLiteral("livePreviousCard"), QStringLiteral("\u25c0"),
                   tr("Previous card (%1)").arg(keyOf(m_group->previousCard)));
    QToolButton *next = toolButton(part, QStringLiteral("liveNextCard"), QStringLiteral("\u25b6"),
                                   tr("Next card (%1)").arg(keyOf(m_group->nextCard)));
    previous->setAccessibleName(tr("Previous card"));
    next->setAccessibleName(tr("Next card"));
    connect(previous, &QToolButton::clicked, m_group->previousCard, &QAction::trigger);
    connect(next, &QToolButton::clicked, m_group->nextCard, &QAction::trigger);
    m_ui->card = new ElidedLabel(part);
    m_ui->card->setObjectName(QStringLiteral("liveCard"));
    m_ui->clock = new QLabel(part);
    m_ui->clock->setObjectName(QStringLiteral("liveClock"));
    m_ui->clock->setToolTip(tr("The session clock: time since the recording started"));
    m_ui->clockTimer = new QTimer(this);
    m_ui->clockTimer->setInterval(1000);
    connect(m_ui->clockTimer, &QTimer::timeout, this, &LiveBar::updateClock);
    row->addWidget(previous);
    row->addWidget(m_ui->card, 1);
    row->addWidget(next);
    row->addSpacing(6);
    row->addWidget(m_ui->clock);
    row->addWidget(m_recording->makeIndicator(part)); // red dot and time while recording
    return part;
}

QWidget *LiveBar::createCapturePart()
{
    auto *part = new QWidget(this);
    auto *row = new QHBoxLayout(part);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    m_ui->edit = new QLineEdit(part);
    m_ui->edit->setObjectName(QStringLiteral("liveCaptureEdit"));
    m_ui->edit->setPlaceholderText(tr("Partner name, then Enter"));
    m_ui->edit->setToolTip(tr("Type a partner's name and press Enter (Ctrl+L or / comes here; "
                              "Esc goes back to the map)"));
    m_ui->edit->setAccessibleName(tr("New partner"));
    m_ui->edit->setClearButtonEnabled(true);
    m_ui->edit->setMinimumWidth(140);
    connect(m_ui->edit, &QLineEdit::returnPressed, this, [this] {
        const QString label = m_ui->edit->text().trimmed();
        if (label.isEmpty())
            return;
        m_capture->addPartner(label);
        m_ui->edit->clear();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_ui->edit);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this,
            [this] { m_view->setFocus(Qt::ShortcutFocusReason); });

    QComboBox *dockPlace = m_capture->placeCombo();
    m_ui->place = mirror(dockPlace, part, QStringLiteral("livePlaceCombo"),
                         [dockPlace](int index) { dockPlace->setCurrentIndex(index); });
    m_ui->place->setAccessibleName(tr("Place in"));
    CapturePanel *capture = m_capture;
    m_ui->participant =
        mirror(capture->participantCombo(), part, QStringLiteral("liveParticipantCombo"),
               [capture](int index) { capture->chooseParticipant(index); });
    m_ui->participant->setAccessibleName(tr("Named by"));
    auto *placeLabel = new QLabel(tr("in"), part);
    auto *byLabel = new QLabel(tr("by"), part);
    placeLabel->setBuddy(m_ui->place);
    byLabel->setBuddy(m_ui->participant);
    row->addWidget(m_ui->edit, 2);
    row->addWidget(placeLabel);
    row->addWidget(m_ui->place, 1);
    row->addWidget(byLabel);
    row->addWidget(m_ui->participant, 1);
    return part;
}

void LiveBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateCard();
    updateClock();
    syncMarkButtons();
    m_ui->clockTimer->start();
}

void LiveBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_ui->clockTimer->stop();
}

void LiveBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_ui->card->update();
}

void LiveBar::updateCard()
{
    const Deck &deck = m_group->deck();
    const int index = m_group->currentCardIndex();
    const int total = static_cast<int>(deck.cards.size());
    if (index < 0 || index >= total) {
        m_ui->card->setText(tr("No cards"));
        m_ui->card->setToolTip(QString());
        return;
    }
    const DeckCard &card = deck.cards[static_cast<std::size_t>(index)];
    //: Live layout bar: %1 the card's number, %2 the number of cards, %3 its theme
    m_ui->card->setText(tr("%1/%2 %3").arg(index + 1).arg(total).arg(card.theme));
    QStringList questions;
    for (const DeckQuestion &q : card.mainQuestions)
        questions.append(q.text);
    m_ui->card->setToolTip(card.theme + QLatin1Char('\n') + questions.join(QLatin1Char('\n')));
}

void LiveBar::updateClock()
{
    const qint64 ms = SessionClock::elapsedMs(m_document->session());
    //: Live layout bar: the session clock, e.g. "Clock 12:34" ("Clock –" before the recording)
    m_ui->clock->setText(tr("Clock %1").arg(SessionClock::format(ms)));
}

void LiveBar::rebuildMarkButtons()
{
    qDeleteAll(m_ui->markButtons);
    m_ui->markButtons.clear();
    const auto &participants = m_document->session().participants;
    auto *layout = static_cast<QHBoxLayout *>(m_ui->marksRow->layout());
    for (int i = 0; i < m_marks->markActions.size(); ++i) {
        if (i >= static_cast<int>(participants.size()))
            break;
        const Participant &p = participants[static_cast<std::size_t>(i)];
        QAction *mark = m_marks->markActions[i];
        QToolButton *button = toolButton(
            m_ui->marksRow, QStringLiteral("liveMark_") + p.id, p.code.isEmpty() ? p.id : p.code,
            plainToolTip(tr("Matters to %1 (%2)")
                             .arg(participantTitle(p),
                                  mark->shortcut().toString(QKeySequence::NativeText))));
        button->setCheckable(true);
        button->setIcon(roleSwatch(p.roleGroup));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        // Clicking flips the check state first; the document decides it (sync).
        connect(button, &QToolButton::clicked, this, [this, mark] {
            mark->trigger();
            syncMarkButtons();
        });
        layout->addWidget(button);
        m_ui->markButtons.append(button);
    }
    m_ui->marksRow->setVisible(!m_ui->markButtons.isEmpty());
    syncMarkButtons();
}

void LiveBar::syncMarkButtons()
{
    const QStringList selected = m_scene->selectedPartnerIds();
    const Session &s = m_document->session();
    for (int i = 0; i < m_ui->markButtons.size() && i < static_cast<int>(s.participants.size());
         ++i) {
        const QString id = s.participants[static_cast<std::size_t>(i)].id;
        bool all = !selected.isEmpty();
        for (const QString &partnerId : selected) {
            const Partner *p = s.partner(partnerId);
            all = all && p && p->marks.contains(id);
        }
        m_ui->markButtons[i]->setEnabled(!selected.isEmpty());
        m_ui->markButtons[i]->setChecked(all);
    }
}

} // namespace nwk
