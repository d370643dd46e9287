// SPDX-License-Identifier: GPL-3.0-or-later
// The codebook file: {"format": "netwerkkaart-codebook", "version": 1, "codes": [...]}.
#include "nwk/core/codebookio.h"

#include "nwk/core/atomicfile.h"

#include "io/jsonutil.h"
#include "io/sessionfields.h" // Code: as in the session file

#include <QSet>

namespace nwk {

using io::Json;

namespace {

void checkHeader(const Json &doc, io::Problems &problems)
{
    const auto version =
        io::readFileHeader(doc, problems, kCodebookFormatName, "codebook", "version");
    if (version && *version > kCodebookVersion)
        problems.error("/version",
                       QStringLiteral("the file was written by a newer version of Netwerkkaart "
                                      "(codebook version %1); this version reads up to %2")
                           .arg(*version)
                           .arg(kCodebookVersion));
}

/// The codes of a codebook's document; nullopt when it has errors.
std::optional<std::vector<Code>> codesFromJson(const Json &doc, io::Problems &problems)
{
    checkHeader(doc, problems);
    if (problems.hasErrors())
        return std::nullopt;
    std::vector<Code> codes;
    io::ObjectReader r(problems, doc, std::string());
    r.member("format");
    r.member("version");
    r.required("codes"); // a missing list is reported
    r.objects("codes", codes, io::readObject<Code>);
    r.warnUnknown();
    QSet<QString> seen;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const std::string path = io::childPath("/codes", i);
        if (codes[i].id.isEmpty())
            problems.error(io::childPath(path, "id"), QStringLiteral("empty id"));
        else if (seen.contains(codes[i].id))
            problems.error(io::childPath(path, "id"),
                           QStringLiteral("duplicate id \"%1\"").arg(codes[i].id));
        seen.insert(codes[i].id);
        if (codes[i].label.trimmed().isEmpty())
            problems.error(io::childPath(path, "label"), QStringLiteral("empty label"));
    }
    if (problems.hasErrors())
        return std::nullopt;
    return codes;
}

} // namespace

CodebookReadResult parseCodebook(const QByteArray &bytes)
{
    return io::parseJsonDocument(bytes, &CodebookReadResult::codes, codesFromJson);
}

CodebookReadResult readCodebookFile(const QString &fileName)
{
    return io::readInputFileWith(fileName, parseCodebook);
}

QByteArray serializeCodebook(const std::vector<Code> &codes)
{
    Json list = Json::array();
    for (const Code &c : codes)
        list.push_back(io::toJson(c));
    Json doc = Json::object();
    doc["format"] = kCodebookFormatName;
    doc["version"] = kCodebookVersion;
    doc["codes"] = std::move(list);
    return io::dumpCanonical(doc);
}

QString writeCodebookFile(const std::vector<Code> &codes, const QString &fileName)
{
    if (fileName.isEmpty())
        return QStringLiteral("cannot save the codebook: no file name given");
    return writeFileAtomically(fileName, serializeCodebook(codes));
}

} // namespace nwk
