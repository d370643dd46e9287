// SPDX-License-Identifier: GPL-3.0-or-later
// User-visible names of the focus group's enum values.
#pragma once

#include "nwk/core/enums.h"

#include <QCoreApplication>
#include <QString>

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

} // namespace nwk
