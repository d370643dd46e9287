// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the netwerkkaart-cli tests: running the binary, a sample session with
// known counts, and PNG decoding into plain pixels.
#pragma once

#include "nwk/core/session.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <vector>

namespace nwk::clitest {

struct CliResult {
    int exitCode = -1;
    bool normalExit = false; ///< false when it crashed, hung or could not start
    QString out;
    QString err;
};

/// Runs NWK_CLI_PATH with `arguments` (default environment: the test's own).
CliResult runCli(const QStringList &arguments,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

/// Runs NWK_CLI_PATH with `arguments`, `input` on its standard input.
CliResult runCliWithInput(const QStringList &arguments, const QByteArray &input);

/// Output lines that start with `prefix`.
QStringList linesStartingWith(const QString &text, const QString &prefix);

/// A session with known content (see clitest.cpp): 3 participants, 7 partners (one
/// unplaced), 4 links, 2 missing partners, 2 cards with progress, 2 metaphors.
Session sampleSession();

/// Writes `text` to `fileName`; false on failure.
bool writeText(const QString &fileName, const QByteArray &text);

/// A decoded 8-bit RGB/RGBA, non-interlaced PNG. `error` is empty on success.
struct PngImage {
    int width = 0;
    int height = 0;
    std::vector<quint32> argb; ///< row-major, 0xAARRGGBB
    QString error;
    quint32 pixel(int x, int y) const
    {
        return argb[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                    static_cast<std::size_t>(x)];
    }
};

/// Decodes with QImage; `error` says why when the bytes are not a PNG.
PngImage decodePng(const QByteArray &data);

} // namespace nwk::clitest
