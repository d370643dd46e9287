// SPDX-License-Identifier: GPL-3.0-or-later
// Matching the partners of several schools: normalised labels, bracketed qualifiers,
// abbreviations, the synonym list, internal actors apart (docs/measures.md).
#include "analysis/partnermatch.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace nwk {

namespace {

QStringList group(std::initializer_list<const char *> labels)
{
    QStringList list;
    for (const char *l : labels)
        list << QString::fromUtf8(l);
    return list;
}

/// A bracketed part: "(...)" or "[...]" without brackets inside.
const QRegularExpression &bracketPattern()
{
    static const QRegularExpression pattern(QStringLiteral("[(\\[]([^()\\[\\]]*)[)\\]]"));
    return pattern;
}

/// The words of `text`, each normalised (normalizedLabel), empty ones left out.
QStringList normalizedWords(const QString &text)
{
    QStringList words;
    static const QRegularExpression spaces(QStringLiteral("[\\s\\-/&+,.;:']+"));
    for (const auto &word : text.split(spaces, Qt::SkipEmptyParts)) {
        const QString n = normalizedLabel(word);
        if (!n.isEmpty())
            words << n;
    }
    return words;
}

} // namespace

SynonymList defaultSynonyms()
{
    // Conservative: only names of one and the same service. Not merged: "ouders" and
    // "ouderraad" (a participation council), "hogeschool" and "lerarenopleiding" (also at
    // universities and CVOs), "OCMW" and "sociaal huis".
    SynonymList list;
    list.groups = {
        group({"CLB", "centrum voor leerlingenbegeleiding", "VCLB", "vrij CLB"}),
        group({"Pedagogische begeleiding", "pedagogische begeleidingsdienst",
               "dienst pedagogische begeleiding", "PBD", "DPB", "pedagogisch begeleider",
               "pedagogische begeleider", "pedagogische begeleiders"}),
        group({"Ondersteuningsnetwerk", "ONW"}),
        group({"CVO", "centrum voor volwassenenonderwijs"}),
        group({"OCMW", "openbaar centrum voor maatschappelijk welzijn"}),
        group({"CAW", "centrum algemeen welzijnswerk"}),
        group({"LOP", "lokaal overlegplatform"}),
        group({"UZ", "universitair ziekenhuis"}),
        group({"Scholen BuO", "scholen buitengewoon onderwijs"}),
        group({"Oudercomité", "ouderkomitee"}),
    };
    return list;
}

QString normalizedLabel(const QString &label)
{
    const QString decomposed = label.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key.toCaseFolded();
}

QString withoutQualifiers(const QString &label)
{
    QString base = label;
    base.remove(bracketPattern());
    return base.simplified();
}

bool isAbbreviationOf(const QString &abbreviation, const QString &text)
{
    QString a = abbreviation.trimmed();
    a.remove(QLatin1Char('.'));
    if (a.isEmpty() || a.contains(QRegularExpression(QStringLiteral("\\s"))))
        return false;
    int upper = 0, lower = 0;
    for (const QChar c : a) {
        if (!c.isLetterOrNumber())
            return false;
        upper += c.isUpper() ? 1 : 0;
        lower += c.isLower() ? 1 : 0;
    }
    const QString letters = normalizedLabel(a);
    if (letters.size() < 2 || letters.size() > 8 || upper < 2 || lower > upper)
        return false;
    // The first letter starts a word of `text`; the others follow in order.
    const QStringList words = normalizedWords(text);
    if (words.join(QString()).size() <= letters.size())
        return false;
    for (qsizetype w = 0; w < words.size(); ++w) {
        if (!words.at(w).startsWith(letters.front()))
            continue;
        const QString rest = words.mid(w).join(QString()).mid(1);
        qsizetype at = 0;
        bool all = true;
        for (qsizetype i = 1; i < letters.size() && all; ++i) {
            at = rest.indexOf(letters.at(i), at);
            all = at >= 0;
            ++at;
        }
        if (all)
            return true;
    }
    return false;
}

bool matchesAsInternal(const Session &session, const Partner &partner)
{
    if (partner.scope == Scope::Internal)
        return true;
    const Category *category = session.category(partner.category);
    return category && category->framed && !partner.neutralZone;
}

PartnerMatcher::PartnerMatcher(const SynonymList &synonyms)
{
    for (const auto &group : synonyms.groups) {
        if (group.isEmpty())
            continue;
        const QString canonical = normalizedLabel(group.first());
        for (const auto &label : group) {
            const QString key = normalizedLabel(label);
            if (!key.isEmpty() && !m_canonical.contains(key))
                m_canonical.insert(key, canonical);
        }
    }
    for (const auto &label : synonyms.apart)
        if (!normalizedLabel(label).isEmpty())
            m_apart.insert(normalizedLabel(label));
}

QString PartnerMatcher::key(const QString &label) const
{
    return keys(label).value(0);
}

QStringList PartnerMatcher::keys(const QString &label) const
{
    const QString whole = normalizedLabel(label);
    if (whole.isEmpty())
        return {};
    if (m_apart.contains(whole))
        return {QStringLiteral("=") + whole}; // the researcher's "keep apart"
    if (m_canonical.contains(whole))
        return {m_canonical.value(whole)};
    const auto canonical = [this](const QString &k) { return m_canonical.value(k, k); };
    const QString base = withoutQualifiers(label);
    QStringList out;
    if (!normalizedLabel(base).isEmpty())
        out << canonical(normalizedLabel(base));
    auto it = bracketPattern().globalMatch(label);
    while (it.hasNext()) {
        const QString inside = it.next().captured(1).trimmed();
        const QString k = normalizedLabel(inside);
        if (k.isEmpty() || out.contains(canonical(k)))
            continue;
        // "ondersteuningsnetwerk (ONW)", "ONW (ondersteuningsnetwerk)": one partner, two
        // names. Any other bracket is a qualifier: "CLB (contactpersoon)".
        if (out.isEmpty() || isAbbreviationOf(inside, base) || isAbbreviationOf(base, inside))
            out << canonical(k);
    }
    return out;
}

} // namespace nwk

namespace nwk::analysis {

namespace {

/// Union-find over matching keys.
class KeyGroups {
public:
    QString find(const QString &key)
    {
        QString root = key;
        while (m_parent.contains(root) && m_parent.value(root) != root)
            root = m_parent.value(root);
        return root;
    }
    void unite(const QString &a, const QString &b)
    {
        const QString ra = find(a), rb = find(b);
        if (ra != rb)
            m_parent.insert(rb, ra);
    }

private:
    QHash<QString, QString> m_parent;
};

struct Entry {
    std::size_t school = 0;
    const Partner *partner = nullptr;
    QStringList keys; ///< side-prefixed: "i:" internal, "e:" every other partner
};

/// The label a group is shown as: the first label of a synonym group one of its keys
/// belongs to, else its first label without qualifiers.
QString shownLabel(const std::vector<const Entry *> &entries, const QHash<QString, QString> &shown)
{
    for (const Entry *e : entries)
        for (const auto &k : e->keys)
            if (shown.contains(k.mid(2)))
                return shown.value(k.mid(2));
    const QString label = entries.front()->partner->label;
    const QString base = withoutQualifiers(label);
    return base.isEmpty() ? label.simplified() : base;
}

} // namespace

std::vector<RecurringPartner> matchPartners(const std::vector<NamedSession> &sessions,
                                            const SynonymList &synonyms)
{
    const PartnerMatcher matcher(synonyms);
    QHash<QString, QString> shown; // normalized first label of a synonym group -> the label
    for (const auto &g : synonyms.groups)
        if (!g.isEmpty())
            shown.insert(normalizedLabel(g.first()), g.first());

    std::vector<Entry> entries;
    KeyGroups groups;
    for (std::size_t s = 0; s < sessions.size(); ++s) {
        for (const auto &p : sessions[s].session.partners) {
            const QString side = matchesAsInternal(sessions[s].session, p) ? QStringLiteral("i:")
                                                                           : QStringLiteral("e:");
            Entry e{s, &p, {}};
            for (const auto &k : matcher.keys(p.label))
                e.keys << side + k;
            if (e.keys.isEmpty())
                continue;
            for (const auto &k : e.keys)
                groups.unite(e.keys.front(), k);
            entries.push_back(e);
        }
    }
    QHash<QString, std::size_t> index; // root key -> group
    std::vector<std::vector<const Entry *>> members;
    for (const auto &e : entries) {
        const QString root = groups.find(e.keys.front());
        if (!index.contains(root)) {
            index.insert(root, members.size());
            members.emplace_back();
        }
        members[index.value(root)].push_back(&e);
    }
    std::vector<RecurringPartner> out;
    for (const auto &m : members) {
        RecurringPartner r;
        r.key = m.front()->keys.front().mid(2);
        r.internal = m.front()->keys.front().startsWith(QLatin1Char('i'));
        r.label = shownLabel(m, shown);
        r.ids.resize(sessions.size());
        r.labels.resize(sessions.size());
        for (const Entry *e : m) {
            r.ids[e->school] << e->partner->id;
            if (!r.labels[e->school].contains(e->partner->label))
                r.labels[e->school] << e->partner->label;
        }
        out.push_back(r);
    }
    return out;
}

} // namespace nwk::analysis
