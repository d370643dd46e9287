// SPDX-License-Identifier: GPL-3.0-or-later
// The Transcript dock's table: one row per cue, its session-clock time (the offset
// applied), its speaker (the assigned participant's code and role when assigned) and text.
#pragma once

#include "nwk/core/session.h"
#include "nwk/core/transcript.h"

#include <QAbstractTableModel>

#include <set>

namespace nwk {

class TranscriptModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, SpeakerColumn, TextColumn, ColumnCount };

    explicit TranscriptModel(QObject *parent = nullptr);

    /// The cues on the session clock, and the session for the speakers' participants.
    void setTranscript(const Transcript &clockCues, const Session &session);
    /// Rows found by a search (shown highlighted).
    void setFound(const std::vector<int> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The speaker column's text for a label: "P2 (zorgcoördinator)" when assigned.
    static QString speakerText(const Session &session, const QString &speaker);
    /// "P2 (zorgcoördinator)", or the code alone.
    static QString participantText(const Participant &p);

private:
    Transcript m_cues;
    QStringList m_speakers; ///< per row, as shown
    std::set<int> m_found;
};

} // namespace nwk
