// SPDX-License-Identifier: GPL-3.0-or-later
// A spin box of a time in milliseconds shown and typed as "h:mm:ss" (with ".mmm" when the
// time has a fraction; "mm:ss" and plain seconds are read too; negative allowed). The
// arrows step a second. The Transcript dock's offset.
#pragma once

#include <QSpinBox>

namespace nwk {

class ClockSpinBox : public QSpinBox {
    Q_OBJECT

public:
    explicit ClockSpinBox(QWidget *parent = nullptr);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;
};

} // namespace nwk
