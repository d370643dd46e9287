// SPDX-License-Identifier: GPL-3.0-or-later
// Enter in a field that would otherwise pass it on (a closed combo box passes it
// to the dialog's default button, or drops it) runs the action its label promises.
#pragma once

#include <QKeyEvent>
#include <QObject>
#include <QWidget>

#include <functional>

namespace nwk {

class EnterKey final : public QObject {
public:
    /// Enter or Return on `field` (without Ctrl, Shift or Alt) runs `action`.
    static void install(QWidget *field, std::function<void()> action)
    {
        field->installEventFilter(new EnterKey(field, std::move(action)));
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                modifiers == Qt::NoModifier) {
                m_action();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    EnterKey(QObject *parent, std::function<void()> action)
        : QObject(parent)
        , m_action(std::move(action))
    {
    }
    std::function<void()> m_action;
};

} // namespace nwk
