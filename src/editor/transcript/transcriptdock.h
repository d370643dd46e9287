// SPDX-License-Identifier: GPL-3.0-or-later
// The Transcript dock: the cues on the session clock, the offset, search with next and
// previous, the speakers' participants, and a selected span of cues made a quote or played.
#pragma once

#include <QDockWidget>
#include <QStringList>

#include <vector>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace nwk {

class ClockSpinBox;
class SessionDocument;
class TranscriptFeature;
class TranscriptModel;

class TranscriptDock : public QDockWidget {
    Q_OBJECT

public:
    TranscriptDock(TranscriptFeature *feature, SessionDocument *document, QWidget *parent);

    /// The selected cues' rows, in order (the selection is one contiguous span).
    std::vector<int> selectedRows() const;
    /// The first selected cue's session-clock time; -1 when none is selected.
    qint64 selectedClockMs() const;

public Q_SLOTS:
    void findNext();
    void findPrevious();
    void makeQuote();
    void playFromHere();
    /// Asks for a clock time and sets the offset so that the selected cue starts then.
    void alignSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildSearch();
    void buildTable();
    QWidget *buildButtons();
    void refresh();
    void refreshSpeakers();
    QComboBox *speakerCombo(const QString &speaker);
    void updateButtons();
    void search();
    void goToHit(int step);
    void showContextMenu(const QPoint &pos);
    void setOffset(qint64 offsetMs);
    void assignSpeaker(const QString &speaker, const QString &participantId);

    TranscriptFeature *m_feature;
    SessionDocument *m_document;
    TranscriptModel *m_model;
    QLabel *m_summary = nullptr;
    QLabel *m_problems = nullptr;
    ClockSpinBox *m_offset = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_hits = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_quote = nullptr;
    QPushButton *m_play = nullptr;
    QGroupBox *m_speakersBox = nullptr;
    QFormLayout *m_speakers = nullptr;
    QStringList m_speakerNames;       ///< the speakers the combo boxes are for
    QStringList m_participantChoices; ///< and the participants they offer
    std::vector<int> m_found;
    int m_hit = -1; ///< index in m_found of the current hit
};

} // namespace nwk
