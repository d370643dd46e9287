// SPDX-License-Identifier: GPL-3.0-or-later
// Internals of netwerkkaart-cli: one run*() function per command, shared helpers.
#pragma once

#include "nwk/core/diagnostics.h"
#include "nwk/core/session.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace nwk::cli {

/// Exit codes of every command (documented in docs/cli.md).
enum ExitCode : int {
    ExitOk = 0,      ///< success; for validate: every file is valid
    ExitFailure = 1, ///< an input is invalid or unreadable, or an output could not be written
    ExitUsage = 2,   ///< bad command line
};

inline constexpr const char *kProgramName = "netwerkkaart-cli";

/// Entry point: picks the application type (a GUI one only for commands that paint), dispatches.
int run(int argc, char *argv[]);

// Commands. `arguments` holds the program name followed by the command's own arguments.
int runValidate(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runMeasures(const QStringList &arguments); // cli_compare.cpp
int runCompare(const QStringList &arguments);  // cli_compare.cpp
int runArchive(const QStringList &arguments);  // cli_archive.cpp

/// `text` with every control character but newline and tab (C0, DEL, C1) written as "\x1B"
/// and every bidirectional control as "\u202E", so that no text from a file can drive the
/// terminal (escape sequences) or reorder what it shows.
QString escapeControls(const QString &text);

/// One line (a newline is appended) of results to stdout / of messages to stderr, UTF-8;
/// control characters escaped (escapeControls()).
void printOut(const QString &line);
void printErr(const QString &line);

/// `value` as JSON text (toJsonText()) on standard output, unescaped: JSON escapes control
/// characters itself.
void printJson(const QVariant &value);

/// Reports a usage error of `command` on stderr; returns ExitUsage.
int usageError(const QString &command, const QString &message);

/// Adds --help, parses `arguments`. Returns an exit code when the command is done (help
/// shown, or a usage error reported), or nullopt when the command should go on.
std::optional<int> parseCommand(QCommandLineParser &parser, const QString &command,
                                const QStringList &arguments);
/// parseCommand() for a command that reads one session (or, for info, a deck): adds the
/// argument FILE, parses `arguments` and checks that exactly one file was given, else
/// reports "no `what` given" / "one `what` at a time". Returns an exit code when the
/// command is done, or nullopt and the file in `file`.
std::optional<int> parseOneFileCommand(QCommandLineParser &parser, const QString &command,
                                       const QStringList &arguments, const QString &what,
                                       QString &file);

/// "-": the input is standard input (read once per command).
bool isStandardInput(const QString &fileName);
/// The name of an input in messages: "<stdin>" for "-", else the name as given.
QString inputName(const QString &fileName);

/// The base name outputs of `fileName` are named after: "stdin" for "-", else the file's
/// name without its last suffix.
QString inputBaseName(const QString &fileName);

/// The whole content of an input file (standard input for "-"), or nullopt and a message naming the
/// file and the reason (no such file, a directory, unreadable) in `error`.
std::optional<QByteArray> readInputFile(const QString &fileName, QString &error);

/// "FILE:LINE:COLUMN: message" for syntax errors, "FILE: path: message" otherwise;
/// warnings read "FILE: warning: path: message".
QString locatedMessage(const QString &fileName, const Diagnostic &d);

/// Reads a session file for info/export: prints problems (errors, warnings) to stderr.
/// nullopt when the file cannot be used; the errors were reported.
std::optional<Session> loadSession(const QString &fileName);
/// The same for bytes already read from `fileName`.
std::optional<Session> sessionFromBytes(const QString &fileName, const QByteArray &bytes);

// Outputs (outputguard.cpp): every path a command writes is checked before anything is written.

/// "-": the output goes to standard output.
bool isStandardOutput(const QString &fileName);
/// "-", or an existing character device or FIFO: written into, never replaced.
bool isStreamTarget(const QString &fileName);
/// Why `output` must not be written (one of `inputs`, a Netwerkkaart session by content, a
/// name ending in .nwk), or empty; `force` (the --force option) allows all of these.
QString outputRefusal(const QString &output, const QStringList &inputs, bool force);
/// Writes `bytes` to `output`: standard output for "-", a character device or FIFO directly,
/// else atomically. The error names the output, or is empty.
QString deliverOutput(const QString &output, const QByteArray &bytes);
/// Lets `write` produce a file in a temporary folder, then delivers its bytes to `output`
/// (for "-", devices and FIFOs, which the exporters' atomic writes refuse).
QString streamThroughTemporaryFile(const QString &output, const QString &suffix,
                                   const std::function<QString(const QString &)> &write);

} // namespace nwk::cli
