// SPDX-License-Identifier: GPL-3.0-or-later
// Session > Session Details…: what is recorded about the session itself beyond the
// school (schema 3): its duration, the number of participants as said (beside those
// listed), the maps the school made before, and the group's own words for the map and
// its nodes. OK applies every change as one undo step.
#pragma once

#include "nwk/core/session.h"

#include <QDialog>

class QPlainTextEdit;
class QSpinBox;

namespace nwk {

class EditorContext;
class SessionDocument;

class SessionDetailsDialog : public QDialog {
    Q_OBJECT

public:
    SessionDetailsDialog(const Session &session, QWidget *parent = nullptr);

    /// `meta` with the dialog's values.
    Meta edited(Meta meta) const;

    /// Shows the dialog for `document` and applies what it gives (one undo step).
    static void edit(SessionDocument *document, QWidget *parent);

private:
    QSpinBox *m_duration = nullptr;
    QSpinBox *m_countSaid = nullptr;
    QPlainTextEdit *m_priorMaps = nullptr;
    QPlainTextEdit *m_mapWords = nullptr;
};

/// The feature: Session > Session Details…
struct SessionDetails {
    static void install(EditorContext &context);
};

} // namespace nwk
