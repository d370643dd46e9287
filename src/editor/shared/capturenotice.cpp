// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturenotice.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QWidget>

namespace nwk {

void noticeCapture(const QWidget *from, const QString &text)
{
    for (const QWidget *w = from; w; w = w->parentWidget()) {
        if (auto *window = qobject_cast<const QMainWindow *>(w)) {
            const_cast<QMainWindow *>(window)->statusBar()->showMessage(text, kCaptureNoticeMs);
            return;
        }
    }
}

QString quotedSnippet(const QString &text, int length)
{
    QString line = text.simplified();
    if (line.size() > length)
        line = line.left(length - 1).trimmed() + QStringLiteral("\u2026");
    return QStringLiteral("\u201c%1\u201d").arg(line);
}

} // namespace nwk
