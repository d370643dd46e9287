// SPDX-License-Identifier: GPL-3.0-or-later
// Base of the property editors (one per object kind): the object shown, the
// document, and helpers that bind a field widget to one ChangeValue field.
//
// Every user edit becomes one undo command; typing into one field is one undo
// step: the first command after the field gained focus is pushed with
// setMergeable(false), the rest of the burst merges into it. Programmatic
// updates (refresh() from the document's signals) never push.
//
// Annotation mode: every field of the group's data is disabled, from the start
// and after every refresh; a field of the researcher's layer (keepUnlocked(),
// e.g. a partner's pseudonym) stays editable. A refused edit re-reads the model.
#pragma once

#include "nwk/editor/changevalue.h"
#include "nwk/editor/sessiondocument.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QWidget>

namespace nwk {

class ObjectEditor : public QWidget {
    Q_OBJECT

public:
    ObjectEditor(SessionDocument *document, QWidget *parent = nullptr);

    const QString &objectId() const { return m_id; }
    /// Shows object `id` (empty: none; the editor is disabled then).
    void setObjectId(const QString &id);
    /// Re-reads the shown object from the document, then applies the annotation lock.
    void refresh();

protected:
    /// Shows the object's values in the fields (refresh() without the lock).
    virtual void reload() = 0;
    /// `w` (a direct child) edits the researcher's layer (a pseudonym) or nothing (a
    /// read-only list): it stays enabled in annotation mode.
    static void keepUnlocked(QWidget *w);

    bool eventFilter(QObject *watched, QEvent *event) override;

    /// Marks focus-in on `w`: its next edit starts a new undo step.
    void watchBurst(QWidget *w);
    /// True (once) when `w`'s next edit starts a new undo step.
    bool startsBurst(QWidget *w);

    template <typename Field>
    void pushChange(typename Field::Value value, const QString &text, QWidget *source,
                    bool newStep = false)
    {
        if (m_refreshing || m_id.isEmpty())
            return;
        auto *command = new ChangeValue<Field>(m_document, m_id, std::move(value), text);
        if (newStep || startsBurst(source))
            command->setMergeable(false);
        m_document->push(command);
    }

    template <typename Field> QLineEdit *lineEdit(const QString &objectName, const QString &text)
    {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        watchBurst(edit);
        connect(edit, &QLineEdit::textEdited, this,
                [this, edit, text](const QString &value) { pushChange<Field>(value, text, edit); });
        return edit;
    }

    template <typename Field>
    QPlainTextEdit *textEdit(const QString &objectName, const QString &text)
    {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(objectName);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(90);
        watchBurst(edit);
        connect(edit, &QPlainTextEdit::textChanged, this,
                [this, edit, text] { pushChange<Field>(edit->toPlainText(), text, edit); });
        return edit;
    }

    /// A combo of an enum's values (display texts in enum order); each choice is one step.
    template <typename Field>
    QComboBox *enumCombo(const QString &objectName, const QStringList &texts, const QString &text)
    {
        auto *combo = new QComboBox(this);
        combo->setObjectName(objectName);
        combo->addItems(texts);
        connect(combo, &QComboBox::activated, this, [this, combo, text](int index) {
            using E = typename Field::Value;
            pushChange<Field>(static_cast<E>(index), text, combo, true);
        });
        return combo;
    }

    /// Enables the editor when the shown object was `found`; returns it, or an empty object
    /// (for refresh(): the fields show it while disabled).
    template <typename T> const T &shown(const T *found)
    {
        setEnabled(found != nullptr);
        static const T empty;
        return found ? *found : empty;
    }

    static void sync(QLineEdit *edit, const QString &text);
    static void sync(QPlainTextEdit *edit, const QString &text);

    SessionDocument *m_document;
    QString m_id;
    bool m_refreshing = false;
};

/// Sets m_refreshing for a scope.
class RefreshGuard {
public:
    explicit RefreshGuard(bool &flag)
        : m_flag(flag)
    {
        m_flag = true;
    }
    ~RefreshGuard() { m_flag = false; }
    RefreshGuard(const RefreshGuard &) = delete;
    RefreshGuard &operator=(const RefreshGuard &) = delete;

private:
    bool &m_flag;
};

} // namespace nwk
