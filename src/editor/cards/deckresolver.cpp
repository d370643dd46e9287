// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/cards/deckresolver.h"

#include "nwk/core/sessionio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace nwk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nwk::DeckResolver", text);
}
} // namespace

DeckRef deckRefOf(const Deck &deck)
{
    DeckRef ref;
    ref.id = deck.id;
    ref.version = deck.version;
    ref.language = deck.language.isEmpty() ? QStringLiteral("nl") : deck.language;
    return ref;
}

QString deckErrorText(const QString &path, const Diagnostics &diagnostics)
{
    const QString native = QDir::toNativeSeparators(path);
    QStringList lines{tr("\u201c%1\u201d cannot be used as a deck:").arg(native)};
    int shown = 0;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity != Diagnostic::Severity::Error)
            continue;
        if (++shown > 10)
            break;
        lines.append(native + QStringLiteral(": ") + d.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

ResolvedDeck resolveDeck(const DeckRef &ref, const QString &sessionFileName,
                         const QStringList &knownDeckFiles)
{
    const QString language = ref.language.isEmpty() ? QStringLiteral("nl") : ref.language;
    ResolvedDeck result;
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

    QStringList problems;
    for (const QString &path : std::as_const(candidates)) {
        if (!QFileInfo(path).isFile())
            continue;
        DeckReadResult read = readDeckFile(path);
        if (!read.deck) {
            // A file named after the deck that does not read: say why.
            if (QFileInfo(path).fileName().startsWith(ref.id))
                problems.append(deckErrorText(path, read.diagnostics));
            continue;
        }
        if (read.deck->id != ref.id || read.deck->language != language)
            continue;
        result.deck = std::move(*read.deck);
        result.path = QFileInfo(path).absoluteFilePath();
        return result;
    }

    result.deck = builtinDeck(language);
    QString text = tr("The session's deck \u201c%1\u201d (%2) was not found next to the session "
                      "file or among the deck files opened before.")
                       .arg(ref.id, language);
    if (!problems.isEmpty())
        text += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    text += QLatin1Char('\n') + tr("Showing the built-in study deck instead; notes stay with "
                                   "their card and question ids.");
    result.problem = text;
    return result;
}

} // namespace nwk
