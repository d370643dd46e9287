// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting one session in every planned format; problems are printed, located.
#include "cli.h"
#include "exportplan.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/dataexport.h"
#include "nwk/core/deckresolver.h"
#include "nwk/core/qdpx.h"
#include "nwk/render/report.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <algorithm>

namespace nwk::cli {

namespace {

/// Where a format's output goes: -o as given, else "<dir>/<session name><suffix>".
QString outputFor(const ExportPlan &plan, const QString &sessionFile, ExportFormat f)
{
    if (!plan.outFile.isEmpty())
        return plan.outFile;
    const QString base = inputBaseName(sessionFile);
    QString suffix;
    switch (f) {
    case ExportFormat::Svg:
        suffix = QStringLiteral(".svg");
        break;
    case ExportFormat::Png:
        suffix = QStringLiteral(".png");
        break;
    case ExportFormat::Pdf:
        suffix = QStringLiteral(".pdf");
        break;
    case ExportFormat::Graphml:
        suffix = QStringLiteral(".graphml");
        break;
    case ExportFormat::Csv:
        return plan.outDir; // one file per table, named by exportCsv()
    case ExportFormat::Html:
        suffix = QStringLiteral("-report.html");
        break;
    case ExportFormat::ReportPdf:
        suffix = QStringLiteral("-report.pdf");
        break;
    case ExportFormat::ReportOdt:
        suffix = QStringLiteral("-report.odt");
        break;
    case ExportFormat::R:
        return rPackFolder(plan, sessionFile);
    case ExportFormat::Qdpx:
        suffix = QStringLiteral(".qdpx");
        break;
    }
    return QDir(plan.outDir).filePath(base + suffix);
}

} // namespace

QString outputProblem(const QString &fileName)
{
    if (isStreamTarget(fileName))
        return {};
    const QFileInfo info(fileName);
    if (info.isDir())
        return QStringLiteral("%1: cannot write: is a directory").arg(fileName);
    if (!info.absoluteDir().exists())
        return QStringLiteral("%1: cannot write: directory %2 does not exist")
            .arg(fileName, QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

namespace {

bool needsDeck(const ExportPlan &plan)
{
    for (ExportFormat f : plan.formats)
        if (f == ExportFormat::Csv || f == ExportFormat::Html || f == ExportFormat::ReportPdf ||
            f == ExportFormat::ReportOdt || f == ExportFormat::Qdpx)
            return true;
    return false;
}

QString pageText(const ExportPlan &plan)
{
    return QStringLiteral("%1 %2").arg(
        plan.pageSize == QPageSize::A3 ? QStringLiteral("A3") : QStringLiteral("A4"),
        plan.orientation == QPageLayout::Portrait ? QStringLiteral("portrait")
                                                  : QStringLiteral("landscape"));
}

struct Context {
    const ExportPlan &plan;
    const Session &session;
    const Deck &deck;
    RenderOptions render;
    QString language;
};

/// "wrote OUT (what)" lines, on standard error like every message: standard output carries
/// only results (here: an output written to "-").
void reportWritten(const QString &shown, const QString &what)
{
    if (isStandardOutput(shown))
        printErr(QStringLiteral("wrote standard output %1").arg(what));
    else
        printErr(QStringLiteral("wrote %1 %2").arg(shown, what));
}

/// The warning, on standard error, when labels cannot all be placed at the --label-size on
/// the page (they went to the numbered key): names the page and proposes A3.
void warnLabels(const Context &c, const QString &what, const LabelFit &fit)
{
    const QString warning = labelFitWarning(fit, c.plan.pageSize, c.plan.labelPt);
    if (!warning.isEmpty())
        printErr(QStringLiteral("warning %1: %2").arg(what, warning));
}

/// A map export (SVG, PNG, PDF) of the session to `out` through `exporter`: on success sets
/// `what` to `written` and warns of labels that went to the numbered key. Returns the error.
template <typename Options>
QString writeMap(const Context &c,
                 QString (*exporter)(const Session &, const QString &, const Options &, LabelFit *),
                 const Options &o, const QString &out, const QString &written, QString &what)
{
    LabelFit fit;
    const QString error = exporter(c.session, out, o, &fit);
    if (error.isEmpty()) {
        what = written;
        warnLabels(c, what, fit);
    }
    return error;
}

/// Writes one format to `out` (which may be a temporary file standing for the real output);
/// returns the error (empty on success) and sets `what` to what was written, e.g. "(SVG)".
QString writeFormat(const Context &c, ExportFormat f, const QString &out, QString &what)
{
    switch (f) {
    case ExportFormat::Svg: {
        SvgExportOptions o;
        o.render = c.render;
        o.labelPt = c.plan.labelPt;
        o.pageSize = c.plan.pageSize;
        return writeMap(c, exportSvg, o, out, QStringLiteral("(SVG)"), what);
    }
    case ExportFormat::Png: {
        ImageExportOptions o;
        o.render = c.render;
        o.widthPx = c.plan.widthPx;
        o.dpi = c.plan.dpi;
        o.labelPt = c.plan.labelPt;
        o.pageSize = c.plan.pageSize;
        const QString error = writeMap(c, exportPng, o, out, QStringLiteral("(PNG)"), what);
        if (error.isEmpty()) {
            const QSize size = QImageReader(out).size();
            what = QStringLiteral("(PNG, %1 x %2 px)").arg(size.width()).arg(size.height());
        }
        return error;
    }
    case ExportFormat::Pdf: {
        PdfExportOptions o;
        o.render = c.render;
        o.pageSize = c.plan.pageSize;
        o.orientation = c.plan.orientation;
        o.labelPt = c.plan.labelPt;
        return writeMap(c, exportPdf, o, out, QStringLiteral("(PDF, %1)").arg(pageText(c.plan)),
                        what);
    }
    case ExportFormat::Graphml: {
        DataExportOptions o;
        o.anonymise = c.render.anonymise;
        o.language = c.language;
        o.egoId = c.plan.egoId;
        const QString error = exportGraphml(c.session, out, o);
        if (error.isEmpty())
            what = QStringLiteral("(GraphML, %1 nodes, %2 edges)")
                       .arg(c.session.partners.size() + 1)
                       .arg(c.session.links.size());
        return error;
    }
    case ExportFormat::Csv: // several files: exportSession() writes them
    case ExportFormat::R:
        break;
    case ExportFormat::Qdpx: {
        DataExportOptions o;
        o.anonymise = c.render.anonymise;
        o.language = c.language;
        o.deck = &c.deck;
        o.egoId = c.plan.egoId;
        const QString error = exportQdpx(c.session, out, o);
        if (error.isEmpty())
            what = QStringLiteral("(REFI-QDA project, %1 cases, %2 codes)")
                       .arg(c.session.partners.size())
                       .arg(c.session.codebook.size());
        return error;
    }
    case ExportFormat::Html:
    case ExportFormat::ReportPdf:
    case ExportFormat::ReportOdt: {
        ReportOptions o;
        o.map = c.render;
        o.anonymise = c.render.anonymise;
        o.language = c.language;
        o.includeAnnotations = c.plan.reportAnnotations;
        const QString error = f == ExportFormat::Html ? exportReportHtml(c.session, c.deck, out, o)
                              : f == ExportFormat::ReportPdf
                                  ? exportReportPdf(c.session, c.deck, out, o)
                                  : exportReportOdt(c.session, c.deck, out, o);
        if (error.isEmpty())
            what = QStringLiteral("(findings report, %1)")
                       .arg(f == ExportFormat::Html        ? QStringLiteral("HTML")
                            : f == ExportFormat::ReportPdf ? QStringLiteral("PDF")
                                                           : QStringLiteral("ODT"));
        return error;
    }
    }
    return {};
}

/// The session's deck, in the export's language when there is one, else in the session's.
DeckLookup sessionDeck(const QString &sessionFile, const Session &session, const QString &language,
                       const QStringList &deckFiles)
{
    DeckRef ref = session.deck;
    if (ref.language.isEmpty())
        ref.language = QStringLiteral("nl");
    DeckLookup lookup;
    if (language != ref.language) {
        lookup = findDeck({ref.id, ref.version, language}, sessionFile, deckFiles);
        if (lookup.found)
            return lookup;
    }
    lookup = findDeck(ref, sessionFile, deckFiles);
    for (const auto &broken : lookup.brokenFiles)
        for (const Diagnostic &d : broken.diagnostics)
            printErr(
                QStringLiteral("%1: warning: %2").arg(sessionFile, locatedMessage(broken.path, d)));
    if (!lookup.found)
        printErr(QStringLiteral("%1: warning: deck \"%2\" (%3) not found next to the session or "
                                "among --deck files; using the built-in study deck")
                     .arg(sessionFile, ref.id, ref.language));
    return lookup;
}

void printProblem(const QString &out, const QString &error)
{
    const QStringList lines = error.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        printErr(line.contains(out) ? line : QStringLiteral("%1: %2").arg(out, line));
}

/// All CSV tables of a session into the output folder.
bool writeCsv(const Context &c, const QString &sessionFile)
{
    DataExportOptions o;
    o.anonymise = c.render.anonymise;
    o.language = c.language;
    o.deck = &c.deck;
    o.byteOrderMark = c.plan.csvByteOrderMark;
    o.rawCsv = c.plan.csvRaw;
    o.egoId = c.plan.egoId;
    QStringList written;
    const QString error =
        exportCsv(c.session, c.plan.outDir, inputBaseName(sessionFile), o, &written);
    for (const QString &file : std::as_const(written))
        printErr(QStringLiteral("wrote %1 (CSV)").arg(file));
    if (error.isEmpty())
        return true;
    printProblem(c.plan.outDir, error);
    return false;
}

/// The ego id of the data exports that write one (CSV, GraphML, the R pack; the .qdpx has
/// none): refused when anonymised without one (nothing exported), a warning when another
/// session of the run has it too.
bool checkEgoId(const QString &sessionFile, const Session &session, const ExportPlan &plan,
                QHash<QString, QString> *egoIds)
{
    const bool data =
        std::find_if(plan.formats.begin(), plan.formats.end(), [](auto f) {
            return f == ExportFormat::Csv || f == ExportFormat::Graphml || f == ExportFormat::R;
        }) != plan.formats.end();
    if (!data)
        return true;
    DataExportOptions o;
    o.anonymise = plan.render.anonymise;
    o.egoId = plan.egoId;
    if (const QString problem = egoIdProblem(session, o); !problem.isEmpty()) {
        printErr(QStringLiteral("%1: %2; nothing exported").arg(sessionFile, problem));
        return false;
    }
    const QString ego = dataEgoId(session, o);
    if (egoIds && egoIds->contains(ego))
        printErr(QStringLiteral("%1: warning: its ego id (egoID) '%2' is also that of %3: "
                                "stacked tables would mix the two schools; give one school "
                                "another %4, or export it alone with --ego-id ID")
                     .arg(sessionFile, ego, egoIds->value(ego),
                          o.anonymise ? QStringLiteral("pseudonym") : QStringLiteral("name")));
    else if (egoIds)
        egoIds->insert(ego, sessionFile);
    return true;
}

} // namespace

QStringList plannedOutputs(const ExportPlan &plan, const QString &sessionFile)
{
    QStringList files;
    for (ExportFormat f : plan.formats) {
        if (f == ExportFormat::R) {
            files << rPackOutputs(plan, sessionFile);
            continue;
        }
        if (f != ExportFormat::Csv) {
            files << outputFor(plan, sessionFile, f);
            continue;
        }
        const QString base = inputBaseName(sessionFile);
        for (CsvTable t : allCsvTables())
            files << QDir(plan.outDir)
                         .filePath(base + QLatin1Char('-') + csvTableName(t) +
                                   QStringLiteral(".csv"));
    }
    return files;
}

QStringList outputRefusals(const ExportPlan &plan)
{
    const QStringList inputs = plan.sessionFiles + plan.deckFiles;
    QStringList problems;
    for (const QString &file : plan.sessionFiles) {
        const bool rPack = std::find(plan.formats.begin(), plan.formats.end(), ExportFormat::R) !=
                           plan.formats.end();
        const QStringList packFiles = rPack ? rPackOutputs(plan, file) : QStringList();
        for (const QString &out : plannedOutputs(plan, file)) {
            QString problem = outputRefusal(out, inputs, plan.force);
            if (problem.isEmpty()) // the R pack's folder is made when missing
                problem = packFiles.contains(out) ? rPackProblem(rPackFolder(plan, file))
                                                  : outputProblem(out);
            if (!problem.isEmpty() && !problems.contains(problem))
                problems << problem;
        }
    }
    return problems;
}

bool exportSession(const QString &sessionFile, const ExportPlan &plan,
                   QHash<QString, QString> *egoIds)
{
    const auto session = loadSession(sessionFile);
    if (!session)
        return false;

    if (plan.render.anonymise) {
        const QStringList problems = anonymisationProblems(*session);
        if (!problems.isEmpty()) {
            printErr(QStringLiteral("%1: cannot export anonymised: %2 person partner(s) have no "
                                    "pseudonym; nothing exported")
                         .arg(sessionFile)
                         .arg(problems.size()));
            for (const QString &problem : problems)
                printErr(QStringLiteral("%1: %2").arg(sessionFile, problem));
            return false;
        }
    }
    if (!checkEgoId(sessionFile, *session, plan, egoIds))
        return false;

    RenderOptions render = plan.render;
    render.language = plan.language.value_or(session->meta.language == QLatin1String("en")
                                                 ? QStringLiteral("en")
                                                 : QStringLiteral("nl"));

    DeckLookup lookup;
    if (needsDeck(plan))
        lookup = sessionDeck(sessionFile, *session, render.language, plan.deckFiles);
    const Context context{plan, *session, lookup.deck, render, render.language};

    bool ok = true;
    for (ExportFormat f : plan.formats) {
        if (f == ExportFormat::Csv) {
            ok = writeCsv(context, sessionFile) && ok;
            continue;
        }
        if (f == ExportFormat::R) {
            DataExportOptions o;
            o.anonymise = render.anonymise;
            o.language = render.language;
            o.rawCsv = plan.csvRaw;
            o.egoId = plan.egoId;
            ok = writeRPack(*session, o, rPackFolder(plan, sessionFile)) && ok;
            continue;
        }
        const QString out = outputFor(plan, sessionFile, f);
        // "-", devices and FIFOs: exported to a temporary file, then written into.
        const bool stream = isStreamTarget(out);
        const bool existed = !stream && QFileInfo::exists(out);
        QString what;
        const QString error =
            stream ? streamThroughTemporaryFile(out, QLatin1Char('.') + formatName(f),
                                                [&](const QString &temporary) {
                                                    return writeFormat(context, f, temporary, what);
                                                })
                   : writeFormat(context, f, out, what);
        if (error.isEmpty()) {
            reportWritten(out, what);
            continue;
        }
        // The exporters write atomically; never leave a partial file of our own behind.
        if (!existed && !stream && QFileInfo::exists(out))
            QFile::remove(out);
        printProblem(out, error);
        ok = false;
    }
    return ok;
}

} // namespace nwk::cli
