// SPDX-License-Identifier: GPL-3.0-or-later
// How the edit gateway (DocumentEditor, documenteditor.h) and the generic commands
// (objectcommands.h, changevalue.h) reach one collection of the session: an access
// traits struct ObjectAccess<T> per value type T that says
//   static constexpr ChangeKind kind;                 // announced in Change::kind
//   static const SharedVector<T> &items(const Session &);
//   static SharedVector<T> &items(Session &);         // only the gateway writes
//   static QString idOf(const T &);                   // the object's key
// and gets find() and index() from CollectionLookups. A collection of the model is
// one NWK_COLLECTION line below (see docs/architecture.md, "Adding a collection").
#pragma once

#include "nwk/core/session.h"
#include "nwk/editor/change.h"

#include <QString>

#include <algorithm>
#include <vector>

namespace nwk {

template <typename T> struct ObjectAccess;

/// find() and index() by key for an access struct `Access` over objects of type T.
template <typename Access, typename T> struct CollectionLookups {
    /// Index of the first object with this key, or -1.
    static int index(const Session &s, const QString &id)
    {
        const SharedVector<T> &all = Access::items(s);
        auto it =
            std::find_if(all.begin(), all.end(), [&](const T &x) { return Access::idOf(x) == id; });
        return it == all.end() ? -1 : static_cast<int>(it - all.begin());
    }
    static const T *find(const Session &s, const QString &id)
    {
        const int i = index(s, id);
        return i < 0 ? nullptr : &Access::items(s)[static_cast<std::size_t>(i)];
    }
};

/// The access struct of a collection that is a member of Session, keyed by `Key`.
template <typename T, SharedVector<T> Session::*Items, ChangeKind Kind, QString T::*Key = &T::id>
struct SessionCollection : CollectionLookups<SessionCollection<T, Items, Kind, Key>, T> {
    static constexpr ChangeKind kind = Kind;
    static const SharedVector<T> &items(const Session &s) { return s.*Items; }
    static SharedVector<T> &items(Session &s) { return s.*Items; }
    static QString idOf(const T &x) { return x.*Key; }
};

#define NWK_COLLECTION(Type, ...)                                                                  \
    template <> struct ObjectAccess<Type> : SessionCollection<Type, __VA_ARGS__> {                 \
    };

NWK_COLLECTION(Category, &Session::categories, ChangeKind::Category)
NWK_COLLECTION(Partner, &Session::partners, ChangeKind::Partner)
NWK_COLLECTION(Link, &Session::links, ChangeKind::Link)
NWK_COLLECTION(Participant, &Session::participants, ChangeKind::Participant)
NWK_COLLECTION(MissingPartner, &Session::missingPartners, ChangeKind::MissingPartner)
NWK_COLLECTION(Group, &Session::groups, ChangeKind::Group)
NWK_COLLECTION(CardProgress, &Session::cards, ChangeKind::Card, &CardProgress::cardId)
NWK_COLLECTION(ProtocolStepState, &Session::protocol, ChangeKind::ProtocolStep,
               &ProtocolStepState::stepId)
NWK_COLLECTION(ClosingAnswer, &Session::closingAnswers, ChangeKind::ClosingAnswer,
               &ClosingAnswer::questionId)
NWK_COLLECTION(Metaphor, &Session::metaphors, ChangeKind::Metaphor)
NWK_COLLECTION(Memo, &Session::memos, ChangeKind::Memo)
NWK_COLLECTION(Annotation, &Session::annotations, ChangeKind::Annotation)
NWK_COLLECTION(Code, &Session::codebook, ChangeKind::Code)
NWK_COLLECTION(Snapshot, &Session::snapshots, ChangeKind::Snapshot)
NWK_COLLECTION(RelativePlacement, &Session::relativePlacements, ChangeKind::RelativePlacement)
#undef NWK_COLLECTION

} // namespace nwk
