// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/core/deckresolver.h"

#include "nwk/core/sessionio.h"

#include <QDir>
#include <QFileInfo>

namespace nwk {

DeckRef deckRefOf(const Deck &deck)
{
    DeckRef ref;
    ref.id = deck.id;
    ref.version = deck.version;
    ref.language = deck.language.isEmpty() ? QStringLiteral("nl") : deck.language;
    return ref;
}

bool isSafeDeckId(const QString &id)
{
    if (id.isEmpty() || id.startsWith(QLatin1Char('.')) || id.size() > 200)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'.' || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

DeckLookup findDeck(const DeckRef &ref, const QString &sessionFileName,
                    const QStringList &knownDeckFiles)
{
    const QString language = ref.language.isEmpty() ? QStringLiteral("nl") : ref.language;
    DeckLookup result;
    if (ref.id.isEmpty() || ref.id == kBuiltinDeckId) {
        result.deck = builtinDeck(language);
        return result;
    }

    QStringList candidates;
    // An id such as "../../x" must never lead outside the session's folder: only a plain
    // file name is looked for next to the session.
    if (!sessionFileName.isEmpty() && isSafeDeckId(ref.id)) {
        const QDir dir = QFileInfo(sessionFileName).absoluteDir();
        candidates.append(
            dir.filePath(ref.id + QLatin1Char('.') + language + QStringLiteral(".json")));
        candidates.append(dir.filePath(ref.id + QStringLiteral(".json")));
    }
    candidates.append(knownDeckFiles);

    for (const QString &path : std::as_const(candidates)) {
        if (!QFileInfo(path).isFile())
            continue;
        DeckReadResult read = readDeckFile(path);
        if (!read.deck) {
            // A file named after the deck that does not read: keep why.
            if (QFileInfo(path).fileName().startsWith(ref.id))
                result.brokenFiles.push_back({path, read.diagnostics});
            continue;
        }
        if (read.deck->id != ref.id || read.deck->language != language)
            continue;
        result.deck = std::move(*read.deck);
        result.path = QFileInfo(path).absoluteFilePath();
        result.brokenFiles.clear();
        return result;
    }

    result.deck = builtinDeck(language);
    result.found = false;
    return result;
}

} // namespace nwk
