// SPDX-License-Identifier: GPL-3.0-or-later
// The ring editor: the number of rings and each ring's Dutch and English label.
// Distances are continuous, so a new ring count moves only the ring boundaries;
// every placement keeps its distance. Every change is one undo command.
#pragma once

#include <QWidget>

#include <memory>

namespace nwk {

class SessionDocument;

class RingEditor : public QWidget {
    Q_OBJECT

public:
    explicit RingEditor(SessionDocument *document, QWidget *parent = nullptr);
    ~RingEditor() override;

private:
    void refresh();
    void refreshForm();
    void setRingCount(int count);
    QString currentRingId() const;

    SessionDocument *m_document;
    /// The ring count, the list of rings and the selected ring's form; in the .cpp.
    struct Widgets;
    std::unique_ptr<Widgets> m_ui;
};

} // namespace nwk
