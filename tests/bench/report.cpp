// SPDX-License-Identifier: GPL-3.0-or-later
// The table of figures and targets (issue #8): operation, n, measured, target, OK/MISSED.
#include "bench.h"

#include <QMap>
#include <QRegularExpression>

#include <cmath>
#include <cstdio>

namespace nwk::bench {

namespace {

enum class Unit { Ms, Mb, Ratio, Percent };

struct Operation {
    const char *name;  ///< figure name
    const char *title; ///< shown in the table
    Unit unit;
    /// The allowed growth from 1,000 to 10,000 partners: kNLogN, a factor, or 0 (not checked).
    double growth;
};

/// time(10,000) / time(1,000) may be at most 10 log(10,000) / log(1,000) (n log n).
constexpr double kNLogN = -1.0;

/// In table order. The first block is measured for every size by nwk-bench itself,
/// the rest by scripts/bench.sh from outside the process.
const Operation kOperations[] = {
    {"load", "load and validate", Unit::Ms, kNLogN},
    {"save", "save", Unit::Ms, kNLogN},
    {"scene", "build the scene", Unit::Ms, kNLogN},
    {"drag", "drag step", Unit::Ms, kNLogN},
    {"drag-settle", "label layout after a drag", Unit::Ms, kNLogN},
    {"window-drag", "drag step, whole window", Unit::Ms, 0.0},
    {"svg", "SVG export", Unit::Ms, kNLogN},
    {"svg-longword", "SVG export, 10,000-char word", Unit::Ms, 0.0},
    {"png", "PNG export (A4, 300 dpi)", Unit::Ms, kNLogN},
    // Issue #24: the UI thread's copy no longer grows with the session.
    {"autosave", "autosave, UI thread", Unit::Ms, 2.0},
    {"memory", "peak memory", Unit::Mb, 0.0},
    {"coldstart", "cold start to first paint", Unit::Ms, 0.0},
    {"coldstart-end", "  (until the program ended)", Unit::Ms, 0.0},
    {"firstpaint", "  (first paint, in-process)", Unit::Ms, 0.0},
    {"graphviz-neato", "neato -n2 -Tsvg", Unit::Ms, 0.0},
    {"graphviz-cli", "netwerkkaart-cli export", Unit::Ms, 0.0},
    {"graphviz-ratio", "SVG export / Graphviz", Unit::Ratio, 0.0},
    {"participation-stall", "participation: longest stall", Unit::Ms, 0.0},
    {"recording-cpu", "recording: CPU beyond idle", Unit::Percent, 0.0},
};
constexpr int kSizeFigures = 11; ///< the first kSizeFigures operations come per size

struct Target {
    const char *name;
    int n;        ///< the size it applies to; 0 = the example session
    bool strict;  ///< "<" rather than "<="
    double limit; ///< in the operation's unit
};

const Target kTargets[] = {
    {"load", 1000, false, 30.0},
    {"save", 1000, false, 30.0},
    {"drag", 1000, false, 2.0},
    {"svg", 1000, false, 150.0},
    {"autosave", 1000, false, 5.0},
    {"memory", 10000, true, 300.0},
    {"svg-longword", 60, false, 2000.0},
    // Issue #24: what a person feels.
    {"png", 60, false, 250.0},
    {"png", 1000, false, 600.0},
    {"drag-settle", 1000, false, 16.0},
    {"scene", 1000, false, 40.0},
    {"coldstart", 0, false, 250.0},
    {"graphviz-ratio", 1000, false, 0.5},
    {"window-drag", 60, false, 4.0},
    {"window-drag", 1000, false, 16.0},
    // Issue #25: 15 phones, 40 partners and 20 ticks each within 10 s (nwk-bench --participation).
    {"participation-stall", 15, false, 50.0},
    // Issue #24 item 7: recording costs little beside a live session (% of one core).
    {"recording-cpu", 0, false, 5.0},
};

constexpr int kGrowthFrom = 1000;
constexpr int kGrowthTo = 10000;

QString format(double value, Unit unit)
{
    switch (unit) {
    case Unit::Ms:
        return QString::number(value, 'f',
                               value < 10    ? 2
                               : value < 100 ? 1
                                             : 0) +
               QStringLiteral(" ms");
    case Unit::Mb:
        return QString::number(value, 'f', 0) + QStringLiteral(" MB");
    case Unit::Ratio:
        return QString::number(value, 'f', 2);
    case Unit::Percent:
        return QString::number(value, 'f', 1) + QStringLiteral(" %");
    }
    return {};
}

const Target *targetFor(const QString &name, int n)
{
    for (const Target &t : kTargets)
        if (name == QLatin1String(t.name) && n == t.n)
            return &t;
    return nullptr;
}

void row(const QString &operation, const QString &n, const QString &measured, const QString &target,
         const QString &verdict)
{
    std::printf("%-30s %6s %12s %16s  %s\n", qPrintable(operation), qPrintable(n),
                qPrintable(measured), qPrintable(target), qPrintable(verdict));
}

} // namespace

QStringList sizeFigureNames()
{
    QStringList names;
    for (int i = 0; i < kSizeFigures; ++i)
        names.append(QString::fromLatin1(kOperations[i].name));
    return names;
}

std::vector<Figure> readFigures(const QString &text)
{
    static const QRegularExpression line(QStringLiteral("^figure (\\S+) (\\d+) ([-+0-9.eE]+)$"),
                                         QRegularExpression::MultilineOption);
    std::vector<Figure> figures;
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        figures.push_back({m.captured(1), m.captured(2).toInt(), m.captured(3).toDouble()});
    }
    return figures;
}

int printReport(const std::vector<Figure> &figures, bool requireAll)
{
    // name -> n -> value (the last one given wins)
    QMap<QString, QMap<int, double>> values;
    for (const Figure &f : figures)
        values[f.name][f.n] = f.value;

    int missed = 0;
    row(QStringLiteral("operation"), QStringLiteral("n"), QStringLiteral("measured"),
        QStringLiteral("target"), QStringLiteral("result"));
    row(QString(30, QLatin1Char('-')), QString(6, QLatin1Char('-')), QString(12, QLatin1Char('-')),
        QString(16, QLatin1Char('-')), QString(6, QLatin1Char('-')));
    for (const Operation &op : kOperations) {
        const QString name = QString::fromLatin1(op.name);
        const QMap<int, double> byN = values.value(name);
        for (auto it = byN.cbegin(); it != byN.cend(); ++it) {
            const Target *t = targetFor(name, it.key());
            QString target = QStringLiteral("-");
            QString verdict;
            if (t) {
                const bool ok = t->strict ? it.value() < t->limit : it.value() <= t->limit;
                target = QString::fromLatin1(t->strict ? "< " : "<= ") + format(t->limit, op.unit);
                verdict = ok ? QStringLiteral("OK") : QStringLiteral("MISSED");
                missed += ok ? 0 : 1;
            }
            row(QString::fromLatin1(op.title),
                it.key() == 0 ? QStringLiteral("ex.") : QString::number(it.key()),
                format(it.value(), op.unit), target, verdict);
        }
        // A target whose figure is missing is missed too (e.g. a step of the script failed).
        for (const Target &t : kTargets)
            if (requireAll && name == QLatin1String(t.name) && !byN.contains(t.n)) {
                row(QString::fromLatin1(op.title), QString::number(t.n),
                    QStringLiteral("not measured"), QStringLiteral("-"), QStringLiteral("MISSED"));
                ++missed;
            }
    }

    // Growth: time(10,000) / time(1,000) against n log n or the operation's own factor.
    const double nLogN = 10.0 * std::log(kGrowthTo) / std::log(kGrowthFrom);
    bool header = false;
    for (const Operation &op : kOperations) {
        const QMap<int, double> byN = values.value(QString::fromLatin1(op.name));
        const bool both = byN.contains(kGrowthFrom) && byN.contains(kGrowthTo);
        if (op.growth == 0.0 || (!both && !requireAll))
            continue;
        if (!header) {
            std::printf("\ngrowth from %d to %d partners (n log n allows x%.1f)\n", kGrowthFrom,
                        kGrowthTo, nLogN);
            header = true;
        }
        const double allowed = op.growth == kNLogN ? nLogN : op.growth;
        const QString target = QStringLiteral("<= x") + QString::number(allowed, 'f', 1);
        if (!both) {
            row(QString::fromLatin1(op.title), QStringLiteral("x10"),
                QStringLiteral("not measured"), target, QStringLiteral("MISSED"));
            ++missed;
            continue;
        }
        const double from = byN.value(kGrowthFrom);
        const double ratio = from > 0 ? byN.value(kGrowthTo) / from : 0.0;
        const bool ok = ratio <= allowed;
        missed += ok ? 0 : 1;
        row(QString::fromLatin1(op.title), QStringLiteral("x10"),
            QStringLiteral("x") + QString::number(ratio, 'f', 1), target,
            ok ? QStringLiteral("OK") : QStringLiteral("MISSED"));
    }
    std::printf("\n%s\n", missed == 0
                              ? "every target holds"
                              : qPrintable(QStringLiteral("%1 target(s) missed").arg(missed)));
    return missed;
}

} // namespace nwk::bench
