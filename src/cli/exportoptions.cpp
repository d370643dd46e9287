// SPDX-License-Identifier: GPL-3.0-or-later
// The export command line: options, formats and outputs, checked before anything is read.
#include "cli.h"
#include "exportplan.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace nwk::cli {

namespace {

constexpr int kMaxWidthPx = 16000;
constexpr int kMaxDpi = 1200;
const QString kCommand = QStringLiteral("export");

/// A positive integer option value no larger than `max`; nullopt when invalid.
std::optional<int> positiveInt(const QString &text, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0 || value > max)
        return std::nullopt;
    return value;
}

std::optional<ExportFormat> formatFromName(const QString &name)
{
    for (ExportFormat f : allExportFormats())
        if (formatName(f) == name)
            return f;
    return std::nullopt;
}

/// The format an output file's extension names (-o without --format).
std::optional<ExportFormat> formatFromExtension(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        return ExportFormat::Html;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("r"))
        return std::nullopt; // several files: --format names them
    return formatFromName(suffix);
}

QString formatList()
{
    QStringList names;
    for (ExportFormat f : allExportFormats())
        names << formatName(f);
    return names.join(QLatin1Char(','));
}

/// One command-line option: its names, its help and, when it takes one, its value's name.
QCommandLineOption option(const QStringList &names, const char *help, const char *value = nullptr)
{
    return value ? QCommandLineOption(names, QString::fromUtf8(help), QString::fromUtf8(value))
                 : QCommandLineOption(names, QString::fromUtf8(help));
}

/// The export command's options.
struct ExportOptions {
    const QCommandLineOption output =
        option({"o", "output"}, "Output file (one session, one format).", "OUT");
    const QCommandLineOption outDir =
        option({"out-dir"}, "Output folder (created when missing).", "DIR");
    const QCommandLineOption format =
        option({"format"},
               "Formats, comma-separated: svg, png, pdf, graphml, csv, html, report-pdf, "
               "odt, r, qdpx (default with --out-dir: all).",
               "LIST");
    const QCommandLineOption width =
        option({"width"}, "PNG width in pixels (default: A4 width at --dpi).", "N");
    const QCommandLineOption dpi =
        option({"dpi"}, "PNG resolution when --width is not given (default 150).", "N");
    const QCommandLineOption page =
        option({"page"}, "Map PDF page size: A4 (default) or A3.", "A4|A3");
    const QCommandLineOption labelSize =
        option({"label-size"},
               "Least size of partner labels on the page, in points (default 8; SVG, PNG and "
               "PDF are sized for the --page).",
               "PT");
    const QCommandLineOption portrait = option({"portrait"}, "Map PDF in portrait orientation.");
    const QCommandLineOption landscape =
        option({"landscape"}, "Map PDF in landscape orientation (default).");
    const QCommandLineOption lang =
        option({"lang"},
               "Language of labels, legend, report and data labels: nl or en "
               "(default: the session's language).",
               "nl|en");
    const QCommandLineOption anonymise =
        option({"anonymise", "anonymize"},
               "Pseudonyms for the school and for persons, roles for participants; refuses "
               "while a person has no pseudonym.");
    const QCommandLineOption transparent =
        option({"transparent"}, "No background fill (SVG, PNG).");
    const QCommandLineOption noLegend = option({"no-legend"}, "Leave out the legend.");
    const QCommandLineOption noTitle = option({"no-title"}, "Leave out the title block.");
    const QCommandLineOption noMarks = option({"no-marks"}, "Leave out the importance marks.");
    const QCommandLineOption showNotes = option({"show-notes"}, "Mark partners that have notes.");
    const QCommandLineOption relative =
        option({"relative"}, "Draw the relative placements (\"further than\" another partner).");
    const QCommandLineOption noMissing = option({"no-missing"}, "Leave out the missing partners.");
    const QCommandLineOption noGroups = option({"no-groups"}, "Leave out the group outlines.");
    const QCommandLineOption csvBom =
        option({"csv-bom"}, "Start CSV files with a UTF-8 byte order mark (for Excel).");
    const QCommandLineOption csvRaw =
        option({"csv-raw", "raw-csv"}, "Write CSV cells as they are: no leading ' before "
                                       "cells that start with = + - @ (see docs/exports.md).");
    const QCommandLineOption egoId =
        option({"ego-id"},
               "The ego id (egoID) of the CSV tables and the GraphML, for one session "
               "(default: the school's name, anonymised its pseudonym).",
               "ID");
    const QCommandLineOption annotations =
        option({"annotations"}, "Add the researcher's annotations to the findings report.");
    const QCommandLineOption deck =
        option({"deck"},
               "A deck file to use when a session's deck is not next to it "
               "(may be repeated).",
               "FILE");
    const QCommandLineOption force =
        option({"force"}, "Write even over an input file, a Netwerkkaart session "
                          "or a file named .nwk (refused otherwise).");

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({labelSize, relative});
        parser.addOptions({output,   outDir,      format,    width,     dpi,         page,
                           portrait, landscape,   lang,      anonymise, transparent, noLegend,
                           noTitle,  noMarks,     showNotes, noMissing, noGroups,    csvBom,
                           csvRaw,   annotations, deck,      force,     egoId});
    }
};

} // namespace

const std::vector<ExportFormat> &allExportFormats()
{
    static const std::vector<ExportFormat> formats{
        ExportFormat::Svg, ExportFormat::Png,  ExportFormat::Pdf,       ExportFormat::Graphml,
        ExportFormat::Csv, ExportFormat::Html, ExportFormat::ReportPdf, ExportFormat::ReportOdt,
        ExportFormat::R,   ExportFormat::Qdpx};
    return formats;
}

QString formatName(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Graphml:
        return QStringLiteral("graphml");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::ReportPdf:
        return QStringLiteral("report-pdf");
    case ExportFormat::ReportOdt:
        return QStringLiteral("odt");
    case ExportFormat::R:
        return QStringLiteral("r");
    case ExportFormat::Qdpx:
        return QStringLiteral("qdpx");
    }
    return {};
}

namespace {

/// The sessions and where their exports go (-o or --out-dir).
std::optional<int> readOutputs(const QCommandLineParser &parser, const ExportOptions &opt,
                               ExportPlan &plan)
{
    plan.sessionFiles = parser.positionalArguments();
    if (plan.sessionFiles.isEmpty())
        return usageError(kCommand, QStringLiteral("no session file given"));
    plan.outFile = parser.value(opt.output);
    plan.outDir = parser.value(opt.outDir);
    if (parser.isSet(opt.output) && parser.isSet(opt.outDir))
        return usageError(kCommand, QStringLiteral("give either -o OUT or --out-dir DIR, not "
                                                   "both"));
    if (plan.outFile.isEmpty() && plan.outDir.isEmpty())
        return usageError(kCommand, QStringLiteral("no output given (-o OUT or --out-dir DIR)"));
    return std::nullopt;
}

/// Formats: --format, else the extension of -o, else all.
std::optional<int> readFormats(const QCommandLineParser &parser, const ExportOptions &opt,
                               ExportPlan &plan)
{
    std::vector<bool> wanted(allExportFormats().size(), false);
    QStringList names;
    for (const QString &value : parser.values(opt.format))
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << name.trimmed().toLower();
    for (const QString &name : std::as_const(names)) {
        const auto f = formatFromName(name);
        if (!f)
            return usageError(
                kCommand,
                QStringLiteral("unknown format '%1'; formats: %2").arg(name, formatList()));
        wanted[static_cast<std::size_t>(*f)] = true;
    }
    if (!plan.outFile.isEmpty()) {
        if (plan.sessionFiles.size() > 1)
            return usageError(kCommand, QStringLiteral("%1 session files need --out-dir DIR "
                                                       "(-o takes one)")
                                            .arg(plan.sessionFiles.size()));
        if (names.isEmpty()) {
            const auto f = formatFromExtension(plan.outFile);
            if (!f)
                return usageError(
                    kCommand,
                    QStringLiteral("cannot tell the format of '%1': the output must end in "
                                   ".svg, .png, .pdf, .graphml, .html, .odt or .qdpx (or "
                                   "give --format; csv needs --out-dir)")
                        .arg(plan.outFile));
            wanted[static_cast<std::size_t>(*f)] = true;
        } else if (std::count(wanted.begin(), wanted.end(), true) != 1) {
            return usageError(kCommand, QStringLiteral("-o writes one format; use --out-dir "
                                                       "DIR for several"));
        } else if (wanted[static_cast<std::size_t>(ExportFormat::Csv)]) {
            return usageError(kCommand, QStringLiteral("csv writes one file per table; use "
                                                       "--out-dir DIR"));
        } else if (wanted[static_cast<std::size_t>(ExportFormat::R)] &&
                   isStreamTarget(plan.outFile)) {
            return usageError(kCommand, QStringLiteral("r writes a folder: give -o FOLDER or "
                                                       "--out-dir DIR"));
        }
    } else if (names.isEmpty()) {
        wanted.assign(wanted.size(), true);
    }
    for (ExportFormat f : allExportFormats())
        if (wanted[static_cast<std::size_t>(f)])
            plan.formats.push_back(f);
    return std::nullopt;
}

/// --width, --dpi, --label-size, --lang, --page, --portrait and --landscape.
std::optional<int> readSizesAndLanguage(const QCommandLineParser &parser, const ExportOptions &opt,
                                        ExportPlan &plan)
{
    const auto &[width, dpi, labelSize, lang, page, portrait, landscape] = std::tie(
        opt.width, opt.dpi, opt.labelSize, opt.lang, opt.page, opt.portrait, opt.landscape);
    // --width and --dpi: a whole number from 1 to `max`, into `out` when given.
    auto readCount = [&parser](const QCommandLineOption &option, int max,
                               int &out) -> std::optional<int> {
        if (!parser.isSet(option))
            return std::nullopt;
        const auto value = positiveInt(parser.value(option), max);
        if (!value)
            return usageError(kCommand, QStringLiteral("--%1 must be a whole number from 1 "
                                                       "to %2, not '%3'")
                                            .arg(option.names().constFirst())
                                            .arg(max)
                                            .arg(parser.value(option)));
        out = *value;
        return std::nullopt;
    };
    if (const auto done = readCount(width, kMaxWidthPx, plan.widthPx))
        return done;
    if (const auto done = readCount(dpi, kMaxDpi, plan.dpi))
        return done;
    if (parser.isSet(labelSize)) {
        bool ok = false;
        const double pt = parser.value(labelSize).toDouble(&ok);
        if (!ok || !(pt >= 4.0 && pt <= 72.0))
            return usageError(kCommand, QStringLiteral("--label-size must be a number of points "
                                                       "from 4 to 72, not '%1'")
                                            .arg(parser.value(labelSize)));
        plan.labelPt = pt;
    }
    if (parser.isSet(lang)) {
        const QString language = parser.value(lang);
        if (language != QLatin1String("nl") && language != QLatin1String("en"))
            return usageError(kCommand,
                              QStringLiteral("--lang must be nl or en, not '%1'").arg(language));
        plan.language = language;
    }
    if (parser.isSet(page)) {
        const QString size = parser.value(page).toUpper();
        if (size != QLatin1String("A4") && size != QLatin1String("A3"))
            return usageError(
                kCommand,
                QStringLiteral("--page must be A4 or A3, not '%1'").arg(parser.value(page)));
        plan.pageSize = size == QLatin1String("A3") ? QPageSize::A3 : QPageSize::A4;
    }
    if (parser.isSet(portrait) && parser.isSet(landscape))
        return usageError(kCommand, QStringLiteral("give either --portrait or --landscape"));
    if (parser.isSet(portrait))
        plan.orientation = QPageLayout::Portrait;

    return std::nullopt;
}

/// Options that none of the planned formats uses are named in a warning.
void warnUnusedOptions(const QCommandLineParser &parser, const ExportOptions &opt,
                       const ExportPlan &plan)
{
    const auto &[width, dpi, labelSize, page, portrait, landscape] =
        std::tie(opt.width, opt.dpi, opt.labelSize, opt.page, opt.portrait, opt.landscape);
    auto planned = [&plan](ExportFormat f) {
        return std::find(plan.formats.begin(), plan.formats.end(), f) != plan.formats.end();
    };
    const QString where = plan.outFile.isEmpty() ? plan.outDir : plan.outFile;
    if ((parser.isSet(width) || parser.isSet(dpi)) && !planned(ExportFormat::Png))
        printErr(
            QStringLiteral("%1: warning: --width and --dpi apply to PNG only; ignored").arg(where));
    const bool map =
        planned(ExportFormat::Pdf) || planned(ExportFormat::Svg) || planned(ExportFormat::Png);
    if ((parser.isSet(page) || parser.isSet(labelSize)) && !map)
        printErr(QStringLiteral("%1: warning: --page and --label-size apply to the map (SVG, "
                                "PNG, PDF) only; ignored")
                     .arg(where));
    if ((parser.isSet(portrait) || parser.isSet(landscape)) && !planned(ExportFormat::Pdf))
        printErr(QStringLiteral("%1: warning: --portrait and --landscape apply to the map PDF "
                                "only; ignored")
                     .arg(where));
}

/// The switches: what the map shows, the CSV form, the report, decks and --force.
void readSwitches(const QCommandLineParser &parser, const ExportOptions &opt, ExportPlan &plan)
{
    RenderOptions &r = plan.render;
    r.anonymise = parser.isSet(opt.anonymise);
    r.transparentBackground = parser.isSet(opt.transparent);
    r.showLegend = !parser.isSet(opt.noLegend);
    r.showTitle = !parser.isSet(opt.noTitle);
    r.showMarks = !parser.isSet(opt.noMarks);
    r.showNotes = parser.isSet(opt.showNotes);
    r.showRelativePlacements = parser.isSet(opt.relative);
    r.showMissing = !parser.isSet(opt.noMissing);
    r.showGroups = !parser.isSet(opt.noGroups);
    plan.csvByteOrderMark = parser.isSet(opt.csvBom);
    plan.csvRaw = parser.isSet(opt.csvRaw);
    plan.egoId = parser.value(opt.egoId).trimmed();
    plan.reportAnnotations = parser.isSet(opt.annotations);
    plan.deckFiles = parser.values(opt.deck);
    plan.force = parser.isSet(opt.force);
}

/// Outputs named after their sessions must not overwrite each other.
std::optional<int> checkOutputClashes(ExportPlan &plan)
{
    if (plan.outDir.isEmpty())
        return std::nullopt;
    plan.sessionFiles.removeDuplicates();
    QHash<QString, QString> writer; // output file -> session file
    for (const QString &file : std::as_const(plan.sessionFiles))
        for (const QString &out : plannedOutputs(plan, file)) {
            if (writer.contains(out))
                return usageError(kCommand, QStringLiteral("'%1' and '%2' would both write '%3'")
                                                .arg(writer.value(out), file, out));
            writer.insert(out, file);
        }
    return std::nullopt;
}

} // namespace

std::optional<int> parseExportCommand(const QStringList &arguments, ExportPlan &plan)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports sessions: the map (SVG, PNG, PDF), the data (GraphML, CSV tables, the R "
        "pack: a folder of tables and an R script), the findings report (HTML, PDF, ODT) and "
        "a REFI-QDA project for ATLAS.ti, MAXQDA, NVivo and QualCoder (.qdpx).\nWith -o, one "
        "session in one format, chosen by --format or the output's extension (.svg, .png, "
        ".pdf, .graphml, .html, .odt, .qdpx); -o names the R pack's folder. With "
        "--out-dir, any number of sessions, each output named after its session file.\n"
        "A session that cannot be exported is reported and the others are still "
        "exported; the exit code is then 1. Files are written atomically; nothing is written "
        "over an input or a session file unless --force is given. -o - writes to standard "
        "output (with --format)."));
    const ExportOptions opt;
    opt.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Sessions (.nwk)."),
                                 QStringLiteral("FILE..."));
    if (const auto done = parseCommand(parser, kCommand, arguments))
        return done;
    if (const auto done = readOutputs(parser, opt, plan))
        return done;
    if (const auto done = readFormats(parser, opt, plan))
        return done;
    if (const auto done = readSizesAndLanguage(parser, opt, plan))
        return done;
    warnUnusedOptions(parser, opt, plan);
    readSwitches(parser, opt, plan);
    if (parser.isSet(opt.egoId) && plan.egoId.isEmpty())
        return usageError(kCommand, QStringLiteral("--ego-id needs a non-empty id"));
    if (!plan.egoId.isEmpty() && plan.sessionFiles.size() > 1)
        return usageError(kCommand,
                          QStringLiteral("--ego-id names one school, but %1 session files are "
                                         "given: their tables would share one ego id; export "
                                         "them one at a time, each with its own --ego-id")
                              .arg(plan.sessionFiles.size()));
    return checkOutputClashes(plan);
}

} // namespace nwk::cli
