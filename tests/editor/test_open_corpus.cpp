// SPDX-License-Identifier: GPL-3.0-or-later
// The app meets the same hostile files as the CLI: opening each gives its located
// message (file name + JSON path or line) and leaves the open session untouched.
#include "editorfixture.h"

using namespace nwk;
using namespace nwk::test;

TEST_CASE("Opening a malformed file names the problem and keeps the open session",
          "[corpus][window]")
{
    const QString dir = QStringLiteral(NWK_TEST_DATA "/invalid/");
    QFile manifest(dir + QStringLiteral("expected.tsv"));
    REQUIRE(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
    SessionDocument doc;
    doc.reset(sampleSession());
    const QByteArray before = serializeSession(doc.session());
    int checked = 0;
    while (!manifest.atEnd()) {
        const QString line = QString::fromUtf8(manifest.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QString file = line.section(QLatin1Char('\t'), 0, 0);
        QString expected = line.section(QLatin1Char('\t'), 1);
        const Diagnostics d = doc.load(dir + file);
        const QString shown = MainWindow::diagnosticsText(dir + file, d, 1000);
        INFO(file.toStdString() << ": " << shown.toStdString());
        CHECK(hasErrors(d));
        CHECK(shown.contains(file));
        CHECK(shown.contains(expected));
        CHECK(serializeSession(doc.session()) == before);
        ++checked;
    }
    CHECK(checked >= 60);
}
