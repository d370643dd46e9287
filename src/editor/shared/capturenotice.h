// SPDX-License-Identifier: GPL-3.0-or-later
// A brief, non-modal confirmation of a capture (quote, note, memo, mark, partner):
// a message in the main window's status bar naming what was kept.
#pragma once

#include <QString>

class QWidget;

namespace nwk {

/// How long a capture's confirmation stays in the status bar.
constexpr int kCaptureNoticeMs = 6000;

/// Shows `text` in the status bar of the main window `from` belongs to (nothing
/// when it has none).
void noticeCapture(const QWidget *from, const QString &text);

/// `text` on one line, cut at about `length` characters with "…", in curly quotes:
/// “Het CLB is er altijd.”
QString quotedSnippet(const QString &text, int length = 48);

} // namespace nwk
