// SPDX-License-Identifier: GPL-3.0-or-later
// Times on the session clock (milliseconds since the recording started) as text.
#pragma once

#include <QString>

namespace nwk {

/// Hours, minutes and seconds: "0:05:07", "1:05:07"; empty for a negative (unknown) time.
QString fullClockText(qint64 ms);
/// Minutes and seconds under an hour ("5:07"), hours, minutes and seconds from an hour on
/// ("1:05:07"); empty for a negative (unknown) time.
QString shortClockText(qint64 ms);
/// Two-digit hours, minutes and seconds, as transcripts stamp them: "00:05:07", "01:05:07"
/// (the quotes' times in the findings report, the timeline CSV's clock); empty for a negative
/// (unknown) time.
QString stampClockText(qint64 ms);

} // namespace nwk
