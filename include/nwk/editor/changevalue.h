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
//   static void set(DocumentEditor &, const QString &objectId, const Value &);
// Member-pointer based Fields for the common objects are below, e.g.
//   push(new ChangeValue<PartnerField<&Partner::label>>(doc, id, text, tr("Edit label")));
#pragma once

#include "nwk/editor/commandids.h"
#include "nwk/editor/documenteditor.h"
#include "nwk/editor/editlayer.h"
#include "nwk/editor/objectaccess.h"
#include "nwk/editor/sessiondocument.h"

#include <QUndoCommand>

#include <optional>
#include <type_traits>
#include <utility>

namespace nwk {

/// The layer a ChangeValue<Field> changes: the group's data unless specialised below
/// (after the Field types), as layerOf<T> is for whole objects (editlayer.h).
template <typename Field> inline constexpr EditLayer fieldLayerOf = EditLayer::Group;

template <typename Field> class ChangeValue : public EditCommand, public LayeredCommand {
public:
    using Value = typename Field::Value;

    ChangeValue(SessionDocument *document, QString objectId, Value value, const QString &text,
                QUndoCommand *parent = nullptr)
        : EditCommand(text, parent)
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
    EditLayer layer() const override { return fieldLayerOf<Field>; }

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

    void redo() override { set(m_new); }
    void undo() override { set(m_old); }

    const QString &objectId() const { return m_objectId; }
    const Value &newValue() const { return m_new; }
    const Value &oldValue() const { return m_old; }

private:
    void set(const Value &value)
    {
        DocumentEditor e = editor(m_document);
        Field::set(e, m_objectId, value);
    }

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
    static void set(DocumentEditor &e, const QString &id, const Value &v)
    {
        const Object *o = ObjectAccess<Object>::find(e.session(), id);
        if (!o)
            return;
        Object copy = *o;
        copy.*Member = v;
        e.replace(copy);
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
    static void set(DocumentEditor &e, const QString &, const Value &v)
    {
        Meta copy = e.session().meta;
        copy.*Member = v;
        e.assign(&Session::meta, ChangeKind::Meta, copy);
    }
};

/// One value of the session (not an object of a collection); the object id is
/// ignored, e.g. SessionValueField<&Session::deck, ChangeKind::Deck>.
template <auto Member, ChangeKind Kind> struct SessionValueField {
    using Value = detail::MemberValue<Session, Member>;
    static std::optional<Value> get(const Session &s, const QString &) { return s.*Member; }
    static void set(DocumentEditor &e, const QString &, const Value &v)
    {
        e.assign(Member, Kind, v);
    }
};

/// Session::freePlacement.
using FreePlacementField = SessionValueField<&Session::freePlacement, ChangeKind::FreePlacement>;

/// Pseudonyms are the researcher's: they prepare the anonymised export and are
/// editable in annotation mode (issue #23). Every other field is the group's.
template <>
inline constexpr EditLayer fieldLayerOf<PartnerField<&Partner::pseudonym>> = EditLayer::Research;
template <>
inline constexpr EditLayer fieldLayerOf<MetaField<&Meta::schoolPseudonym>> = EditLayer::Research;

} // namespace nwk
