// SPDX-License-Identifier: GPL-3.0-or-later
// The edit gateway: the only way to change a SessionDocument's session.
//
// DocumentEditor holds the document's mutators: insert, remove, replace, put and
// move of any collection with an ObjectAccess<T> (objectaccess.h), assign() of a
// single value of the session, and the batched partner move. Each runs the change,
// keeps the document's look-ups right and announces it once through
// SessionDocument::changed(Change).
//
// Only undo commands get one: its constructor is private and EditCommand, the base
// of every command that changes the session, is its friend (as qmt's
// ModelController keeps its mutators to its commands). So "only commands change the
// session" is a rule the compiler checks, and every change is an undo step pushed
// through SessionDocument::push(), where the annotation lock sits.
#pragma once

#include "nwk/core/placement.h" // PartnerPlacement
#include "nwk/editor/objectaccess.h"
#include "nwk/editor/sessiondocument.h"

#include <QUndoCommand>

#include <algorithm>
#include <type_traits>
#include <vector>

namespace nwk {

class DocumentEditor {
public:
    const Session &session() const { return m_document.m_session; }

    /// Inserts at `index` (clamped to 0..size); nothing when the key is there already.
    template <typename T> void insert(int index, const T &object);
    /// Removes the object with this key; nothing when absent.
    template <typename T> void remove(const QString &id);
    /// Replaces the object with the same key; nothing when absent or equal.
    template <typename T> void replace(const T &object);
    /// Replaces the object with the same key, or appends it when absent.
    template <typename T> void put(const T &object);
    /// Moves the object to position `to` (clamped); announced as Reordered.
    template <typename T> void move(const QString &id, int to);
    /// Sets one value of the session (meta, rings, deck ...); nothing when equal.
    template <typename V> void assign(V Session::*member, ChangeKind kind, const V &value);

    /// New placements and categories of several partners, one Change for all of them.
    void setPlacements(const std::vector<PartnerPlacement> &placements);

private:
    friend class EditCommand;
    explicit DocumentEditor(SessionDocument &document)
        : m_document(document)
    {
    }
    template <typename T> SharedVector<T> &items()
    {
        return ObjectAccess<T>::items(mutableSession());
    }
    template <typename T> int indexOf(const QString &id) const
    {
        if constexpr (std::is_same_v<T, Partner>)
            return m_document.partnerIndex(id); // hashed: a drag step does not search
        else
            return ObjectAccess<T>::index(session(), id);
    }
    Session &mutableSession() { return m_document.m_session; }
    void done(ChangeKind kind, ChangeType type, const QStringList &ids, int index = -1)
    {
        m_document.applied({kind, type, ids}, index);
    }

    SessionDocument &m_document;
};

/// The base of every undo command that changes the session: it alone can hand out
/// the document's DocumentEditor.
class EditCommand : public QUndoCommand {
public:
    using QUndoCommand::QUndoCommand;

protected:
    static DocumentEditor editor(SessionDocument *document) { return DocumentEditor(*document); }
};

template <typename T> void DocumentEditor::insert(int index, const T &object)
{
    const QString id = ObjectAccess<T>::idOf(object);
    if (indexOf<T>(id) >= 0)
        return;
    SharedVector<T> &all = items<T>();
    const auto at = std::clamp<std::ptrdiff_t>(index, 0, std::ssize(all));
    all.insert(all.begin() + at, object);
    done(ObjectAccess<T>::kind, ChangeType::Added, {id}, static_cast<int>(at));
}

template <typename T> void DocumentEditor::remove(const QString &id)
{
    const int i = indexOf<T>(id);
    if (i < 0)
        return;
    SharedVector<T> &all = items<T>();
    all.erase(all.begin() + i);
    done(ObjectAccess<T>::kind, ChangeType::Removed, {id}, i);
}

template <typename T> void DocumentEditor::replace(const T &object)
{
    const QString id = ObjectAccess<T>::idOf(object);
    const int i = indexOf<T>(id);
    if (i < 0 || items<T>()[static_cast<std::size_t>(i)] == object)
        return;
    items<T>()[static_cast<std::size_t>(i)] = object;
    done(ObjectAccess<T>::kind, ChangeType::Changed, {id}, i);
}

template <typename T> void DocumentEditor::put(const T &object)
{
    if (indexOf<T>(ObjectAccess<T>::idOf(object)) < 0)
        insert(static_cast<int>(items<T>().size()), object);
    else
        replace(object);
}

template <typename T> void DocumentEditor::move(const QString &id, int to)
{
    SharedVector<T> &all = items<T>();
    const int from = indexOf<T>(id);
    if (from < 0)
        return;
    to = std::clamp(to, 0, static_cast<int>(all.size()) - 1);
    if (from == to)
        return;
    T moved = std::move(all[static_cast<std::size_t>(from)]);
    all.erase(all.begin() + from);
    all.insert(all.begin() + to, std::move(moved));
    done(ObjectAccess<T>::kind, ChangeType::Reordered, {id}, to);
}

template <typename V>
void DocumentEditor::assign(V Session::*member, ChangeKind kind, const V &value)
{
    if (session().*member == value)
        return;
    mutableSession().*member = value;
    done(kind, ChangeType::Changed, {});
}

} // namespace nwk
