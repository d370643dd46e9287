// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/markcommands.h"

#include "nwk/editor/sessionclock.h"

#include "nwk/editor/objectcommands.h"
#include "nwk/editor/sessiondocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <algorithm>

namespace nwk {

namespace {

/// The translation context of this file's texts (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nwk::MarkCommands)
};

/// Children that remove the annotations on a target, highest index first (so the
/// indices stay right on undo, which runs the children in reverse).
void removeAnnotationsOn(SessionDocument *document, AnnotationTarget kind, const QString &id,
                         QUndoCommand *parent)
{
    const auto &all = document->session().annotations;
    for (int i = static_cast<int>(all.size()) - 1; i >= 0; --i) {
        const Annotation &a = all[static_cast<std::size_t>(i)];
        if (a.targetKind == kind && a.targetId == id)
            new RemoveObject<Annotation>(document, a.id, QString(), parent);
    }
}

/// Children that clear `member` of the objects whose `member` is `id`.
template <typename T>
void clearReferences(SessionDocument *document, QString T::*member, const QString &id,
                     QUndoCommand *parent)
{
    for (const T &object : ObjectAccess<T>::items(document->session())) {
        if (object.*member != id)
            continue;
        T changed = object;
        (changed.*member).clear();
        new SetObject<T>(document, changed, QString(), parent);
    }
}

/// How many of the partner's schema-3 statements name the participant.
int statementsOf(const Partner &p, const QString &id)
{
    int n = p.desiredBy.contains(id) ? 1 : 0;
    n += p.sameAsParticipant == id ? 1 : 0;
    for (const AlternativePlacement &a : p.alternatives)
        n += a.participantId == id ? 1 : 0;
    for (const ChoiceChange &c : p.choiceChanges)
        n += c.participantId == id ? 1 : 0;
    return n;
}

/// The partner without any reference to the participant: marks, "named by" and
/// "desired by" entries go; own placements, changed choices and a hybrid's
/// participant stay, unattributed.
Partner withoutParticipant(Partner p, const QString &id)
{
    p.marks.removeAll(id);
    p.namedBy.removeAll(id);
    p.desiredBy.removeAll(id);
    if (p.sameAsParticipant == id)
        p.sameAsParticipant.clear();
    for (AlternativePlacement &a : p.alternatives)
        if (a.participantId == id)
            a.participantId.clear();
    for (ChoiceChange &c : p.choiceChanges)
        if (c.participantId == id)
            c.participantId.clear();
    return p;
}

} // namespace

void appendAnnotationRemovals(SessionDocument *document, AnnotationTarget kind, const QString &id,
                              QUndoCommand *parent)
{
    removeAnnotationsOn(document, kind, id, parent);
}

bool allMarked(const Session &session, const QString &participantId, const QStringList &partnerIds)
{
    bool any = false;
    for (const QString &id : partnerIds) {
        const Partner *p = session.partner(id);
        if (!p)
            continue;
        any = true;
        if (!p->marks.contains(participantId))
            return false;
    }
    return any;
}

QUndoCommand *makeToggleMarkCommand(SessionDocument *document, const QString &participantId,
                                    const QStringList &partnerIds)
{
    const Session &s = document->session();
    const Participant *who = s.participant(participantId);
    if (!who)
        return nullptr;
    const bool remove = allMarked(s, participantId, partnerIds);
    auto *command = new QUndoCommand(remove ? Tr::tr("Unmark for %1").arg(who->code)
                                            : Tr::tr("Mark for %1").arg(who->code));
    for (const QString &id : partnerIds) {
        const Partner *p = s.partner(id);
        if (!p || p->marks.contains(participantId) != remove)
            continue;
        Partner changed = *p;
        if (remove) {
            changed.marks.removeAll(participantId);
        } else {
            // Keep marks in the participants' order, so files do not depend on
            // the order of clicks.
            changed.marks.append(participantId);
            std::stable_sort(changed.marks.begin(), changed.marks.end(),
                             [&](const QString &a, const QString &b) {
                                 return ObjectAccess<Participant>::index(s, a) <
                                        ObjectAccess<Participant>::index(s, b);
                             });
        }
        new SetObject<Partner>(document, changed, QString(), command);
    }
    if (command->childCount() == 0) {
        delete command;
        return nullptr;
    }
    return command;
}

ParticipantReferences participantReferences(const Session &s, const QString &participantId)
{
    ParticipantReferences r;
    for (const Partner &p : s.partners) {
        r.marks += p.marks.contains(participantId) ? 1 : 0;
        r.namedBy += p.namedBy.contains(participantId) ? 1 : 0;
    }
    for (const MissingPartner &m : s.missingPartners)
        r.mentioned += m.mentionedBy == participantId ? 1 : 0;
    for (const CardProgress &c : s.cards)
        for (const Quote &q : c.quotes)
            r.quotes += q.participantId == participantId ? 1 : 0;
    for (const Metaphor &m : s.metaphors)
        r.metaphors += m.participantId == participantId ? 1 : 0;
    for (const Partner &p : s.partners)
        r.statements += statementsOf(p, participantId);
    for (const RelativePlacement &rp : s.relativePlacements)
        r.statements += rp.participantId == participantId ? 1 : 0;
    return r;
}

QUndoCommand *makeRemoveParticipantCommand(SessionDocument *document, const QString &participantId)
{
    const Session &s = document->session();
    const Participant *who = s.participant(participantId);
    if (!who)
        return nullptr;
    auto *command = new QUndoCommand(Tr::tr("Remove participant %1").arg(who->code));
    // References first, the participant last: undo (reverse order) restores the
    // participant before anything points at it again.
    for (const Partner &p : s.partners) {
        const Partner changed = withoutParticipant(p, participantId);
        if (changed != p)
            new SetObject<Partner>(document, changed, QString(), command);
    }
    clearReferences(document, &MissingPartner::mentionedBy, participantId, command);
    clearReferences(document, &RelativePlacement::participantId, participantId, command);
    for (const CardProgress &c : s.cards) {
        CardProgress changed = c;
        bool touched = false;
        for (Quote &q : changed.quotes) {
            if (q.participantId == participantId) {
                q.participantId.clear();
                touched = true;
            }
        }
        if (touched)
            new SetObject<CardProgress>(document, changed, QString(), command);
    }
    clearReferences(document, &Metaphor::participantId, participantId, command);
    new RemoveObject<Participant>(document, participantId, QString(), command);
    return command;
}

namespace {

/// One step that removes the object and the annotations on it.
template <typename T>
QUndoCommand *removeWithAnnotations(SessionDocument *document, const QString &id,
                                    AnnotationTarget target, const QString &text)
{
    auto *command = new QUndoCommand(text);
    removeAnnotationsOn(document, target, id, command);
    new RemoveObject<T>(document, id, QString(), command);
    return command;
}

} // namespace

QUndoCommand *makeRemoveMissingCommand(SessionDocument *document, const QString &missingId)
{
    const MissingPartner *m = ObjectAccess<MissingPartner>::find(document->session(), missingId);
    return m ? removeWithAnnotations<MissingPartner>(
                   document, missingId, AnnotationTarget::MissingPartner,
                   Tr::tr("Remove missing partner \u201c%1\u201d").arg(m->label))
             : nullptr;
}

QUndoCommand *makeRemoveGroupCommand(SessionDocument *document, const QString &groupId)
{
    const Group *g = ObjectAccess<Group>::find(document->session(), groupId);
    return g ? removeWithAnnotations<Group>(document, groupId, AnnotationTarget::Group,
                                            Tr::tr("Delete group \u201c%1\u201d").arg(g->label))
             : nullptr;
}

QString nextParticipantCode(const Session &s)
{
    for (int n = 1;; ++n) {
        const QString code = QStringLiteral("P%1").arg(n);
        if (std::none_of(s.participants.begin(), s.participants.end(),
                         [&](const Participant &p) { return p.code == code; }))
            return code;
    }
}

qint64 sessionClockMs(const Session &s, const QDateTime &now)
{
    // One clock for the whole editor (sessionclock.h): -1 when not recording
    // or when the session is being reviewed long after the recording.
    const qint64 ms = SessionClock::elapsedMs(s.recordingStarted, now);
    return ms > SessionClock::kMaxSessionMs ? -1 : ms;
}

} // namespace nwk
