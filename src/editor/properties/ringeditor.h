// SPDX-License-Identifier: GPL-3.0-or-later
// The ring editor: the number of rings and each ring's Dutch and English label.
// Distances are continuous, so a new ring count moves only the ring boundaries;
// every placement keeps its distance. Every change is one undo command.
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QSpinBox;

namespace nwk {

class SessionDocument;

class RingEditor : public QWidget {
    Q_OBJECT

public:
    explicit RingEditor(SessionDocument *document, QWidget *parent = nullptr);

private:
    void refresh();
    void refreshForm();
    void setRingCount(int count);
    QString currentRingId() const;

    SessionDocument *m_document;
    QSpinBox *m_count = nullptr;
    QListWidget *m_list = nullptr;
    /// The selected ring's form: its Dutch and English label.
    struct Form {
        QWidget *widget = nullptr;
        QLineEdit *labelNl = nullptr;
        QLineEdit *labelEn = nullptr;
    } m_form;
};

} // namespace nwk
