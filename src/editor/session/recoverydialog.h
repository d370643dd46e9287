// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up question after a crash: which unsaved sessions were left behind,
// when, and what they hold; restore one, discard, or decide later.
#pragma once

#include "nwk/editor/autosaver.h"

#include <QDialog>

#include <vector>

class QListWidget;
class QPushButton;

namespace nwk {

class RecoveryDialog : public QDialog {
    Q_OBJECT

public:
    /// Discarding removes a candidate's files and its entry in `candidates`.
    explicit RecoveryDialog(std::vector<RecoveryCandidate> &candidates, QWidget *parent = nullptr);

    /// After Accepted: index into the candidates of the one to restore.
    int chosen() const { return m_chosen; }

    /// "basisschool-1.nwk — 14 March 2025 10:12: 12 partners, 9 links, 3 notes"
    /// followed, for a copy of a file, by a line comparing it with the file on disk:
    /// "Copy of …; the file on disk was saved …. partners: 52 in the copy, 50 in the file."
    static QString describe(const RecoveryCandidate &candidate);
    static QString compareWithFile(const RecoveryCandidate &candidate);

private:
    void discardSelected();

    std::vector<RecoveryCandidate> &m_candidates;
    QListWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_discard = nullptr;
    int m_chosen = -1;
};

} // namespace nwk
