// SPDX-License-Identifier: GPL-3.0-or-later
// `netwerkkaart-cli archive SESSION.nwk -o OUT.zip [--allow-missing]`: the session file, its
// audio parts and its transcript in one ZIP with a manifest and SHA-256 sums
// (archiveexport.h). Never anonymised.
#include "cli.h"

#include "nwk/core/archiveexport.h"
#include "nwk/core/sessionio.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace nwk::cli {

namespace {

const QString kCommand = QStringLiteral("archive");

/// The session file and the files beside it that the archive reads: never overwritten.
QStringList archiveInputs(const QString &sessionFile)
{
    QStringList inputs{sessionFile};
    const SessionReadResult read = readSessionFile(sessionFile);
    if (!read.session)
        return inputs;
    const QDir folder = QFileInfo(sessionFile).absoluteDir();
    for (const AudioPart &part : read.session->recording.parts)
        inputs << folder.filePath(part.file);
    if (!read.session->transcript.file.isEmpty())
        inputs << folder.filePath(read.session->transcript.file);
    return inputs;
}

/// Writes the archive to `output`, through a temporary file for standard output, a device or
/// a FIFO. Prints what went wrong; the exit code.
int archive(const QString &file, const QString &output, const ArchiveOptions &options)
{
    ArchiveResult result;
    const auto write = [&](const QString &target) {
        result = writeArchive(file, target, options);
        return result.error;
    };
    const QString error = isStreamTarget(output)
                              ? streamThroughTemporaryFile(output, QStringLiteral(".zip"), write)
                              : write(output);
    if (!error.isEmpty()) {
        printErr(error);
        if (!result.missing.isEmpty() && !options.allowMissing)
            printErr(QStringLiteral("give --allow-missing to archive without the missing files "
                                    "(the manifest then lists them)"));
        printErr(QStringLiteral("nothing archived"));
        return ExitFailure;
    }
    for (const QString &missing : std::as_const(result.missing))
        printErr(QStringLiteral("%1: warning: \"%2\" is missing: archived without it")
                     .arg(inputName(file), missing));
    printErr(QStringLiteral("wrote %1 (archive: %2 files)")
                 .arg(isStandardOutput(output) ? QStringLiteral("<stdout>") : output)
                 .arg(result.files.size()));
    return ExitOk;
}

} // namespace

int runArchive(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Bundles a session file, its audio parts and its transcript (the files "
                       "beside it that it names) into one ZIP with manifest.json and SHA256SUMS, "
                       "for a research data store. Never anonymised."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The archive to write (.zip); - for standard "
                                                   "output."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption allowMissing(
        QStringLiteral("allow-missing"),
        QStringLiteral("Archive even when audio parts or the transcript are missing; the "
                       "manifest lists them under \"missing\" (refused otherwise)."));
    const QCommandLineOption anonymise(
        {QStringLiteral("anonymise"), QStringLiteral("anonymize")},
        QStringLiteral("Refused: the archive holds the audio and the transcript and is never "
                       "anonymised."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Write even over a Netwerkkaart session or a "
                                                  "file named .nwk (refused otherwise)."));
    parser.addOptions({output, allowMissing, anonymise, force});
    QString file;
    if (const auto done =
            parseOneFileCommand(parser, kCommand, arguments, QStringLiteral("session"), file))
        return *done;
    if (parser.isSet(anonymise))
        return usageError(kCommand,
                          QStringLiteral("the archive is never anonymised: it keeps the session "
                                         "with its names, the audio and the transcript for the "
                                         "research data store; for anonymised data use "
                                         "'export --anonymise'"));
    if (isStandardInput(file))
        return usageError(kCommand, QStringLiteral("the archive needs the session file itself "
                                                   "(its audio parts are found beside it), not "
                                                   "standard input"));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(kCommand, QStringLiteral("no output given (-o OUT.zip)"));
    const QString out = parser.value(output);
    if (const QString refusal = outputRefusal(out, archiveInputs(file), parser.isSet(force));
        !refusal.isEmpty()) {
        printErr(refusal);
        printErr(QStringLiteral("nothing archived"));
        return ExitFailure;
    }
    ArchiveOptions options;
    options.allowMissing = parser.isSet(allowMissing);
    return archive(file, out, options);
}

} // namespace nwk::cli
