// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantsdock.h"

#include "nwk/core/clocktext.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/markcommands.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/sessiondocument.h"
#include "sessiontablemodel.h"
#include "shared/capturenotice.h"
#include "shared/plaintip.h"
#include "shared/propertytexts.h"
#include "shared/rolestyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nwk {

namespace {

const Participant &at(const Session &s, int row)
{
    return s.participants[static_cast<std::size_t>(row)];
}

/// A command that sets one field with its own undo step (a cell edit is complete).
template <auto Member, typename Value>
QUndoCommand *setField(SessionDocument *document, const QString &id, Value value,
                       const QString &text)
{
    return cellEdit<Participant, Member>(document, id, std::move(value), text);
}

/// "h:mm:ss", "m:ss" or empty (-1); nullopt when not a time.
std::optional<qint64> parseClock(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    const QStringList parts = t.split(QLatin1Char(':'));
    if (parts.size() > 3)
        return std::nullopt;
    qint64 seconds = 0;
    for (const QString &part : parts) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 0)
            return std::nullopt;
        seconds = seconds * 60 + n;
    }
    return seconds * 1000;
}

} // namespace

ParticipantsDock::ParticipantsDock(SessionDocument *document, MapScene *scene, QWidget *parent)
    : SessionTableDock(tr("Participants"), QStringLiteral("participantsDock"), document,
                       &Session::participants, parent)
    , m_scene(scene)
{
    addColumns();
    buildContent();

    auto participantsChanged = [this] {
        m_model->reload();
        rebuildMarkButtons();
        updateButtons();
    };
    onChange(document, {ChangeKind::Participant}, this, participantsChanged);
    connect(document, &SessionDocument::sessionReset, this, participantsChanged);
    connect(document, &SessionDocument::recordingStartedChanged, this,
            &ParticipantsDock::updateButtons);
    connect(document, &SessionDocument::partnersChanged, this, &ParticipantsDock::syncMarkButtons);
    connect(document, &SessionDocument::partnersRemoved, this, &ParticipantsDock::syncMarkButtons);
    connect(scene, &QGraphicsScene::selectionChanged, this, &ParticipantsDock::syncMarkButtons);
    participantsChanged();
}

void ParticipantsDock::setNow(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    updateButtons();
}

void ParticipantsDock::addParticipant()
{
    const Session &s = m_document->session();
    Participant p;
    p.id = uniqueId(s, QStringLiteral("p"));
    p.code = nextParticipantCode(s);
    m_document->push(
        new AddObject<Participant>(m_document, p, tr("Add participant %1").arg(p.code)));
    const int row = m_model->rowOf(p.id);
    if (row < 0)
        return;
    const QModelIndex role = m_model->index(row, RoleColumn);
    m_table->setCurrentIndex(role);
    m_table->scrollTo(role);
    m_table->setFocus();
    m_table->edit(role);
}

void ParticipantsDock::removeCurrent()
{
    const QString id = currentRowId();
    const Participant *p = m_document->session().participant(id);
    if (!p)
        return;
    const ParticipantReferences refs = participantReferences(m_document->session(), id);
    if (refs.total() > 0) {
        auto count = [](int n, const QString &one, const QString &many) {
            return n == 1 ? one : many.arg(n);
        };
        QStringList what;
        if (refs.marks)
            what.append(count(refs.marks, tr("1 importance mark"), tr("%1 importance marks")));
        if (refs.namedBy)
            what.append(count(refs.namedBy, tr("1 \u201cnamed by\u201d entry"),
                              tr("%1 \u201cnamed by\u201d entries")));
        if (refs.mentioned)
            what.append(count(refs.mentioned, tr("1 missing partner mentioned"),
                              tr("%1 missing partners mentioned")));
        if (refs.quotes)
            what.append(count(refs.quotes, tr("1 quote"), tr("%1 quotes")));
        if (refs.metaphors)
            what.append(count(refs.metaphors, tr("1 metaphor"), tr("%1 metaphors")));
        if (refs.statements)
            what.append(count(refs.statements, tr("1 statement about a distance or choice"),
                              tr("%1 statements about distances or choices")));
        QMessageBox box(QMessageBox::Warning, tr("Remove Participant"),
                        tr("Remove %1?").arg(participantTitle(*p)),
                        QMessageBox::Ok | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText); // the role may come from a phone: never markup
        box.setInformativeText(
            tr("The map holds %1 of this participant. Removing the participant removes "
               "their marks and entries and unattributes their quotes and metaphors. "
               "Undo brings everything back.")
                .arg(what.join(QStringLiteral(", "))));
        box.button(QMessageBox::Ok)->setText(tr("Remove"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Ok)
            return;
    }
    if (QUndoCommand *command = makeRemoveParticipantCommand(m_document, id))
        m_document->push(command);
}

void ParticipantsDock::stamp(bool joined)
{
    const QString id = currentRowId();
    const qint64 ms = sessionClockMs(m_document->session(), m_now());
    if (id.isEmpty() || ms < 0)
        return;
    m_document->push(
        joined ? setField<&Participant::joinedMs>(m_document, id, ms, tr("Participant joined"))
               : setField<&Participant::leftMs>(m_document, id, ms, tr("Participant left")));
}

void ParticipantsDock::toggleMark(const QString &participantId)
{
    const QStringList partners = m_scene->selectedPartnerIds();
    QUndoCommand *command = makeToggleMarkCommand(m_document, participantId, partners);
    if (!command)
        return;
    m_document->push(command);
    const Session &s = m_document->session();
    const Partner *first = s.partner(partners.value(0));
    if (!first)
        return;
    const QString who = texts::participantName(s, participantId);
    const QString what = partners.size() == 1 ? quotedSnippet(first->label, 32)
                                              : tr("%n partners", nullptr, partners.size());
    //: Status bar after Alt+n or a mark button: %1 the participant's code, %2 the partner(s)
    noticeCapture(this, first->marks.contains(participantId)
                            ? tr("Mark kept: %1 on %2").arg(who, what)
                            : tr("Mark removed: %1 from %2").arg(who, what));
}

void ParticipantsDock::rebuildMarkButtons()
{
    qDeleteAll(m_marks.buttons);
    m_marks.buttons.clear();
    while (QLayoutItem *item = m_marks.layout->takeAt(0))
        delete item;
    const auto &participants = m_document->session().participants;
    for (std::size_t i = 0; i < participants.size(); ++i) {
        const Participant &p = participants[i];
        auto *button = new QToolButton(widget());
        button->setObjectName(QStringLiteral("markButton_") + p.id);
        button->setCheckable(true);
        button->setText(p.code);
        button->setIcon(markBadgeIcon(m_document->session(), p.id));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        const QString key = i < 9 ? tr(" (Alt+%1)").arg(i + 1) : QString();
        button->setToolTip(plainToolTip(tr("Matters to %1").arg(participantTitle(p)) + key));
        const QString id = p.id;
        // Clicking flips the check state first; the document decides it (sync).
        connect(button, &QToolButton::clicked, this, [this, id] {
            toggleMark(id);
            syncMarkButtons();
        });
        m_marks.layout->addWidget(button);
        m_marks.buttons.append(button);
    }
    m_marks.layout->addStretch();
    syncMarkButtons();
}

void ParticipantsDock::syncMarkButtons()
{
    const QStringList selected = m_scene->selectedPartnerIds();
    const Session &s = m_document->session();
    if (s.participants.empty())
        m_marks.label->setText(tr("Add participants to mark the partners that matter to them."));
    else if (selected.isEmpty())
        m_marks.label->setText(tr("Select partners on the map to mark them."));
    else
        m_marks.label->setText(tr("Matters to (for %n selected partner(s)):", nullptr,
                                  static_cast<int>(selected.size())));
    for (int i = 0; i < m_marks.buttons.size() && i < static_cast<int>(s.participants.size());
         ++i) {
        QAbstractButton *b = m_marks.buttons[i];
        b->setEnabled(!selected.isEmpty());
        b->setChecked(allMarked(s, s.participants[static_cast<std::size_t>(i)].id, selected));
    }
}

void ParticipantsDock::updateButtons()
{
    const bool current = !currentRowId().isEmpty();
    m_remove->setEnabled(current);
    const bool running = sessionClockMs(m_document->session(), m_now()) >= 0;
    for (QPushButton *b : {m_joined, m_left}) {
        b->setEnabled(current && running);
        b->setToolTip(running ? tr("Stamp the session-clock time on the selected participant")
                              : tr("The session clock is not running"));
    }
}

void ParticipantsDock::addColumns()
{
    m_model->addColumn({tr("Code"),
                        [](const Session &s, int row, int role) -> QVariant {
                            if (role == Qt::DisplayRole || role == Qt::EditRole)
                                return at(s, row).code;
                            return {};
                        },
                        [this](int row, const QVariant &value) -> QUndoCommand * {
                            const QString code = value.toString().trimmed();
                            const Session &s = m_document->session();
                            if (code.isEmpty())
                                return nullptr;
                            for (const Participant &p : s.participants)
                                if (p.code == code && p.id != at(s, row).id)
                                    return nullptr; // codes name participants: keep them unique
                            return setField<&Participant::code>(m_document, at(s, row).id, code,
                                                                tr("Edit participant code"));
                        },
                        {}});
    m_model->addColumn(textColumn<Participant, &Participant::role>(
        &Session::participants, tr("Role"), tr("Edit participant role"), false));
    m_model->addColumn({tr("Role group"),
                        [](const Session &s, int row, int role) -> QVariant {
                            const RoleGroup g = at(s, row).roleGroup;
                            if (role == Qt::DisplayRole)
                                return roleGroupName(g);
                            if (role == Qt::EditRole)
                                return static_cast<int>(g);
                            if (role == Qt::DecorationRole)
                                return roleSwatch(g);
                            return {};
                        },
                        [this](int row, const QVariant &value) -> QUndoCommand * {
                            const int g = value.toInt();
                            if (g < 0 || g >= static_cast<int>(enumCount<RoleGroup>()))
                                return nullptr;
                            return setField<&Participant::roleGroup>(
                                m_document, at(m_document->session(), row).id,
                                static_cast<RoleGroup>(g), tr("Edit participant role group"));
                        },
                        [] { return roleGroupNames(); }});
    auto timeColumn = [this](const QString &header, auto member, const QString &unset,
                             const QString &undoText) {
        m_model->addColumn(
            {header,
             [member, unset](const Session &s, int row, int role) -> QVariant {
                 const qint64 ms = at(s, row).*member;
                 if (role == Qt::DisplayRole)
                     return ms < 0 ? unset : fullClockText(ms);
                 if (role == Qt::EditRole)
                     return fullClockText(ms);
                 if (role == Qt::ToolTipRole)
                     return tr("Session-clock time (h:mm:ss); empty: %1").arg(unset);
                 return {};
             },
             [this, member, undoText](int row, const QVariant &value) -> QUndoCommand * {
                 const std::optional<qint64> ms = parseClock(value.toString());
                 if (!ms)
                     return nullptr;
                 const QString id = at(m_document->session(), row).id;
                 if (member == &Participant::joinedMs)
                     return setField<&Participant::joinedMs>(m_document, id, *ms, undoText);
                 return setField<&Participant::leftMs>(m_document, id, *ms, undoText);
             },
             {}});
    };
    timeColumn(tr("Joined"), &Participant::joinedMs, tr("from the start"), tr("Edit joined time"));
    timeColumn(tr("Left"), &Participant::leftMs, tr("stayed"), tr("Edit left time"));
    m_model->addColumn(checkColumn<Participant, &Participant::joinedLate>(
        &Session::participants, tr("Late"), tr("Joined late; the time is not known"),
        tr("Edit joined late")));
    m_model->addColumn(checkColumn<Participant, &Participant::leftEarly>(
        &Session::participants, tr("Early"), tr("Left early; the time is not known"),
        tr("Edit left early")));
}

void ParticipantsDock::buildContent()
{
    auto *content = new QWidget(this);
    createTable(content, QStringLiteral("participantsTable"));
    m_table->setItemDelegate(new ComboDelegate(m_table));
    // The code and the role are what the facilitator reads: the role column keeps room for
    // about 30 characters and wraps longer roles onto more lines; the columns after it
    // (role group, joined, left) scroll sideways in a narrow dock rather than squeeze it.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RoleColumn, QHeaderView::Interactive);
    header->resizeSection(RoleColumn, m_table->fontMetrics().averageCharWidth() * 30);
    header->setStretchLastSection(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    QPushButton *add = createButton(tr("&Add"), QStringLiteral("addParticipantButton"),
                                    tr("Add a participant with the next free code"), content);
    m_remove = createButton(tr("Remove"), QStringLiteral("removeParticipantButton"), {}, content);
    m_joined = createButton(tr("Joined Now"), QStringLiteral("joinedNowButton"), {}, content);
    m_left = createButton(tr("Left Now"), QStringLiteral("leftNowButton"), {}, content);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_remove, m_joined, m_left})
        buttons->addWidget(b);
    buttons->addStretch();

    m_marks.label = new QLabel(content);
    m_marks.label->setWordWrap(true);
    m_marks.layout = new QHBoxLayout;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_marks.label);
    layout->addLayout(m_marks.layout);
    setWidget(content);

    connect(add, &QPushButton::clicked, this, &ParticipantsDock::addParticipant);
    connect(m_remove, &QPushButton::clicked, this, &ParticipantsDock::removeCurrent);
    connect(m_joined, &QPushButton::clicked, this, [this] { stamp(true); });
    connect(m_left, &QPushButton::clicked, this, [this] { stamp(false); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ParticipantsDock::updateButtons);
}

} // namespace nwk
