// SPDX-License-Identifier: GPL-3.0-or-later
// `netwerkkaart-cli export FILE -o OUT.svg|OUT.png`: the map through the exporters.
#include "cli.h"

#include "nwk/render/exporters.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace nwk::cli {

namespace {

constexpr int kMaxWidthPx = 16000;
constexpr int kMaxDpi = 1200;

/// A positive integer option value no larger than `max`; nullopt when invalid.
std::optional<int> positiveInt(const QString &text, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0 || value > max)
        return std::nullopt;
    return value;
}

} // namespace

int runExport(const QStringList &arguments)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Exports the map of a session as SVG or PNG; the format follows the "
                       "output's extension.\nThe output is written only when the export "
                       "succeeds."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output file, ending in .svg or .png."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption width(QStringLiteral("width"),
                                   QStringLiteral("PNG width in pixels (default: A4 width at "
                                                  "--dpi)."),
                                   QStringLiteral("N"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 QStringLiteral("PNG resolution when --width is not given "
                                                "(default 150)."),
                                 QStringLiteral("N"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language of the map's labels and legend: nl "
                                                 "or en (default: the session's language)."),
                                  QStringLiteral("nl|en"));
    const QCommandLineOption anonymise(
        {QStringLiteral("anonymise"), QStringLiteral("anonymize")},
        QStringLiteral("Pseudonyms for the school and for persons, roles for participants."));
    const QCommandLineOption transparent(QStringLiteral("transparent"),
                                         QStringLiteral("No background fill."));
    const QCommandLineOption noLegend(QStringLiteral("no-legend"),
                                      QStringLiteral("Leave out the legend."));
    parser.addOptions({output, width, dpi, lang, anonymise, transparent, noLegend});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A session (.nwk)."),
                                 QStringLiteral("FILE"));
    if (const auto done = parseCommand(parser, command, arguments))
        return *done;

    // Usage first: nothing is read before the command line is known to be right.
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(command, files.isEmpty() ? QStringLiteral("no session file given")
                                                   : QStringLiteral("one session file at a time"));
    const QString outName = parser.value(output);
    if (outName.isEmpty())
        return usageError(command, QStringLiteral("no output file given (-o OUT.svg|OUT.png)"));
    const QString suffix = QFileInfo(outName).suffix().toLower();
    const bool png = suffix == QLatin1String("png");
    if (!png && suffix != QLatin1String("svg"))
        return usageError(command,
                          QStringLiteral("cannot tell the format of '%1': the output must end "
                                         "in .svg or .png")
                              .arg(outName));

    ImageExportOptions options;
    if (parser.isSet(width)) {
        const auto value = positiveInt(parser.value(width), kMaxWidthPx);
        if (!value)
            return usageError(command, QStringLiteral("--width must be a whole number from 1 "
                                                      "to %1, not '%2'")
                                           .arg(kMaxWidthPx)
                                           .arg(parser.value(width)));
        options.widthPx = *value;
    }
    if (parser.isSet(dpi)) {
        const auto value = positiveInt(parser.value(dpi), kMaxDpi);
        if (!value)
            return usageError(command, QStringLiteral("--dpi must be a whole number from 1 "
                                                      "to %1, not '%2'")
                                           .arg(kMaxDpi)
                                           .arg(parser.value(dpi)));
        options.dpi = *value;
    }
    const QString language = parser.value(lang);
    if (parser.isSet(lang) && language != QLatin1String("nl") && language != QLatin1String("en"))
        return usageError(command,
                          QStringLiteral("--lang must be nl or en, not '%1'").arg(language));
    if (!png && (parser.isSet(width) || parser.isSet(dpi)))
        printErr(QStringLiteral("%1: warning: --width and --dpi apply to PNG only; ignored for "
                                "SVG")
                     .arg(outName));

    const auto session = loadSession(files.first());
    if (!session)
        return ExitFailure;

    RenderOptions &render = options.render;
    render.language = !language.isEmpty()                             ? language
                      : session->meta.language == QLatin1String("en") ? QStringLiteral("en")
                                                                      : QStringLiteral("nl");
    render.anonymise = parser.isSet(anonymise);
    render.transparentBackground = parser.isSet(transparent);
    render.showLegend = !parser.isSet(noLegend);

    const QFileInfo outInfo(outName);
    if (outInfo.isDir()) {
        printErr(QStringLiteral("%1: cannot write: is a directory").arg(outName));
        return ExitFailure;
    }
    if (!outInfo.absoluteDir().exists()) {
        printErr(QStringLiteral("%1: cannot write: directory %2 does not exist")
                     .arg(outName, QDir::toNativeSeparators(outInfo.absolutePath())));
        return ExitFailure;
    }

    const bool existed = outInfo.exists();
    const QString error =
        png ? exportPng(*session, outName, options) : exportSvg(*session, outName, render);
    if (!error.isEmpty()) {
        // The exporters write atomically; never leave a partial file of our own behind.
        if (!existed && QFileInfo::exists(outName))
            QFile::remove(outName);
        printErr(error.contains(outName) ? error : QStringLiteral("%1: %2").arg(outName, error));
        return ExitFailure;
    }

    if (png) {
        const QSize size = QImageReader(outName).size();
        printOut(QStringLiteral("wrote %1 (PNG, %2 x %3 px)")
                     .arg(outName)
                     .arg(size.width())
                     .arg(size.height()));
    } else {
        printOut(QStringLiteral("wrote %1 (SVG)").arg(outName));
    }
    return ExitOk;
}

} // namespace nwk::cli
