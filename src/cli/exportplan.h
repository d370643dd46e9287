// SPDX-License-Identifier: GPL-3.0-or-later
// The export command's plan: which sessions, which formats, where, and how drawn.
#pragma once

#include "nwk/core/dataexport.h"
#include "nwk/render/exporters.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nwk::cli {

enum class ExportFormat { Svg, Png, Pdf, Graphml, Csv, Html, ReportPdf, ReportOdt, R, Qdpx };

/// Every format in the order a run writes them.
const std::vector<ExportFormat> &allExportFormats();
/// The name used with --format: "svg", "png", "pdf", "graphml", "csv", "html", "report-pdf",
/// "odt", "r", "qdpx".
QString formatName(ExportFormat f);

struct ExportPlan {
    QStringList sessionFiles;
    QString outFile;                   ///< -o: one session, one format
    QString outDir;                    ///< --out-dir: one or many sessions
    std::vector<ExportFormat> formats; ///< in allExportFormats() order, each once
    std::optional<QString> language;   ///< --lang; nullopt = each session's language
    RenderOptions render;              ///< the map options (language set per session)
    int widthPx = 0;                   ///< PNG
    int dpi = 150;                     ///< PNG
    bool widthOrDpiGiven = false;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    double labelPt = kDefaultLabelPt; ///< --label-size: least partner label size on the page
    bool csvByteOrderMark = false;
    bool csvRaw = false; ///< --csv-raw: cells that look like formulas as they are
    QString egoId;       ///< --ego-id: the egoID of the CSV tables and GraphML (one session)
    bool reportAnnotations = false;
    QStringList deckFiles; ///< --deck: where to look for decks not next to the session
    bool force = false;    ///< --force: allow writing over inputs and sessions
};

/// Parses the export command line into `plan`. Returns an exit code when the command is
/// done (help shown or a usage error reported), nullopt when the exports should run.
std::optional<int> parseExportCommand(const QStringList &arguments, ExportPlan &plan);

/// The files exporting `sessionFile` would write (for --out-dir: every format's, every CSV
/// table's).
QStringList plannedOutputs(const ExportPlan &plan, const QString &sessionFile);

/// Why `fileName` cannot be written (a folder, a missing folder), or empty. "-", devices
/// and FIFOs are written into and have no problem here.
QString outputProblem(const QString &fileName);

/// Every refusal and problem of every planned output of every session, checked before
/// anything is written (the --out-dir folder must exist). Empty when all may be written.
QStringList outputRefusals(const ExportPlan &plan);

// The R pack (exportrpack.cpp): a folder per session, -o as given, else "DIR/NAME-r".
QString rPackFolder(const ExportPlan &plan, const QString &sessionFile);
/// The files of the R pack of `sessionFile`.
QStringList rPackOutputs(const ExportPlan &plan, const QString &sessionFile);
/// Why the R pack cannot go into `folder` (a file, no parent folder), or empty.
QString rPackProblem(const QString &folder);
/// Writes the R pack; prints "wrote ..." lines and located messages. False on failure.
bool writeRPack(const Session &session, const DataExportOptions &o, const QString &folder);

/// Exports one session in every planned format; prints "wrote ..." lines and located
/// messages. False when anything failed (the session, an anonymisation refusal, a file).
/// `egoIds` (ego id -> session file) collects the ego ids of the data exports of a run;
/// one already there is warned about (stacked tables would mix the two schools).
bool exportSession(const QString &sessionFile, const ExportPlan &plan,
                   QHash<QString, QString> *egoIds = nullptr);

} // namespace nwk::cli
