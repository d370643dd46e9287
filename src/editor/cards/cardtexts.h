// SPDX-License-Identifier: GPL-3.0-or-later
// User-visible names of the focus group's enum values.
#pragma once

#include "nwk/core/enums.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nwk {

inline QString cardStatusText(CardStatus s)
{
    switch (s) {
    case CardStatus::NotStarted:
        return QCoreApplication::translate("nwk::Cards", "Not started");
    case CardStatus::InProgress:
        return QCoreApplication::translate("nwk::Cards", "In progress");
    case CardStatus::Done:
        return QCoreApplication::translate("nwk::Cards", "Done");
    case CardStatus::Skipped:
        return QCoreApplication::translate("nwk::Cards", "Skipped");
    }
    return {};
}

inline QString memoKindText(MemoKind k)
{
    switch (k) {
    case MemoKind::Atmosphere:
        return QCoreApplication::translate("nwk::Cards", "Atmosphere");
    case MemoKind::Disturbance:
        return QCoreApplication::translate("nwk::Cards", "Disturbance");
    case MemoKind::Emotion:
        return QCoreApplication::translate("nwk::Cards", "Emotion");
    case MemoKind::Other:
        return QCoreApplication::translate("nwk::Cards", "Other");
    }
    return {};
}

/// The researcher's mark on a section without a record, as the card page and the notes'
/// context menu name it; nullopt = no mark ("as recorded").
inline QString sectionStateText(std::optional<SectionState> s)
{
    if (!s)
        return QCoreApplication::translate("nwk::Cards", "As recorded");
    switch (*s) {
    case SectionState::NotDiscussed:
        return QCoreApplication::translate("nwk::Cards", "Not discussed");
    case SectionState::NotRecorded:
        return QCoreApplication::translate("nwk::Cards", "Not recorded");
    case SectionState::LeftOut:
        return QCoreApplication::translate("nwk::Cards", "Left out");
    }
    return {};
}

} // namespace nwk
