// SPDX-License-Identifier: GPL-3.0-or-later
// File > New Session Wizard (and "New session…" on the start screen): a short
// wizard that prepares a focus group: the school (name, pseudonym, date), the
// participants (code, role, role group), the language of the cards and the map,
// and the categories of the map. Every page works from the keyboard alone.
#pragma once

#include "nwk/core/session.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace nwk {

class SessionDocument;

class NewSessionWizard : public QWizard {
    Q_OBJECT

public:
    enum Page { SchoolPage, ParticipantsPage, LanguagePage, CategoriesPage };

    explicit NewSessionWizard(QWidget *parent = nullptr);

    /// The session the answers describe (deck and labels in the chosen language).
    Session session() const;

    /// Replaces the document's session by `session`, then fills in school and
    /// participants as one undo step ("New session: <school>"), so that the new
    /// session counts as unsaved work. The grid and deck come with the reset.
    static void apply(SessionDocument *document, const Session &session);

    /// Adds a participant row from the fields of the participants page.
    void addParticipant();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWizardPage *createSchoolPage();
    QWizardPage *createParticipantsPage();
    QWizardPage *createLanguagePage();
    QWizardPage *createCategoriesPage();
    void updateNextCode();

    QLineEdit *m_school = nullptr;
    QLineEdit *m_pseudonym = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_role = nullptr;
    QComboBox *m_roleGroup = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QTreeWidget *m_participants = nullptr;
    QComboBox *m_language = nullptr;
    QListWidget *m_categories = nullptr;
};

} // namespace nwk
