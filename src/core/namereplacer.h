// SPDX-License-Identifier: GPL-3.0-or-later
// The replacement of real names in free text for anonymised exports (anonymise.h).
#pragma once

#include "nwk/core/session.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <vector>

namespace nwk::detail {

/// Replaces, in one pass over a text, each person partner's label and full name (also
/// those of the persons in snapshots) by the person's pseudonym ("?" without one) and
/// the school's name by its pseudonym ("school" without one): whole words (no letter,
/// digit, mark or underscore on either side), in any case, the longest name first.
/// Names and pseudonyms are taken without bidi controls; a name that equals its own
/// replacement is not a name to replace.
class NameReplacer {
public:
    explicit NameReplacer(const Session &s);

    bool isEmpty() const { return m_names.empty(); }
    QString apply(const QString &text) const;

private:
    struct Name {
        QString text;
        QString replacement;
    };
    /// Names [first, last) of m_names in one alternation; `pattern` invalid when the
    /// regular expression engine refused it (too long): then searched name by name.
    struct Chunk {
        std::size_t first = 0;
        std::size_t last = 0;
        QRegularExpression pattern;
    };
    void add(const QString &name, const QString &replacement);
    void addPersons(const std::vector<Partner> &partners);
    QString replacementFor(QStringView matched, const Chunk &chunk) const;
    QString applyChunk(const QString &text, const Chunk &chunk) const;
    QString applyOneByOne(const QString &text, const Chunk &chunk) const;

    std::vector<Name> m_names; ///< longest first
    std::vector<Chunk> m_chunks;
    QSet<QString> m_seen; ///< case-folded names
};

} // namespace nwk::detail
