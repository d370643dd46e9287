// SPDX-License-Identifier: GPL-3.0-or-later
// A small properties panel for the one selected partner: label, full name,
// notes. Every edit is a ChangeValue command; typing in one field merges into
// one undo step. The panel mirrors the document and never writes to it directly.
#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QLabel;

namespace nwk {

class SessionDocument;
class MapScene;

class PartnerPanel : public QWidget {
    Q_OBJECT

public:
    PartnerPanel(SessionDocument *document, MapScene *scene, QWidget *parent = nullptr);

    /// The partner shown, empty when none (or several) are selected.
    QString partnerId() const { return m_partnerId; }

private:
    void onSelectionChanged();
    void refresh();

    SessionDocument *m_document;
    MapScene *m_scene;
    QString m_partnerId;
    bool m_refreshing = false;
    QLabel *m_hint = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_fullName = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace nwk
