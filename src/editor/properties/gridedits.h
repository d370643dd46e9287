// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the category and ring editors: a line edit bound to
// one field through ChangeValue, one undo step per editing burst.
#pragma once

#include "nwk/editor/changevalue.h"
#include "nwk/editor/sessiondocument.h"

#include <QIcon>
#include <QLineEdit>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace nwk::gridui {

/// Typing into `edit` pushes ChangeValue<Field> for the object `objectId()`;
/// the keystrokes of one burst (until editingFinished) merge into one undo step.
/// `accept` turns the text into the value to store, or nullopt to store nothing
/// yet (e.g. an incomplete colour).
template <typename Field>
void bindText(QLineEdit *edit, SessionDocument *document, std::function<QString()> objectId,
              QString undoText, std::function<std::optional<QString>(const QString &)> accept = {})
{
    auto burst = std::make_shared<bool>(false);
    QObject::connect(edit, &QLineEdit::textEdited, edit, [=](const QString &text) {
        const QString id = objectId();
        const std::optional<QString> value = accept ? accept(text) : std::optional(text);
        if (id.isEmpty() || !value)
            return;
        auto *command = new ChangeValue<Field>(document, id, *value, undoText);
        command->setMergeable(*burst);
        *burst = true;
        document->push(command);
    });
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [burst] { *burst = false; });
}

/// The swatch of a category in lists: its colour, frame and letter.
QIcon swatch(const Category &c);

/// Sets the text only when it differs, so the cursor of the user's typing stays.
inline void syncText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace nwk::gridui
