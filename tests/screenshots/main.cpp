// SPDX-License-Identifier: GPL-3.0-or-later
// nwk-screenshots OUTDIR [NAME...]: the screenshots of docs/user-guide.md, taken from
// real windows driven into known states. Run it through scripts/screenshots.sh, which
// builds it and runs it under Xvfb with fresh settings. A shot whose feature is not in
// this build is skipped with a message; the exit code is 1 when a shot was skipped.
#include "shots.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStyleFactory>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Own settings, never the user's: recent files, window layouts and modes start empty.
    QApplication::setOrganizationName(QStringLiteral("NetwerkkaartScreenshots"));
    QApplication::setApplicationName(QStringLiteral("netwerkkaart-screenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QStringList args = QApplication::arguments().mid(1);
    if (args.isEmpty() || args.first().startsWith(QLatin1Char('-'))) {
        std::fputs("usage: nwk-screenshots OUTDIR [NAME...]\n"
                   "Saves the screenshots of docs/user-guide.md as OUTDIR/NAME.png.\n",
                   stderr);
        return 2;
    }
    nwk::shots::Run run;
    run.out = QDir(args.takeFirst());
    if (!run.out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "nwk-screenshots: cannot create %s\n",
                     qPrintable(run.out.absolutePath()));
        return 2;
    }
    QDir sessions(QDir::temp().filePath(QStringLiteral("netwerkkaart/sessions")));
    sessions.removeRecursively();
    sessions.mkpath(QStringLiteral("."));
    run.sessions = sessions.absolutePath();

    const auto shots = nwk::shots::allShots();
    for (const QString &name : std::as_const(args)) {
        const bool known = std::any_of(shots.begin(), shots.end(),
                                       [&](const nwk::shots::Shot &s) { return s.name == name; });
        if (!known) {
            std::fprintf(stderr, "nwk-screenshots: no shot named %s\n", qPrintable(name));
            return 2;
        }
    }
    for (const nwk::shots::Shot &shot : shots)
        if (args.isEmpty() || args.contains(shot.name)) {
            QSettings().clear(); // each shot starts from the default layout and modes
            shot.take(run);
        }
    std::printf("%lld screenshots written to %s, %lld skipped\n",
                static_cast<long long>(run.written.size()), qPrintable(run.out.absolutePath()),
                static_cast<long long>(run.skipped.size()));
    sessions.removeRecursively();
    return run.skipped.isEmpty() ? 0 : 1;
}
