// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeValue<Field>: the one undo command for editing a single field of one
// object addressed by id (a partner's label, a link's note, the school name ...).
//
// Consecutive edits of the same field of the same object merge, so typing into
// one text field is one undo step; an edit that ends where it started is
// dropped (obsolete). A panel that wants a new step (e.g. on focus-in) pushes
// its next command with setMergeable(false).
//
// A Field is a traits type:
//   using Value = ...;
//   static std::optional<Value> get(const Session &, const QString &objectId);
//   static void set(SessionDocument &, const QString &objectId, const Value &);
// Member-pointer based Fields for the common objects are below, e.g.
//   push(new ChangeValue<PartnerField<&Partner::label>>(doc, id, text, tr("Edit label")));
#pragma once

#include "nwk/editor/commandids.h"
#include "nwk/editor/objectaccess.h"
#include "nwk/editor/sessiondocument.h"

#include <QUndoCommand>

#include <optional>
#include <type_traits>
#include <utility>

namespace nwk {

template <typename Field> class ChangeValue : public QUndoCommand {
public:
    using Value = typename Field::Value;

    ChangeValue(SessionDocument *document, QString objectId, Value value, const QString &text,
                QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_objectId(std::move(objectId))
        , m_new(std::move(value))
    {
        const std::optional<Value> old = Field::get(m_document->session(), m_objectId);
        if (!old) {
            setObsolete(true); // no such object: nothing to do
            return;
        }
        m_old = *old;
        setObsolete(m_old == m_new);
    }

    int id() const override { return static_cast<int>(CommandId::ChangeValue); }

    /// False: never merge into the previous command (start a new undo step).
    void setMergeable(bool mergeable) { m_mergeable = mergeable; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeValue *>(other);
        if (!o || !o->m_mergeable || o->m_document != m_document || o->m_objectId != m_objectId)
            return false;
        m_new = o->m_new;
        setObsolete(m_new == m_old);
        return true;
    }

    void redo() override { Field::set(*m_document, m_objectId, m_new); }
    void undo() override { Field::set(*m_document, m_objectId, m_old); }

    const QString &objectId() const { return m_objectId; }
    const Value &newValue() const { return m_new; }
    const Value &oldValue() const { return m_old; }

private:
    SessionDocument *m_document;
    QString m_objectId;
    Value m_new;
    Value m_old{};
    bool m_mergeable = true;
};

namespace detail {
template <typename Object, auto Member>
using MemberValue = std::remove_cvref_t<decltype(std::declval<Object &>().*Member)>;
}

/// A member of any object with ObjectAccess (objectaccess.h), e.g.
/// ObjectField<Participant, &Participant::role>.
template <typename Object, auto Member> struct ObjectField {
    using Value = detail::MemberValue<Object, Member>;
    static std::optional<Value> get(const Session &s, const QString &id)
    {
        const Object *o = ObjectAccess<Object>::find(s, id);
        return o ? std::optional<Value>(o->*Member) : std::nullopt;
    }
    static void set(SessionDocument &d, const QString &id, const Value &v)
    {
        const Object *o = ObjectAccess<Object>::find(d.session(), id);
        if (!o)
            return;
        Object copy = *o;
        copy.*Member = v;
        ObjectAccess<Object>::set(d, copy);
    }
};

/// Shorthands: PartnerField<&Partner::notes>, LinkField<&Link::label>,
/// CategoryField<&Category::color>.
template <auto Member> using PartnerField = ObjectField<Partner, Member>;
template <auto Member> using LinkField = ObjectField<Link, Member>;
template <auto Member> using CategoryField = ObjectField<Category, Member>;

/// A member of the session's Meta; the object id is ignored (use an empty string).
template <auto Member> struct MetaField {
    using Value = detail::MemberValue<Meta, Member>;
    static std::optional<Value> get(const Session &s, const QString &) { return s.meta.*Member; }
    static void set(SessionDocument &d, const QString &, const Value &v)
    {
        Meta copy = d.session().meta;
        copy.*Member = v;
        d.setMeta(copy);
    }
};

/// Session::freePlacement; the object id is ignored.
struct FreePlacementField {
    using Value = bool;
    static std::optional<bool> get(const Session &s, const QString &) { return s.freePlacement; }
    static void set(SessionDocument &d, const QString &, bool v) { d.setFreePlacement(v); }
};

} // namespace nwk
