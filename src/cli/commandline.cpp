// SPDX-License-Identifier: GPL-3.0-or-later
// Dispatch of netwerkkaart-cli: application set-up, top-level help, shared parsing.
#include "cli.h"

#include "nwk/core/jsonoutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>

namespace nwk::cli {

namespace {

struct Command {
    const char *name;
    const char *synopsis;
    const char *summary;
    bool paints; ///< needs a QGuiApplication (fonts, painting)
    int (*run)(const QStringList &);
};

constexpr std::array kCommands{
    Command{"validate", "validate FILE...", "check session (.nwk) and deck files", false,
            &runValidate},
    Command{"info", "info FILE",
            "summary of a session: participants, partners per category and "
            "ring, links, cards",
            false, &runInfo},
    Command{"export", "export FILE... -o OUT | --out-dir DIR",
            "export maps (SVG, PNG, PDF), data (GraphML, CSV) and findings reports", true,
            &runExport},
    Command{"measures", "measures FILE", "network measures of a session", false, &runMeasures},
    Command{"compare", "compare FILE... [--csv OUT.csv]",
            "compare sessions: measures per school, recurring partners", false, &runCompare},
    Command{"archive", "archive FILE -o OUT.zip",
            "bundle a session, its audio parts and transcript with a manifest and checksums", false,
            &runArchive},
};

const Command *findCommand(const QString &name)
{
    for (const auto &c : kCommands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

void writeLine(std::FILE *stream, const QString &line)
{
    const QByteArray bytes = escapeControls(line).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

QString mainHelp()
{
    const QString program = QString::fromLatin1(kProgramName);
    QStringList lines;
    lines << QStringLiteral("Usage: %1 COMMAND [options] [arguments]").arg(program)
          << QStringLiteral("Headless tools for Netwerkkaart session files (.nwk) and card decks.")
          << QString() << QStringLiteral("Commands:");
    qsizetype width = 0;
    for (const auto &c : kCommands)
        width = std::max(width, QString::fromLatin1(c.synopsis).size());
    for (const auto &c : kCommands)
        lines << QStringLiteral("  %1  %2")
                     .arg(QString::fromLatin1(c.synopsis), -static_cast<int>(width))
                     .arg(QString::fromLatin1(c.summary));
    lines << QString() << QStringLiteral("Options:")
          << QStringLiteral("  -h, --help     show this help; '%1 COMMAND --help' for a command")
                 .arg(program)
          << QStringLiteral("  -v, --version  show the version") << QString()
          << QStringLiteral("Exit codes: 0 success, 1 invalid input or failed output, 2 usage "
                            "error.");
    return lines.join(QLatin1Char('\n'));
}

/// The command name: the first argument (options of a command come after it).
QString commandName(int argc, char *argv[])
{
    return argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
}

QtMessageHandler g_defaultHandler = nullptr;

/// Passes Qt's messages on, except QStandardPaths' notes about XDG_RUNTIME_DIR, which
/// every headless export would otherwise print and which concern no output of ours.
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: ")))
        return;
    g_defaultHandler(type, context, message);
}

} // namespace

QString escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u < 0xA0);
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) ||
                          u == 0x200E || u == 0x200F || u == 0x061C;
        if (control || bidi)
            out += (control ? QStringLiteral("\\x") : QStringLiteral("\\u")) +
                   QStringLiteral("%1").arg(u, control ? 2 : 4, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

void printOut(const QString &line)
{
    writeLine(stdout, line);
}
void printErr(const QString &line)
{
    writeLine(stderr, line);
}

void printJson(const QVariant &value)
{
    const QByteArray bytes = toJsonText(value);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

int usageError(const QString &command, const QString &message)
{
    const QString program = QString::fromLatin1(kProgramName);
    const QString full = command.isEmpty() ? program : program + QLatin1Char(' ') + command;
    printErr(QStringLiteral("%1: %2").arg(full, message));
    printErr(QStringLiteral("Try '%1 --help' for more information.").arg(full));
    return ExitUsage;
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QString &command,
                                const QStringList &arguments)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(command, parser.errorText());
    const bool helpAll = parser.optionNames().contains(QStringLiteral("help-all"));
    if (parser.isSet(help) || helpAll) {
        // Qt's text starts "Usage: <argv[0]> [options] ..."; name the program and command.
        QString text = parser.helpText();
        const QString usage = QStringLiteral("Usage: ");
        const QString invoked = usage + QCoreApplication::arguments().value(0);
        const QString wanted =
            usage + QString::fromLatin1(kProgramName) + QLatin1Char(' ') + command;
        if (text.startsWith(invoked))
            text.replace(0, invoked.size(), wanted);
        std::fputs(text.toUtf8().constData(), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<int> parseOneFileCommand(QCommandLineParser &parser, const QString &command,
                                       const QStringList &arguments, const QString &what,
                                       QString &file)
{
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A session (.nwk)."),
                                 QStringLiteral("FILE"));
    if (const auto done = parseCommand(parser, command, arguments))
        return done;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(command, QStringLiteral("no %1 given").arg(what));
    if (files.size() > 1)
        return usageError(command, QStringLiteral("one %1 at a time").arg(what));
    file = files.first();
    return std::nullopt;
}

int run(int argc, char *argv[])
{
    const QString name = commandName(argc, argv);
    const Command *command = findCommand(name);

    // Painting needs a QGuiApplication; without a display it must still work.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(filterMessages);
    std::unique_ptr<QCoreApplication> app;
    if (command && command->paints)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(kProgramName));
    QCoreApplication::setApplicationVersion(QStringLiteral(NWK_VERSION));

    QStringList args = QCoreApplication::arguments();
    args[0] = QString::fromLatin1(kProgramName); // stable name in help texts

    if (args.size() < 2) {
        printErr(mainHelp());
        return ExitUsage;
    }
    const QString first = args.at(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") ||
        first == QLatin1String("help")) {
        if (first == QLatin1String("help") && args.size() > 2) {
            if (const Command *c = findCommand(args.at(2)))
                return c->run({args.at(0), QStringLiteral("--help")});
            return usageError({}, QStringLiteral("unknown command '%1'").arg(args.at(2)));
        }
        printOut(mainHelp());
        return ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        printOut(QStringLiteral("%1 %2").arg(QString::fromLatin1(kProgramName),
                                             QStringLiteral(NWK_VERSION)));
        return ExitOk;
    }
    if (first.startsWith(QLatin1Char('-')))
        return usageError({},
                          QStringLiteral("unknown option '%1' (a command comes first)").arg(first));
    if (!command) {
        QStringList names;
        for (const auto &c : kCommands)
            names << QString::fromLatin1(c.name);
        return usageError({}, QStringLiteral("unknown command '%1'; commands: %2")
                                  .arg(name, names.join(QStringLiteral(", "))));
    }
    args.removeAt(1);
    return command->run(args);
}

} // namespace nwk::cli
