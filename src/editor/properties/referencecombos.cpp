// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencecombos.h"

#include "shared/propertytexts.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <algorithm>

namespace nwk::refs {

namespace {
void finish(QComboBox *combo, const QString &current)
{
    combo->setMinimumContentsLength(12);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}
} // namespace

void fillPartners(QComboBox *combo, const Session &s, const QString &current,
                  const QString &exclude, const QString &noneText,
                  const std::function<bool(const Partner &)> &keep)
{
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(noneText, QString());
    for (const Partner &p : s.partners) {
        if (p.id == exclude || (keep && !keep(p) && p.id != current))
            continue;
        combo->addItem(texts::endName(s, p.id), p.id);
    }
    finish(combo, current);
}

QString participantTitle(const Participant &p)
{
    return p.role.isEmpty() ? p.code : p.code + QStringLiteral(" \u2013 ") + p.role;
}

void fillParticipants(QComboBox *combo, const Session &s, const QString &current,
                      const QString &noneText)
{
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(noneText, QString());
    for (const Participant &p : s.participants)
        combo->addItem(participantTitle(p), p.id);
    finish(combo, current);
}

QString currentId(const QComboBox *combo)
{
    return combo->currentData().toString();
}

} // namespace nwk::refs
