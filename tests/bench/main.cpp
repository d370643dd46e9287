// SPDX-License-Identifier: GPL-3.0-or-later
// nwk-bench: the performance benchmark (issue #8, docs/performance.md).
//
//   nwk-bench [--sizes 60,1000,10000] [--reps N] [--graphviz DIR]
//       times every operation for each size, printing "figure <name> <n> <value>"
//   nwk-bench --smoke
//       the same once at a tiny size: checks that every figure is produced
//   nwk-bench --participation
//       the participation round's load test: 15 phones (figure participation-stall)
//   nwk-bench --window-drag FILE
//       the drag step in the whole window on a session file ("figure window-drag 0 <ms>")
//   nwk-bench --report FILE
//       the table of the figures in FILE with their targets; exit 1 when one is missed
#include "bench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

using namespace nwk::bench;

namespace {

int smoke()
{
    RunOptions o;
    o.partners = 12;
    o.reps = 1;
    std::vector<Figure> figures;
    if (!runSize(o, figures))
        return 1;
    QStringList missing;
    for (const QString &name : sizeFigureNames()) {
        bool found = false;
        for (const Figure &f : figures)
            found = found || (f.name == name && f.n == o.partners);
        if (!found)
            missing.append(name);
    }
    std::printf("\n");
    printReport(figures, false);
    if (!missing.isEmpty()) {
        std::fprintf(stderr, "nwk-bench: no figure for: %s\n", qPrintable(missing.join(u' ')));
        return 1;
    }
    std::printf("smoke run complete: %lld figures\n", static_cast<long long>(figures.size()));
    return 0;
}

int report(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "nwk-bench: cannot read %s: %s\n", qPrintable(fileName),
                     qPrintable(file.errorString()));
        return 2;
    }
    return printReport(readFigures(QString::fromUtf8(file.readAll())), true) == 0 ? 0 : 1;
}

int windowDragOn(const QString &fileName, int reps)
{
    std::vector<double> steps;
    if (!windowDrag(fileName, reps, 20, steps))
        return 1;
    std::printf("figure window-drag 0 %.3f\n", median(steps));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NetwerkkaartBench"));
    QApplication::setApplicationName(QStringLiteral("nwk-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Netwerkkaart's operations on "
                                                    "synthetic sessions (docs/performance.md)."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("Partner counts, comma-separated (default "
                                                  "60,1000,10000)."),
                                   QStringLiteral("list"), QStringLiteral("60,1000,10000"));
    const QCommandLineOption reps(QStringLiteral("reps"),
                                  QStringLiteral("Repetitions per operation; the median is "
                                                 "reported (default 7, 5 above 1000 partners)."),
                                  QStringLiteral("N"));
    const QCommandLineOption graphviz(QStringLiteral("graphviz"),
                                      QStringLiteral("Also write map-<n>.dot and map-<n>.nwk "
                                                     "to this folder."),
                                      QStringLiteral("dir"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"),
                                         QStringLiteral("Run once at a tiny size."));
    const QCommandLineOption reportOption(QStringLiteral("report"),
                                          QStringLiteral("Print the table of the figures in "
                                                         "this file with their targets."),
                                          QStringLiteral("file"));
    const QCommandLineOption participation(
        QStringLiteral("participation"),
        QStringLiteral("Run the participation round's load test (15 phones)."));
    const QCommandLineOption windowDragOption(QStringLiteral("window-drag"),
                                              QStringLiteral("Only the drag step in the whole "
                                                             "window, on this session file."),
                                              QStringLiteral("file"));
    const QCommandLineOption recording(
        QStringLiteral("recording"),
        QStringLiteral("Record this many seconds of audio in the main window and report the "
                       "CPU it takes (PULSE_SERVER: the test server)."),
        QStringLiteral("seconds"));
    parser.addOptions({sizes, reps, graphviz, smokeOption, reportOption, windowDragOption,
                       participation, recording});
    parser.process(app);

    if (parser.isSet(participation)) {
        std::vector<Figure> figures;
        return runParticipation(figures) ? 0 : 1;
    }
    if (parser.isSet(recording)) {
        std::vector<Figure> figures;
        return runRecording(std::max(1, parser.value(recording).toInt()), figures) ? 0 : 1;
    }
    if (parser.isSet(smokeOption))
        return smoke();
    if (parser.isSet(reportOption))
        return report(parser.value(reportOption));
    if (parser.isSet(windowDragOption))
        return windowDragOn(parser.value(windowDragOption),
                            parser.isSet(reps) ? parser.value(reps).toInt() : 7);

    std::vector<Figure> figures;
    for (const QString &size : parser.value(sizes).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        RunOptions o;
        o.partners = size.toInt(&ok);
        if (!ok || o.partners < 2) {
            std::fprintf(stderr, "nwk-bench: --sizes: \"%s\" is not a partner count (2 or more)\n",
                         qPrintable(size));
            return 2;
        }
        o.reps = parser.isSet(reps) ? parser.value(reps).toInt() : (o.partners > 1000 ? 5 : 7);
        o.graphvizDir = parser.value(graphviz);
        if (!runSize(o, figures))
            return 1;
    }
    return 0;
}
