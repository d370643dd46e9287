// SPDX-License-Identifier: GPL-3.0-or-later
// Generic undo commands that add, remove or replace one object of any collection
// with an ObjectAccess<T> (participants, missing partners, groups, metaphors, memos,
// ...), through the edit gateway (documenteditor.h). They hold the object's value
// and index, never pointers. Partners and links are added with
// AddObject too (AddPartner, AddLink name the step); they have their own removal
// commands (partnercommands.h, linkcommands.h) because removing them takes along
// what refers to them.
#pragma once

#include "nwk/editor/documenteditor.h"
#include "nwk/editor/editlayer.h"
#include "nwk/editor/objectaccess.h"

namespace nwk {

template <typename T> class AddObject : public EditCommand, public LayeredCommand {
public:
    EditLayer layer() const override { return layerOf<T>; }
    /// index -1 = append.
    AddObject(SessionDocument *document, T object, const QString &text, int index = -1,
              QUndoCommand *parent = nullptr)
        : EditCommand(text, parent)
        , m_document(document)
        , m_object(std::move(object))
        , m_index(index < 0 ? static_cast<int>(ObjectAccess<T>::items(document->session()).size())
                            : index)
    {
    }
    void redo() override { editor(m_document).insert(m_index, m_object); }
    void undo() override { editor(m_document).template remove<T>(ObjectAccess<T>::idOf(m_object)); }

private:
    SessionDocument *m_document;
    T m_object;
    int m_index;
};

template <typename T> class RemoveObject : public EditCommand, public LayeredCommand {
public:
    EditLayer layer() const override { return layerOf<T>; }
    RemoveObject(SessionDocument *document, const QString &id, const QString &text,
                 QUndoCommand *parent = nullptr)
        : EditCommand(text, parent)
        , m_document(document)
    {
        const T *found = ObjectAccess<T>::find(document->session(), id);
        if (!found) {
            setObsolete(true);
            return;
        }
        m_object = *found;
        m_index = ObjectAccess<T>::index(document->session(), id);
    }
    void redo() override { editor(m_document).template remove<T>(ObjectAccess<T>::idOf(m_object)); }
    void undo() override { editor(m_document).insert(m_index, m_object); }

private:
    SessionDocument *m_document;
    T m_object{};
    int m_index = -1;
};

/// Replaces a whole object (several fields at once, one undo step).
template <typename T> class SetObject : public EditCommand, public LayeredCommand {
public:
    EditLayer layer() const override { return layerOf<T>; }
    SetObject(SessionDocument *document, T object, const QString &text,
              QUndoCommand *parent = nullptr)
        : EditCommand(text, parent)
        , m_document(document)
        , m_new(std::move(object))
    {
        const T *found = ObjectAccess<T>::find(document->session(), ObjectAccess<T>::idOf(m_new));
        if (!found || *found == m_new) {
            setObsolete(true);
            return;
        }
        m_old = *found;
    }
    void redo() override { editor(m_document).replace(m_new); }
    void undo() override { editor(m_document).replace(m_old); }

private:
    SessionDocument *m_document;
    T m_new;
    T m_old{};
};

} // namespace nwk
