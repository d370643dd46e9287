// SPDX-License-Identifier: GPL-3.0-or-later
// Who chose a metaphor (schema 3): a named participant, a role when the participant is
// not named ("een leerkracht"), or the whole group. One combo (participants, then "A
// role…" with a text field, then "The whole group") beside the metaphor's text on the
// protocol tab.
#pragma once

#include "nwk/core/session.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace nwk {

class MetaphorSpeaker : public QWidget {
    Q_OBJECT

public:
    explicit MetaphorSpeaker(QWidget *parent = nullptr);

    /// Lists the session's participants again, keeping the choice.
    void refresh(const Session &s);
    /// Shows who chose `m`.
    void showSpeaker(const Metaphor &m);
    /// Sets who chose `m` (participant, role or group; the others cleared).
    void applyTo(Metaphor &m) const;

    /// Who chose it as listed: "P1 (directeur)", "een leerkracht", "the whole group"; empty
    /// when unknown.
    static QString speakerText(const Session &s, const Metaphor &m);

private:
    void updateRoleField();

    QComboBox *m_who = nullptr;
    QLineEdit *m_role = nullptr;
};

} // namespace nwk
