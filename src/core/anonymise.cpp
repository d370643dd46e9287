// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/anonymise.h"

#include "namereplacer.h"

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
    return detail::NameReplacer(s).apply(text);
}

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

QString withoutBidiControls(const QString &text)
{
    // Every bidi control is in the BMP: one UTF-16 unit each.
    const auto bidi = [](QChar c) { return isBidiControl(c.unicode()); };
    if (std::none_of(text.begin(), text.end(), bidi))
        return text;
    QString out = text;
    out.removeIf(bidi);
    return out;
}

} // namespace nwk
