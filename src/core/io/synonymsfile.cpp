// SPDX-License-Identifier: GPL-3.0-or-later
// The synonyms file of the school comparison (docs/file-format.md, "Synonyms file").
#include "nwk/core/comparison.h"

#include "nwk/core/atomicfile.h"

#include "io/jsonutil.h"

#include <QHash>

namespace nwk {

using io::Json;

namespace {

constexpr int kSynonymsSchemaVersion = 1;

void checkHeader(const Json &doc, io::Problems &problems)
{
    const auto version =
        io::readFileHeader(doc, problems, kSynonymsFormatName, "synonyms", "schemaVersion");
    if (version && *version != kSynonymsSchemaVersion)
        problems.error("/schemaVersion", QStringLiteral("unknown schema version %1 (this "
                                                        "version reads %2)")
                                             .arg(*version)
                                             .arg(kSynonymsSchemaVersion));
}

void readGroups(const Json &doc, io::Problems &problems, SynonymList &out)
{
    const auto synonyms = doc.find("synonyms");
    if (synonyms == doc.end()) {
        problems.error("/synonyms", QStringLiteral("missing"));
        return;
    }
    if (!synonyms->is_array()) {
        problems.error(
            "/synonyms",
            QStringLiteral("expected an array, found %1").arg(io::describeType(*synonyms)));
        return;
    }
    QHash<QString, std::string> seen; // normalized label -> where it was first
    for (std::size_t g = 0; g < synonyms->size(); ++g) {
        const Json &group = (*synonyms)[g];
        const std::string groupPath = io::childPath("/synonyms", g);
        if (!group.is_array()) {
            problems.error(groupPath, QStringLiteral("expected an array of labels, found %1")
                                          .arg(io::describeType(group)));
            continue;
        }
        QStringList labels;
        for (std::size_t i = 0; i < group.size(); ++i) {
            const std::string path = io::childPath(groupPath, i);
            if (!group[i].is_string()) {
                problems.error(
                    path,
                    QStringLiteral("expected a string, found %1").arg(io::describeType(group[i])));
                continue;
            }
            const QString label = io::qs(group[i].get_ref<const std::string &>());
            const QString key = normalizedLabel(label);
            if (label.size() > io::kShortText) {
                problems.error(path, QStringLiteral("too long (%1 characters; at most %2)")
                                         .arg(label.size())
                                         .arg(io::kShortText));
            } else if (key.isEmpty()) {
                problems.error(path, QStringLiteral("a label needs a letter or a digit"));
            } else if (seen.contains(key)) {
                problems.error(path, QStringLiteral("\"%1\" is already listed at %2")
                                         .arg(label, io::qs(seen.value(key))));
            } else {
                seen.insert(key, path);
                labels << label;
            }
        }
        if (group.size() < 2)
            problems.error(groupPath, QStringLiteral("a synonym group needs at least two labels"));
        out.groups.push_back(labels);
    }
}

/// "apart" (optional): labels the comparison matches only as written.
void readApart(const Json &doc, io::Problems &problems, SynonymList &out)
{
    const auto apart = doc.find("apart");
    if (apart == doc.end())
        return;
    if (!apart->is_array()) {
        problems.error("/apart",
                       QStringLiteral("expected an array, found %1").arg(io::describeType(*apart)));
        return;
    }
    QHash<QString, std::string> seen;
    for (std::size_t i = 0; i < apart->size(); ++i) {
        const std::string path = io::childPath("/apart", i);
        if (!(*apart)[i].is_string()) {
            problems.error(
                path,
                QStringLiteral("expected a string, found %1").arg(io::describeType((*apart)[i])));
            continue;
        }
        const QString label = io::qs((*apart)[i].get_ref<const std::string &>());
        const QString key = normalizedLabel(label);
        if (label.size() > io::kShortText)
            problems.error(path, QStringLiteral("too long (%1 characters; at most %2)")
                                     .arg(label.size())
                                     .arg(io::kShortText));
        else if (key.isEmpty())
            problems.error(path, QStringLiteral("a label needs a letter or a digit"));
        else if (seen.contains(key))
            problems.error(path, QStringLiteral("\"%1\" is already listed at %2")
                                     .arg(label, io::qs(seen.value(key))));
        else {
            seen.insert(key, path);
            out.apart << label;
        }
    }
}

/// The synonyms of a synonyms file's document; nullopt when it has errors.
std::optional<SynonymList> synonymsFromJson(const Json &doc, io::Problems &problems)
{
    checkHeader(doc, problems);
    SynonymList list;
    if (!problems.hasErrors()) {
        readGroups(doc, problems, list);
        readApart(doc, problems, list);
    }
    if (problems.hasErrors())
        return std::nullopt;
    return list;
}

} // namespace

SynonymsReadResult parseSynonyms(const QByteArray &bytes)
{
    return io::parseJsonDocument(bytes, &SynonymsReadResult::synonyms, synonymsFromJson);
}

SynonymsReadResult readSynonymsFile(const QString &fileName)
{
    return io::readInputFileWith(fileName, parseSynonyms);
}

QByteArray serializeSynonyms(const SynonymList &synonyms)
{
    Json doc = io::fileHeader(kSynonymsFormatName, kSynonymsSchemaVersion);
    Json groups = Json::array();
    for (const auto &g : synonyms.groups) {
        Json labels = Json::array();
        for (const auto &label : g)
            labels.push_back(io::ss(label));
        groups.push_back(std::move(labels));
    }
    doc["synonyms"] = std::move(groups);
    if (!synonyms.apart.isEmpty()) {
        Json apart = Json::array();
        for (const auto &label : synonyms.apart)
            apart.push_back(io::ss(label));
        doc["apart"] = std::move(apart);
    }
    return io::dumpCanonical(doc);
}

QString writeSynonymsFile(const SynonymList &synonyms, const QString &fileName)
{
    if (fileName.isEmpty())
        return QStringLiteral("cannot save the synonyms: no file name given");
    return writeFileAtomically(fileName, serializeSynonyms(synonyms));
}

} // namespace nwk
