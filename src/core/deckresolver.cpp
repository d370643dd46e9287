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
    if (!sessionFileName.isEmpty()) {
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
