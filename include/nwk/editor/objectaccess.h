// SPDX-License-Identifier: GPL-3.0-or-later
// How generic commands reach one kind of object of the session by id: find it,
// its index, and the document mutators that insert, remove and replace it.
#pragma once

#include "nwk/core/ids.h"
#include "nwk/editor/sessiondocument.h"

#include <algorithm>
#include <vector>

namespace nwk {

template <typename T> struct ObjectAccess;

#define NWK_OBJECT_ACCESS(Type, collection, Name)                                                  \
    template <> struct ObjectAccess<Type> {                                                        \
        static const std::vector<Type> &items(const Session &s) { return s.collection; }           \
        static const Type *find(const Session &s, const QString &id)                               \
        {                                                                                          \
            return findId(s.collection, id);                                                       \
        }                                                                                          \
        static int index(const Session &s, const QString &id)                                      \
        {                                                                                          \
            return indexOfId(s.collection, id);                                                    \
        }                                                                                          \
        static void insert(SessionDocument &d, int i, const Type &x) { d.insert##Name(i, x); }     \
        static void remove(SessionDocument &d, const QString &id) { d.remove##Name(id); }          \
        static void set(SessionDocument &d, const Type &x) { d.set##Name(x); }                     \
    };

NWK_OBJECT_ACCESS(Partner, partners, Partner)
NWK_OBJECT_ACCESS(Link, links, Link)
NWK_OBJECT_ACCESS(Category, categories, Category)
NWK_OBJECT_ACCESS(Participant, participants, Participant)
NWK_OBJECT_ACCESS(MissingPartner, missingPartners, MissingPartner)
NWK_OBJECT_ACCESS(Group, groups, Group)
NWK_OBJECT_ACCESS(Metaphor, metaphors, Metaphor)
NWK_OBJECT_ACCESS(Memo, memos, Memo)
NWK_OBJECT_ACCESS(Annotation, annotations, Annotation)
NWK_OBJECT_ACCESS(Code, codebook, Code)
NWK_OBJECT_ACCESS(Snapshot, snapshots, Snapshot)
#undef NWK_OBJECT_ACCESS

} // namespace nwk
