// SPDX-License-Identifier: GPL-3.0-or-later
// `netwerkkaart-cli validate FILE... [--json]`: sessions and decks, one verdict per file.
#include "cli.h"

#include "nwk/core/filekind.h"
#include "nwk/core/jsonoutput.h"
#include "nwk/core/sessionio.h"

#include <QCommandLineParser>

#include <cstdio>

namespace nwk::cli {

namespace {

/// The verdict on one file.
struct Verdict {
    QString file;
    QString kind; ///< "session", "deck", or empty when the file could not be read
    bool valid = false;
    QString readError; ///< the file could not be read (no such file, a directory, ...)
    Diagnostics diagnostics;
};

Verdict validateFile(const QString &fileName)
{
    Verdict v{fileName, {}, false, {}, {}};
    const auto bytes = readInputFile(fileName, v.readError);
    if (!bytes)
        return v;
    if (detectFileKind(*bytes) == FileKind::Deck) {
        v.kind = QStringLiteral("deck");
        DeckReadResult result = parseDeck(*bytes);
        v.valid = result.deck.has_value();
        v.diagnostics = std::move(result.diagnostics);
    } else {
        // Sessions, and anything unrecognised: parseSession says what is wrong and where.
        v.kind = QStringLiteral("session");
        SessionReadResult result = parseSession(*bytes);
        v.valid = result.session.has_value();
        v.diagnostics = std::move(result.diagnostics);
    }
    v.valid = v.valid && !hasErrors(v.diagnostics);
    return v;
}

void printVerdict(const Verdict &v)
{
    const QString name = inputName(v.file);
    if (!v.readError.isEmpty()) {
        printOut(v.readError);
        return;
    }
    // Say why deck rules apply: a session file with a wrong marker reads as a broken deck.
    if (v.kind == QLatin1String("deck") && !v.valid)
        printOut(QStringLiteral("%1: checked as a conversation-card deck file (\"format\": \"%2\")")
                     .arg(name, QString::fromLatin1(kDeckFormatName)));
    for (const auto &d : v.diagnostics)
        printOut(locatedMessage(v.file, d));
    if (v.valid)
        printOut(QStringLiteral("%1: OK").arg(name));
    else if (!hasErrors(v.diagnostics))
        printOut(QStringLiteral("%1: not a valid Netwerkkaart file").arg(name));
}

QVariantMap verdictJson(const Verdict &v)
{
    QVariantList problems;
    if (!v.readError.isEmpty())
        problems << QVariantMap{{QStringLiteral("severity"), QStringLiteral("error")},
                                {QStringLiteral("message"), v.readError}};
    for (const auto &d : v.diagnostics) {
        QVariantMap p{{QStringLiteral("severity"), d.severity == Diagnostic::Severity::Warning
                                                       ? QStringLiteral("warning")
                                                       : QStringLiteral("error")},
                      {QStringLiteral("message"), d.message},
                      {QStringLiteral("text"), locatedMessage(v.file, d)}};
        if (!d.path.isEmpty())
            p.insert(QStringLiteral("path"), d.path);
        if (d.line > 0) {
            p.insert(QStringLiteral("line"), d.line);
            p.insert(QStringLiteral("column"), d.column);
        }
        problems << p;
    }
    return {{QStringLiteral("file"), inputName(v.file)},
            {QStringLiteral("kind"), v.kind.isEmpty() ? QVariant() : QVariant(v.kind)},
            {QStringLiteral("valid"), v.valid},
            {QStringLiteral("problems"), problems}};
}

} // namespace

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks Netwerkkaart session files (.nwk) and card-deck files.\n"
                       "Prints \"FILE: OK\" for a valid file, else one line per problem:\n"
                       "\"FILE: /json/path: message\" or \"FILE:LINE:COLUMN: message\" for "
                       "syntax errors;\nwarnings read \"FILE: warning: ...\". \"-\" reads "
                       "standard input.\n"
                       "Exit code 0 when every file is valid, 1 when any is not, 2 for usage "
                       "errors."));
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Session (.nwk) or deck (.json) files."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QStringLiteral("Print the verdicts as JSON (an array of {file, kind, valid, problems})."));
    parser.addOption(json);
    if (const auto done = parseCommand(parser, QStringLiteral("validate"), arguments))
        return *done;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(QStringLiteral("validate"), QStringLiteral("no file given"));

    bool allValid = true;
    QVariantList verdicts;
    for (const auto &file : files) {
        const Verdict v = validateFile(file);
        allValid = v.valid && allValid;
        if (parser.isSet(json))
            verdicts << verdictJson(v);
        else
            printVerdict(v);
    }
    if (parser.isSet(json))
        printJson(verdicts);
    return allValid ? ExitOk : ExitFailure;
}

} // namespace nwk::cli
