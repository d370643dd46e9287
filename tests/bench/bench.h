// SPDX-License-Identifier: GPL-3.0-or-later
// nwk-bench: times the editor's and exporters' operations on synthetic sessions
// (docs/performance.md). Figures are printed one a line as
//   figure <name> <n> <value>
// (value in ms, or MB for memory, or a plain ratio), which `nwk-bench --report`
// turns into the table with targets that scripts/bench.sh prints.
#pragma once

#include <QString>

#include <chrono>
#include <vector>

namespace nwk::bench {

struct Figure {
    QString name; ///< e.g. "load", "drag" (see kOperations in report.cpp)
    int n = 0;    ///< partners in the session; 0 for the example session
    double value = 0.0;
};

/// Wall-clock milliseconds since construction.
class Stopwatch {
public:
    double ms() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start)
            .count();
    }

private:
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

/// The median of the samples (the mean of the two middle ones for an even count).
double median(std::vector<double> samples);

/// Runs `once` (which returns the milliseconds of one timed repetition) `reps`
/// times and returns the median.
template <typename Once> double medianOf(int reps, Once once)
{
    std::vector<double> samples;
    for (int i = 0; i < reps; ++i)
        samples.push_back(once());
    return median(std::move(samples));
}

struct RunOptions {
    int partners = 60;
    int reps = 5;
    QString graphvizDir; ///< when set: map-<n>.dot and map-<n>.nwk are written there
};

/// Times every in-process operation on a synthetic session of `partners` partners and
/// prints each figure as it is known. Returns false (with a message on stderr) when an
/// operation did not do what it should (a failed save, a drag that moved nothing).
bool runSize(const RunOptions &options, std::vector<Figure> &figures);

/// The participation round's load test (tests/bench/participation.cpp): prints and adds
/// "participation-stall" (ms, n = 15 phones); false when a proposal was lost or duplicated.
bool runParticipation(std::vector<Figure> &figures);

/// The recording's CPU use (tests/bench/recording.cpp): records `seconds` of audio in the
/// main window and adds "recording-cpu" (% of one core beyond the idle window); false when
/// the recording did not start or wrote no audio.
bool runRecording(int seconds, std::vector<Figure> &figures);

/// The drag step in the whole window (windowdrag.cpp): opens `file` in a MainWindow with
/// every dock shown, drags the partner with the most links `drags` times by `moves` mouse
/// moves on the view's viewport, and adds each step's time (the move, the posted work and
/// the view's paint) to `steps`. False when the window did not open, a step did not
/// repaint the view or a drag did not move the partner.
bool windowDrag(const QString &file, int drags, int moves, std::vector<double> &steps);

/// Peak resident memory of this process so far, MB.
double peakMemoryMb();

/// Prints the table (operation, n, measured, target, OK/MISSED) of the figures to
/// stdout, with the growth from 1,000 to 10,000 partners where both are present.
/// With `requireAll`, a target whose figure is absent counts as missed (a full run);
/// without, only the targets of the figures given are checked (the smoke run).
/// Returns the number of missed targets.
int printReport(const std::vector<Figure> &figures, bool requireAll);

/// Reads "figure <name> <n> <value>" lines (others are skipped).
std::vector<Figure> readFigures(const QString &text);

/// The figure names every complete run prints for each size.
QStringList sizeFigureNames();

} // namespace nwk::bench
