// SPDX-License-Identifier: GPL-3.0-or-later
#include "clockspinbox.h"

#include "transcriptfiles.h"

#include <QRegularExpression>

namespace nwk {

namespace {
constexpr int kMaxOffsetMs = 99 * 3600 * 1000; // the transcripts' own limit: 99 hours
}

ClockSpinBox::ClockSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    setRange(-kMaxOffsetMs, kMaxOffsetMs);
    setSingleStep(1000);
    setKeyboardTracking(false); // one value (one undo step) when typing ends
    setAccelerated(true);
}

QString ClockSpinBox::textFromValue(int value) const
{
    return clockText(value, true);
}

int ClockSpinBox::valueFromText(const QString &text) const
{
    return static_cast<int>(parseClockText(text).value_or(value()));
}

QValidator::State ClockSpinBox::validate(QString &text, int &) const
{
    const std::optional<qint64> ms = parseClockText(text);
    if (ms && *ms >= minimum() && *ms <= maximum())
        return QValidator::Acceptable;
    static const QRegularExpression partial(QStringLiteral(R"(^\s*[+-]?[\d:.,]*\s*$)"));
    return partial.match(text).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

} // namespace nwk
