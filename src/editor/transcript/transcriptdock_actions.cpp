// SPDX-License-Identifier: GPL-3.0-or-later
// TranscriptDock: search, the offset and its alignment to a cue, speakers' participants,
// quotes and playback from a cue.
#include "clockspinbox.h"
#include "nwk/editor/sessiondocument.h"
#include "playback/playback.h"
#include "transcriptdock.h"
#include "transcriptedits.h"
#include "transcriptfeature.h"
#include "transcriptfiles.h"
#include "transcriptmodel.h"

#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

namespace nwk {

std::vector<int> TranscriptDock::selectedRows() const
{
    std::vector<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TranscriptDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    updateButtons();
}

void TranscriptDock::updateButtons()
{
    const bool any = !selectedRows().empty();
    m_quote->setEnabled(any);
    // As every "Play from Here": greyed out with the reason when the recording cannot play.
    const qint64 at = selectedClockMs();
    const QString reason = at < 0 ? QString() : m_feature->playback()->unavailableReason(at);
    m_play->setEnabled(any && reason.isEmpty());
    m_play->setToolTip(reason.isEmpty() ? tr("Play the recording from a few seconds before the "
                                             "selected cue")
                                        : reason);
}

void TranscriptDock::search()
{
    const Transcript *t = m_feature->transcript();
    m_found = t ? findCues(*t, m_search->text()) : std::vector<int>();
    m_model->setFound(m_found);
    m_hit = -1;
    const bool searching = !m_search->text().trimmed().isEmpty();
    m_hits->setText(searching ? tr("%n match(es)", nullptr, static_cast<int>(m_found.size()))
                              : QString());
    m_previous->setEnabled(!m_found.empty());
    m_next->setEnabled(!m_found.empty());
}

void TranscriptDock::findNext()
{
    goToHit(1);
}

void TranscriptDock::findPrevious()
{
    goToHit(-1);
}

void TranscriptDock::goToHit(int step)
{
    if (m_found.empty())
        return;
    const int count = static_cast<int>(m_found.size());
    if (m_hit < 0) {
        // From the selected cue: the first match after it (or before it, going back).
        const std::vector<int> rows = selectedRows();
        const int from = rows.empty() ? (step > 0 ? -1 : m_model->rowCount()) : rows.front();
        m_hit = step > 0 ? 0 : count - 1;
        for (int i = 0; i < count; ++i) {
            const int k = step > 0 ? i : count - 1 - i;
            const int row = m_found[static_cast<std::size_t>(k)];
            if (step > 0 ? row > from : row < from) {
                m_hit = k;
                break;
            }
        }
    } else {
        m_hit = (m_hit + step + count) % count;
    }
    const int row = m_found[static_cast<std::size_t>(m_hit)];
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    //: The search's place: "2 of 5"
    m_hits->setText(tr("%1 of %2").arg(m_hit + 1).arg(count));
}

void TranscriptDock::setOffset(qint64 offsetMs)
{
    TranscriptRef ref = m_document->session().transcript;
    if (ref.file.isEmpty() || ref.offsetMs == offsetMs)
        return;
    ref.offsetMs = offsetMs;
    pushTranscriptRef(m_document, ref,
                      tr("Set the transcript's offset to %1").arg(clockText(offsetMs, true)));
}

void TranscriptDock::alignSelected()
{
    const std::vector<int> rows = selectedRows();
    const Transcript *t = m_feature->transcript();
    if (rows.empty() || !t)
        return;
    const qint64 own = t->cues[static_cast<std::size_t>(rows.front())].startMs;
    const qint64 now = own + m_document->session().transcript.offsetMs;
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Align the Transcript"),
                              tr("Session-clock time at which the selected cue starts (h:mm:ss):"),
                              QLineEdit::Normal, clockText(now, true), &ok);
    if (!ok)
        return;
    if (const std::optional<qint64> at = parseClockText(text))
        setOffset(*at - own);
}

void TranscriptDock::assignSpeaker(const QString &speaker, const QString &participantId)
{
    const TranscriptRef &ref = m_document->session().transcript;
    pushTranscriptRef(m_document, withSpeaker(ref, speaker, participantId),
                      participantId.isEmpty() ? tr("Unassign speaker %1").arg(speaker)
                                              : tr("Assign speaker %1").arg(speaker));
}

void TranscriptDock::makeQuote()
{
    const std::vector<int> rows = selectedRows();
    if (!rows.empty())
        m_feature->makeQuote(rows);
}

qint64 TranscriptDock::selectedClockMs() const
{
    const std::vector<int> rows = selectedRows();
    if (rows.empty())
        return -1;
    const Transcript clock = m_feature->clockTranscript();
    const auto row = static_cast<std::size_t>(rows.front());
    return row < clock.cues.size() ? std::max<qint64>(0, clock.cues[row].startMs) : -1;
}

void TranscriptDock::playFromHere()
{
    const qint64 at = selectedClockMs();
    if (at >= 0)
        m_feature->playback()->playFrom(at);
}

void TranscriptDock::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(tr("Make &Quote"), this, &TranscriptDock::makeQuote);
    menu.addAction(m_feature->playback()->playAction(selectedClockMs(), &menu));
    menu.addAction(tr("&Align to Clock Time\u2026"), this, &TranscriptDock::alignSelected);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace nwk
