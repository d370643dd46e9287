// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's wording of a deck lookup (core/deckresolver.h does the finding).
#include "nwk/editor/cards/deckresolver.h"

#include <QCoreApplication>
#include <QDir>

namespace nwk {

namespace {
/// The translation context of this file's texts (lupdate reads it from here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nwk::DeckResolver)
};
} // namespace

QString deckErrorText(const QString &path, const Diagnostics &diagnostics)
{
    const QString native = QDir::toNativeSeparators(path);
    QStringList lines{Tr::tr("\u201c%1\u201d cannot be used as a deck:").arg(native)};
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
    DeckLookup lookup = findDeck(ref, sessionFileName, knownDeckFiles);
    ResolvedDeck result;
    result.deck = std::move(lookup.deck);
    result.path = lookup.path;
    if (lookup.found)
        return result;

    const QString language = ref.language.isEmpty() ? QStringLiteral("nl") : ref.language;
    QString text =
        Tr::tr("The session's deck \u201c%1\u201d (%2) was not found next to the session "
               "file or among the deck files opened before.")
            .arg(ref.id, language);
    for (const DeckLookup::BrokenFile &broken : lookup.brokenFiles)
        text += QLatin1Char('\n') + deckErrorText(broken.path, broken.diagnostics);
    text += QLatin1Char('\n') + Tr::tr("Showing the built-in study deck instead; notes stay with "
                                       "their card and question ids.");
    result.problem = text;
    return result;
}

} // namespace nwk
