// SPDX-License-Identifier: GPL-3.0-or-later
// The dialog that adds or edits one annotation: memo, codes from the codebook
// (new codes can be added here), and the author. When no author name is known yet
// (QSettings "annotation/author"), the dialog asks for it once.
#pragma once

#include "nwk/core/session.h"

#include <QDialog>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace nwk {

class AnnotationDialog : public QDialog {
    Q_OBJECT

public:
    /// `annotation` holds the target (and, when editing, memo and codes).
    AnnotationDialog(const Session &session, Annotation annotation, const QString &targetName,
                     QWidget *parent = nullptr);

    /// The annotation as filled in (author and, for a new one, time set on accept).
    const Annotation &annotation() const { return m_annotation; }
    /// Codes added in this dialog; they go into the codebook with the annotation.
    const std::vector<Code> &newCodes() const { return m_newCodes; }

    /// Shows `code` ticked: from the codebook when there, else as a new code.
    void offerCode(const Code &code);

    /// The researcher's name from the settings; empty until first asked.
    static QString savedAuthor();

    void accept() override;

private:
    void addCode();

    const Session &m_session;
    Annotation m_annotation;
    std::vector<Code> m_newCodes;
    QPlainTextEdit *m_memo = nullptr;
    QListWidget *m_codes = nullptr;
    QLineEdit *m_newCode = nullptr;
    QLineEdit *m_author = nullptr; ///< only when no author is saved yet
    QLabel *m_problem = nullptr;
};

} // namespace nwk
