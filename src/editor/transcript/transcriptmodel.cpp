// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcriptmodel.h"

#include "transcriptedits.h"
#include "transcriptfiles.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace nwk {

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString TranscriptModel::speakerText(const Session &session, const QString &speaker)
{
    const QString id = speakerParticipant(session.transcript, speaker);
    const Participant *p = id.isEmpty() ? nullptr : session.participant(id);
    return p ? participantText(*p) : speaker;
}

QString TranscriptModel::participantText(const Participant &p)
{
    return p.role.isEmpty() ? p.code : QStringLiteral("%1 (%2)").arg(p.code, p.role);
}

void TranscriptModel::setTranscript(const Transcript &clockCues, const Session &session)
{
    beginResetModel();
    m_cues = clockCues;
    m_speakers.clear();
    for (const TranscriptCue &cue : m_cues.cues)
        m_speakers.append(speakerText(session, cue.speaker));
    m_found.clear();
    endResetModel();
}

void TranscriptModel::setFound(const std::vector<int> &rows)
{
    m_found = std::set<int>(rows.begin(), rows.end());
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::BackgroundRole});
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cues.cues.size());
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TranscriptCue &cue = m_cues.cues[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return clockText(cue.startMs);
        case SpeakerColumn:
            return m_speakers.value(index.row());
        case TextColumn:
            return role == Qt::DisplayRole
                       ? QString(cue.text).replace(QLatin1Char('\n'), QLatin1Char(' '))
                       : cue.text;
        default:
            return {};
        }
    }
    if (role == Qt::UserRole)
        return cue.startMs;
    if (role == Qt::BackgroundRole && m_found.count(index.row()))
        return QBrush(QColor(255, 236, 153)); // a highlighter's yellow, as the map's find marks
    if (role == Qt::ForegroundRole && m_found.count(index.row()))
        return QBrush(Qt::black);
    if (role == Qt::TextAlignmentRole && index.column() != TextColumn)
        return int(Qt::AlignLeft | Qt::AlignTop);
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SpeakerColumn:
        return tr("Speaker");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace nwk
