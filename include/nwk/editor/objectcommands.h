// SPDX-License-Identifier: GPL-3.0-or-later
// Generic undo commands that add or remove one object of a collection addressed by
// id (participants, missing partners, groups, metaphors, memos, ...). They hold the
// object's value and index, never pointers. Partners and links are added with
// AddObject too (AddPartner, AddLink name the step); they have their own removal
// commands (partnercommands.h, linkcommands.h) because removing them takes along
// what refers to them.
#pragma once

#include "nwk/editor/editlayer.h"
#include "nwk/editor/objectaccess.h"

#include <QUndoCommand>

namespace nwk {

template <typename T> class AddObject : public QUndoCommand, public LayeredCommand {
public:
    EditLayer layer() const override { return layerOf<T>; }
    /// index -1 = append.
    AddObject(SessionDocument *document, T object, const QString &text, int index = -1,
              QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_object(std::move(object))
        , m_index(index < 0 ? static_cast<int>(ObjectAccess<T>::items(document->session()).size())
                            : index)
    {
    }
    void redo() override { ObjectAccess<T>::insert(*m_document, m_index, m_object); }
    void undo() override { ObjectAccess<T>::remove(*m_document, m_object.id); }

private:
    SessionDocument *m_document;
    T m_object;
    int m_index;
};

template <typename T> class RemoveObject : public QUndoCommand, public LayeredCommand {
public:
    EditLayer layer() const override { return layerOf<T>; }
    RemoveObject(SessionDocument *document, const QString &id, const QString &text,
                 QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
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
    void redo() override { ObjectAccess<T>::remove(*m_document, m_object.id); }
    void undo() override { ObjectAccess<T>::insert(*m_document, m_index, m_object); }

private:
    SessionDocument *m_document;
    T m_object{};
    int m_index = -1;
};

/// Replaces a whole object (several fields at once, one undo step).
template <typename T> class SetObject : public QUndoCommand, public LayeredCommand {
public:
    EditLayer layer() const override { return layerOf<T>; }
    SetObject(SessionDocument *document, T object, const QString &text,
              QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_new(std::move(object))
    {
        const T *found = ObjectAccess<T>::find(document->session(), m_new.id);
        if (!found || *found == m_new) {
            setObsolete(true);
            return;
        }
        m_old = *found;
    }
    void redo() override { ObjectAccess<T>::set(*m_document, m_new); }
    void undo() override { ObjectAccess<T>::set(*m_document, m_old); }

private:
    SessionDocument *m_document;
    T m_new;
    T m_old{};
};

} // namespace nwk
