// SPDX-License-Identifier: GPL-3.0-or-later
// The partners of a session counted per category (rows) and ring (columns), shared by
// `info`'s text table and its --json form (cli_infocounts.cpp).
#pragma once

#include "nwk/core/session.h"

#include <QStringList>

#include <vector>

namespace nwk::cli {

struct PartnerCounts {
    QStringList rowIds;     ///< category ids in sector order, then others; "\n": neutral zone
    QStringList rowLabels;  ///< "(no category yet)", "(no category)", "(unknown \"x\")" for others
    QStringList ringLabels; ///< one per ring of the map, innermost first
    bool notDiscussedColumn = false; ///< a column for distances not discussed (only when any)
    /// Per row, then a totals row: one count per ring, [not discussed], unplaced, total.
    std::vector<std::vector<int>> counts;
    int placed = 0;
    int unplaced = 0;
    int notDiscussed = 0;
    int neutralZone = 0;
};

struct CardCounts {
    int done = 0;
    int inProgress = 0;
    int skipped = 0;
    int total = 0; ///< the built-in deck's cards (when it is the session's) and any other card
    qint64 spentMs = 0;
    int quotes = 0;
};

CardCounts countCards(const Session &session);

/// The recording beside the session file: its audio parts (and which are not on disk), the
/// consent, the transcript and the map's timed history.
struct RecordingCounts {
    int parts = 0;
    qint64 recordedMs = 0;
    QStringList missingParts;   ///< listed parts with no file beside the session file
    bool checkedOnDisk = false; ///< false when the session came from standard input
    int consented = 0;          ///< participants who agreed to the recording
    QString transcript;         ///< the transcript's file, empty = none
    bool transcriptFound = false;
    qint64 transcriptOffsetMs = 0;
    int speakers = 0; ///< transcript speakers assigned to participants
    int historyEvents = 0;
};

/// `fileName` is the session's file ("-" = standard input: the files are not looked for).
RecordingCounts countRecording(const QString &fileName, const Session &session);

/// Ring and category labels in `language` ("nl" or "en").
PartnerCounts countPartners(const Session &session, const QString &language);

/// The label in `language`, falling back to the other one.
QString pickLabel(const QString &language, const QString &nl, const QString &en);

} // namespace nwk::cli
