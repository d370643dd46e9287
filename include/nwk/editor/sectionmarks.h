// SPDX-License-Identifier: GPL-3.0-or-later
// The researcher's mark on a section of a card without a record (SectionMark: not
// discussed, not recorded, left out), so that the findings report words it honestly.
// It is the researcher's layer: one undo step, allowed in annotation mode.
#pragma once

#include "nwk/editor/cardcommands.h"
#include "nwk/editor/editlayer.h"

#include <optional>

namespace nwk {

/// The mark of `questionId` (empty = the card as a whole) on card `cardId`; nullopt when
/// the section is not marked.
std::optional<SectionState> sectionMarkOf(const Session &session, const QString &cardId,
                                          const QString &questionId);

/// Sets (a state) or clears (nullopt) the mark of one section of a card.
class SetSectionMark : public SetCardProgress, public LayeredCommand {
public:
    SetSectionMark(SessionDocument *document, const QString &cardId, const QString &questionId,
                   std::optional<SectionState> state, const QString &text);
    EditLayer layer() const override { return EditLayer::Research; }
};

} // namespace nwk
