// SPDX-License-Identifier: GPL-3.0-or-later
// What an export shows, shared by every export (maps, GraphML, CSV, findings report).
//
// Every export draws sessionForExport(): a copy of the session in which every text has
// no bidirectional controls and, when anonymising, persons appear under their pseudonym,
// the school under its pseudonym and every free text has their real names replaced. An
// exporter reads nothing else, so a text it shows cannot escape the replacement: a new
// text member of the session needs one line in src/core/exportsession.cpp and one in
// tests/support/namedsession.h (the test "The named session fills every text member of
// the model with names" fails until it is there; the anonymisation tests then grep every
// export format for the names).
// Exports call anonymisationProblems() first and refuse, naming each problem, when it is
// not empty.
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

/// Free text as an anonymised export shows it: every person partner's label and full
/// name, and the school's name, as a whole word and in any case, replaced by its
/// pseudonym (the school without one by "school"); the longest name first, in one pass
/// (an inserted pseudonym is not replaced again). Unchanged when not anonymising.
QString exportFreeText(const Session &s, const QString &text, bool anonymise);

/// True for the bidirectional formatting characters exports leave out: U+061C,
/// U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069.
bool isBidiControl(char32_t c);
/// `text` without bidirectional formatting characters (isBidiControl()).
QString withoutBidiControls(const QString &text);

/// The session every export draws (see the top of this file and docs/exports.md).
/// Always: every text without bidi controls. When anonymising, also:
///  - every text (notes, labels, quotes, memos, annotations, group and category names,
///    roles, the school's profile, snapshots ...) through exportFreeText();
///  - a person partner's label is its pseudonym ("?" without one), its full name empty;
///  - the school's name is its pseudonym; the facilitators are left out.
/// Ids, colours and the session's language are not text and stay as they are.
/// Idempotent: the copy of a copy is the copy.
Session sessionForExport(const Session &s, bool anonymise);

} // namespace nwk
