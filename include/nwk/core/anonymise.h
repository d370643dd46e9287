// SPDX-License-Identifier: GPL-3.0-or-later
// What an anonymised export shows instead of names, shared by every export (maps,
// GraphML, CSV, findings report): persons under their pseudonym, participants under
// their role, the school under its pseudonym. Exports call anonymisationProblems()
// first and refuse, naming each problem, when it is not empty.
#pragma once

#include "nwk/core/session.h"

#include <QStringList>

namespace nwk {

/// One message per person partner without a pseudonym, e.g.
/// "partner 'Juf Ann' (pa12) is a person and has no pseudonym". Empty = ready.
QStringList anonymisationProblems(const Session &s);

/// The partner's name as an export shows it: its pseudonym when anonymising a person
/// ("?" if it has none), else its label, else its full name, else its id.
QString exportPartnerLabel(const Partner &p, bool anonymise);

/// A participant as an export shows it: "P1 zorgcoördinator", or only the role when
/// anonymising. The role falls back to the role group's name (`roleGroupName`).
QString exportParticipantLabel(const Participant &p, bool anonymise, const QString &roleGroupName);

/// The school as an export shows it: its pseudonym when anonymising, else its name;
/// `fallback` when that is empty.
QString exportSchoolName(const Meta &m, bool anonymise, const QString &fallback);

/// Free text (notes, quotes, memos) as an anonymised export shows it: every person
/// partner's label and full name, as a whole word and in any case, replaced by its
/// pseudonym (the longer spelling first). The text unchanged when not anonymising.
QString exportFreeText(const Session &s, const QString &text, bool anonymise);

} // namespace nwk
