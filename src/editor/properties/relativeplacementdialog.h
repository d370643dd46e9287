// SPDX-License-Identifier: GPL-3.0-or-later
// "Placed relative to…": a partner placed relative to another partner or the school,
// as the group said it ("a bit further than our own guidance service", schema 3).
// The dialog asks the relation, the reference, the words as said and who said it;
// addRelativePlacement() adds what it gives as one undo step.
#pragma once

#include "nwk/core/session.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace nwk {

class SessionDocument;

class RelativePlacementDialog : public QDialog {
    Q_OBJECT

public:
    RelativePlacementDialog(const Session &session, const QString &partnerId,
                            QWidget *parent = nullptr);

    /// What the dialog holds, with a new id unique in `session`.
    RelativePlacement relativePlacement(const Session &session) const;

private:
    QString m_partnerId;
    QComboBox *m_relation = nullptr;
    QComboBox *m_reference = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_participant = nullptr;
};

/// Asks with the dialog, then adds the relative placement of `partnerId` (one undo
/// step, refused in annotation mode). False when cancelled.
bool addRelativePlacement(SessionDocument *document, const QString &partnerId, QWidget *parent);

} // namespace nwk
