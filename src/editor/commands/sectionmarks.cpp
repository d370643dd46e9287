// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/sectionmarks.h"

#include <algorithm>

namespace nwk {

namespace {
CardProgress withMark(const Session &session, const QString &cardId, const QString &questionId,
                      std::optional<SectionState> state)
{
    CardProgress p = cardProgressOrDefault(session, cardId);
    auto &marks = p.sectionMarks;
    const auto it = std::find_if(marks.begin(), marks.end(),
                                 [&](const SectionMark &m) { return m.questionId == questionId; });
    if (!state) {
        if (it != marks.end())
            marks.erase(it);
    } else if (it != marks.end()) {
        it->state = *state;
    } else {
        SectionMark mark;
        mark.questionId = questionId;
        mark.state = *state;
        marks.push_back(mark);
    }
    return p;
}
} // namespace

std::optional<SectionState> sectionMarkOf(const Session &session, const QString &cardId,
                                          const QString &questionId)
{
    const CardProgress *p = findCardProgress(session, cardId);
    const SectionMark *m = p ? p->sectionMark(questionId) : nullptr;
    return m ? std::optional(m->state) : std::nullopt;
}

SetSectionMark::SetSectionMark(SessionDocument *document, const QString &cardId,
                               const QString &questionId, std::optional<SectionState> state,
                               const QString &text)
    : SetCardProgress(document, withMark(document->session(), cardId, questionId, state), text)
{
}

} // namespace nwk
