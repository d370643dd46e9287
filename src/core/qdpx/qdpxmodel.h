// SPDX-License-Identifier: GPL-3.0-or-later
// What the .qdpx export writes, before it becomes XML: the text sources with their items,
// and the GUIDs (include/nwk/core/qdpx.h).
#pragma once

#include "nwk/core/dataexport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace nwk::qdpx {

/// One thing said or noted: a selection of its text source.
struct Item {
    QString key;         ///< "quote:q1", "card-note:card/question", "partner:pa1", ...
    QString name;        ///< the selection's name
    QString description; ///< time, speaker, question
    QString heading;     ///< a line above the text in the source (time and speaker), may be empty
    QString text;        ///< the selected text
    QStringList partnerIds;
};

/// A plain-text source: its items, one paragraph each.
struct TextDoc {
    QString key; ///< "map", "card:<id>", "closing-answers", "metaphors", "memos"
    QString name;
    QString description;
    std::vector<Item> items;
};

/// A text source laid out: its text and each item's selection, in characters (Unicode code
/// points, as REFI-QDA counts positions).
struct Layout {
    QString text;
    std::vector<std::pair<qint64, qint64>> spans; ///< [start, end) per item
};

/// The text sources of `shown` (a session as sessionForExport() gives it), in order: the map,
/// the cards with notes or quotes, closing answers, metaphors, memos (empty ones left out).
std::vector<TextDoc> textDocs(const Session &shown, const DataExportOptions &o);
Layout layOut(const TextDoc &doc);

/// The key of the item an annotation is about; empty for the session as a whole.
QString annotationTargetKey(const Annotation &a);

/// A fixed text in the export's language ("nl" or "en").
QString fixedText(const DataExportOptions &o, const char *english, const char *dutch);

/// Name-based GUIDs (UUID v5) of the session's objects, stable across exports.
class Guids {
public:
    explicit Guids(const Session &s);
    /// "5f0c...-...": the GUID of `what` (e.g. "case:pa1") in this session.
    QString of(const QString &what) const;

private:
    QString m_sessionKey;
};

/// A number as xsd:decimal (no exponent), at most 4 decimals.
QString decimal(double value);
/// An ISO 8601 date-time as xsd:dateTime, or empty when `iso` is not one.
QString dateTime(const QString &iso);

} // namespace nwk::qdpx
