// SPDX-License-Identifier: GPL-3.0-or-later
#include "namereplacer.h"

#include "nwk/core/anonymise.h"

#include <algorithm>

namespace nwk::detail {

namespace {

/// Longest pattern text of one alternation: the regular expression engine refuses
/// patterns whose compiled form passes 64 K units. Names of one alternation are
/// replaced in one pass; the chunks follow each other (longest names first).
constexpr qsizetype kMaxPatternChars = 8000;

const QString kWordChar = QStringLiteral("[\\p{L}\\p{M}\\p{N}_]");

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_');
}

QRegularExpression alternation(const QStringList &escapedNames)
{
    return QRegularExpression(
        QStringLiteral("(?<!%1)(?:%2)(?!%1)").arg(kWordChar, escapedNames.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

NameReplacer::NameReplacer(const Session &s)
{
    addPersons(s.partners);
    const QString pseudonym = withoutBidiControls(s.meta.schoolPseudonym).trimmed();
    add(s.meta.schoolName, pseudonym.isEmpty() ? QStringLiteral("school") : pseudonym);
    for (const Snapshot &snapshot : s.snapshots)
        addPersons(snapshot.partners);
    // Persons the history holds: also those removed since (their names are in its events).
    std::vector<Partner> inHistory;
    for (const MapEvent &e : s.history)
        if (e.partner)
            inHistory.push_back(*e.partner);
    addPersons(inHistory);
    std::stable_sort(m_names.begin(), m_names.end(),
                     [](const Name &a, const Name &b) { return a.text.size() > b.text.size(); });
    QStringList escaped;
    qsizetype length = 0;
    Chunk chunk;
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        const QString e = QRegularExpression::escape(m_names[i].text);
        if (!escaped.isEmpty() && length + e.size() > kMaxPatternChars) {
            chunk.last = i;
            chunk.pattern = alternation(escaped);
            m_chunks.push_back(chunk);
            chunk.first = i;
            escaped.clear();
            length = 0;
        }
        escaped << e;
        length += e.size() + 1;
    }
    if (!escaped.isEmpty()) {
        chunk.last = m_names.size();
        chunk.pattern = alternation(escaped);
        m_chunks.push_back(chunk);
    }
}

void NameReplacer::add(const QString &name, const QString &replacement)
{
    const QString text = withoutBidiControls(name).trimmed();
    if (text.isEmpty() || text.compare(replacement, Qt::CaseInsensitive) == 0)
        return;
    if (m_seen.contains(text.toCaseFolded()))
        return; // the first person of that name decides
    m_seen.insert(text.toCaseFolded());
    m_names.push_back({text, replacement});
}

void NameReplacer::addPersons(const std::vector<Partner> &partners)
{
    for (const Partner &p : partners) {
        if (p.kind != PartnerKind::Person)
            continue;
        Partner shown = p;
        shown.pseudonym = withoutBidiControls(p.pseudonym);
        const QString pseudonym = exportPartnerLabel(shown, true);
        add(p.fullName, pseudonym);
        add(p.label, pseudonym);
    }
}

QString NameReplacer::apply(const QString &text) const
{
    QString out = text;
    for (const Chunk &chunk : m_chunks)
        out = chunk.pattern.isValid() ? applyChunk(out, chunk) : applyOneByOne(out, chunk);
    return out;
}

QString NameReplacer::replacementFor(QStringView matched, const Chunk &chunk) const
{
    for (std::size_t i = chunk.first; i < chunk.last; ++i)
        if (matched.compare(m_names[i].text, Qt::CaseInsensitive) == 0)
            return m_names[i].replacement;
    // Case folding of the engine and of QString may differ (e.g. for U+0130): the name
    // that matches alone decides.
    for (std::size_t i = chunk.first; i < chunk.last; ++i) {
        const QRegularExpression one(
            QStringLiteral("^(?:%1)$").arg(QRegularExpression::escape(m_names[i].text)),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        if (one.match(matched).hasMatch())
            return m_names[i].replacement;
    }
    return m_names[chunk.first].replacement;
}

QString NameReplacer::applyChunk(const QString &text, const Chunk &chunk) const
{
    QString out;
    qsizetype done = 0;
    auto it = chunk.pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(done, m.capturedStart() - done);
        out += replacementFor(m.capturedView(), chunk);
        done = m.capturedEnd();
    }
    if (done == 0)
        return text;
    out += QStringView(text).mid(done);
    return out;
}

QString NameReplacer::applyOneByOne(const QString &text, const Chunk &chunk) const
{
    QString out = text;
    for (std::size_t i = chunk.first; i < chunk.last; ++i) {
        const Name &name = m_names[i];
        qsizetype from = 0;
        while ((from = out.indexOf(name.text, from, Qt::CaseInsensitive)) >= 0) {
            const qsizetype end = from + name.text.size();
            const bool whole = (from == 0 || !isWordChar(out.at(from - 1))) &&
                               (end == out.size() || !isWordChar(out.at(end)));
            if (!whole) {
                ++from;
                continue;
            }
            out.replace(from, name.text.size(), name.replacement);
            from += name.replacement.size();
        }
    }
    return out;
}

} // namespace nwk::detail
