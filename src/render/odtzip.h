// SPDX-License-Identifier: GPL-3.0-or-later
// The ZIP container of an OpenDocument file, just enough to give the ODT that
// QTextDocumentWriter makes real headings (odtzip.cpp; zlib for deflate).
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace nwk::detail {

using ZipEntries = std::vector<std::pair<QString, QByteArray>>;

/// The entries of a ZIP archive in their order (stored or deflated); nullopt when the bytes
/// are not such an archive.
std::optional<ZipEntries> readZip(const QByteArray &zip);
/// A ZIP archive of `entries` in their order: "mimetype" stored (as ODF requires), the
/// others deflated; every entry dated 1980-01-01, so the same entries give the same bytes.
QByteArray writeZip(const ZipEntries &entries);

} // namespace nwk::detail
