// SPDX-License-Identifier: GPL-3.0-or-later
// `netwerkkaart-cli validate FILE...`: sessions and decks, one verdict per file.
#include "cli.h"

#include "nwk/core/filekind.h"
#include "nwk/core/sessionio.h"

#include <QCommandLineParser>

namespace nwk::cli {

namespace {

/// Validates one file, prints its lines; true when it is valid (warnings allowed).
bool validateFile(const QString &fileName)
{
    QString error;
    const auto bytes = readInputFile(fileName, error);
    if (!bytes) {
        printOut(error);
        return false;
    }

    Diagnostics diagnostics;
    bool valid = false;
    const bool deck = detectFileKind(*bytes) == FileKind::Deck;
    if (deck) {
        DeckReadResult result = parseDeck(*bytes);
        valid = result.deck.has_value();
        diagnostics = std::move(result.diagnostics);
    } else {
        // Sessions, and anything unrecognised: parseSession says what is wrong and where.
        SessionReadResult result = parseSession(*bytes);
        valid = result.session.has_value();
        diagnostics = std::move(result.diagnostics);
    }
    valid = valid && !hasErrors(diagnostics);

    // Say why deck rules apply: a session file with a wrong marker reads as a broken deck.
    if (deck && !valid)
        printOut(QStringLiteral("%1: checked as a conversation-card deck file (\"format\": \"%2\")")
                     .arg(fileName, QString::fromLatin1(kDeckFormatName)));

    for (const auto &d : diagnostics)
        printOut(locatedMessage(fileName, d));
    if (valid)
        printOut(QStringLiteral("%1: OK").arg(fileName));
    else if (!hasErrors(diagnostics))
        printOut(QStringLiteral("%1: not a valid Netwerkkaart file").arg(fileName));
    return valid;
}

} // namespace

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks Netwerkkaart session files (.nwk) and card-deck files.\n"
                       "Prints \"FILE: OK\" for a valid file, else one line per problem:\n"
                       "\"FILE: /json/path: message\" or \"FILE:LINE:COLUMN: message\" for "
                       "syntax errors;\nwarnings read \"FILE: warning: ...\".\n"
                       "Exit code 0 when every file is valid, 1 when any is not, 2 for usage "
                       "errors."));
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Session (.nwk) or deck (.json) files."),
                                 QStringLiteral("FILE..."));
    if (const auto done = parseCommand(parser, QStringLiteral("validate"), arguments))
        return *done;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(QStringLiteral("validate"), QStringLiteral("no file given"));

    bool allValid = true;
    for (const auto &file : files)
        allValid = validateFile(file) && allValid;
    return allValid ? ExitOk : ExitFailure;
}

} // namespace nwk::cli
