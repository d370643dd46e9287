// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/anonymise.h"

#include <QRegularExpression>

#include <algorithm>

namespace nwk {

QStringList anonymisationProblems(const Session &s)
{
    QStringList problems;
    for (const Partner &p : s.partners) {
        if (p.kind != PartnerKind::Person || !p.pseudonym.trimmed().isEmpty())
            continue;
        const QString name = p.label.trimmed().isEmpty() ? p.fullName.trimmed() : p.label.trimmed();
        problems << QStringLiteral("partner '%1' (%2) is a person and has no pseudonym")
                        .arg(name.isEmpty() ? p.id : name, p.id);
    }
    return problems;
}

QString exportPartnerLabel(const Partner &p, bool anonymise)
{
    if (anonymise && p.kind == PartnerKind::Person)
        return p.pseudonym.trimmed().isEmpty() ? QStringLiteral("?") : p.pseudonym.trimmed();
    if (!p.label.trimmed().isEmpty())
        return p.label.trimmed();
    if (!p.fullName.trimmed().isEmpty())
        return p.fullName.trimmed();
    return p.id;
}

QString exportParticipantLabel(const Participant &p, bool anonymise, const QString &roleGroupName)
{
    const QString role = p.role.trimmed().isEmpty() ? roleGroupName : p.role.trimmed();
    if (anonymise)
        return role;
    const QString code = p.code.isEmpty() ? p.id : p.code;
    return role.isEmpty() ? code : code + QLatin1Char(' ') + role;
}

QString exportSchoolName(const Meta &m, bool anonymise, const QString &fallback)
{
    const QString name = (anonymise ? m.schoolPseudonym : m.schoolName).trimmed();
    return name.isEmpty() ? fallback : name;
}

QString exportFreeText(const Session &s, const QString &text, bool anonymise)
{
    if (!anonymise || text.isEmpty())
        return text;
    QString out = text;
    for (const Partner &p : s.partners) {
        if (p.kind != PartnerKind::Person)
            continue;
        const QString pseudonym = exportPartnerLabel(p, true);
        QStringList spelled{p.fullName.trimmed(), p.label.trimmed()};
        std::sort(spelled.begin(), spelled.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &name : std::as_const(spelled)) {
            if (name.isEmpty() || name.compare(pseudonym, Qt::CaseInsensitive) == 0)
                continue;
            const QRegularExpression re(
                QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)),
                QRegularExpression::CaseInsensitiveOption |
                    QRegularExpression::UseUnicodePropertiesOption);
            out.replace(re, pseudonym);
        }
    }
    return out;
}

} // namespace nwk
