// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol tab: the eight steps as a checklist with times, the closing
// questions with their answers, and the metaphors with who gave them.
#pragma once

#include "nwk/core/deck.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace nwk {

class MetaphorSpeaker;
class SessionDocument;

class ProtocolPage : public QWidget {
    Q_OBJECT

public:
    explicit ProtocolPage(SessionDocument *document, QWidget *parent = nullptr);
    void setDeck(const Deck &deck);
    void refresh();

private:
    struct Step {
        QString id;
        QCheckBox *box = nullptr;
        QLabel *time = nullptr;
    };
    struct Answer {
        QString id;
        QPlainTextEdit *edit = nullptr;
        QLabel *marker = nullptr; ///< the annotation marker beside the question
    };

    void stepToggled(const QString &stepId, bool done);
    void answerEdited(const Answer &answer);
    void addMetaphor();
    void updateMetaphor();
    void removeMetaphor();
    void metaphorChosen();

    SessionDocument *m_document;
    QWidget *m_stepsBox = nullptr;
    QWidget *m_closingBox = nullptr;
    std::vector<Step> m_steps;
    std::vector<Answer> m_answers;
    bool m_newBurst = true;
    QListWidget *m_metaphors = nullptr;
    QLineEdit *m_metaphorEdit = nullptr;
    MetaphorSpeaker *m_metaphorParticipant = nullptr; ///< who chose it
    QPushButton *m_updateMetaphor = nullptr;
    QPushButton *m_removeMetaphor = nullptr;
};

} // namespace nwk
