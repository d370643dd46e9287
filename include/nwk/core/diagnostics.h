// SPDX-License-Identifier: GPL-3.0-or-later
// Located problems found while reading or validating a file.
#pragma once

#include <QString>

#include <vector>

namespace nwk {

struct Diagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString path;    ///< JSON pointer, e.g. "/partners/12/category"; empty for whole-file problems
    QString message; ///< e.g. "unknown category \"x\""
    int line = 0;    ///< 1-based line in the file when known (syntax errors), else 0
    int column = 0;

    /// "path: message" or "line L, column C: message" (without the file name).
    QString toString() const;
};

using Diagnostics = std::vector<Diagnostic>;

inline bool hasErrors(const Diagnostics &d)
{
    for (const auto &x : d)
        if (x.severity == Diagnostic::Severity::Error)
            return true;
    return false;
}

} // namespace nwk
