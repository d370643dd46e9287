// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Archive…: the session file as saved, its audio parts and its transcript in
// one ZIP with a manifest and SHA-256 sums for a research data store (nwk/core/archiveexport.h;
// docs/exports.md, "Archive"). Never anonymised.
#pragma once

#include <QCoreApplication>

namespace nwk {

class EditorContext;

class ArchiveExportAction {
    Q_DECLARE_TR_FUNCTIONS(ArchiveExportAction)

public:
    /// Adds File > Export Archive… after File > Export Data and Report… (else before the
    /// main window's export separator). Unsaved changes are saved first (asked); missing
    /// audio parts or transcript are named and the archive is written without them only
    /// when the user says so.
    static void install(EditorContext &context);
};

} // namespace nwk
