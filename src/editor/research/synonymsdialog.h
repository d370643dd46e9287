// SPDX-License-Identifier: GPL-3.0-or-later
// The synonyms editor of the school comparison: one row per group of labels that name
// the same partner ("CLB" = "centrum voor leerlingenbegeleiding"), and the labels kept
// apart (matched only with labels written the same). Saved to the synonyms
// file in the config folder; can be imported from and exported to a file to share.
#pragma once

#include "nwk/core/comparison.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace nwk {

class SynonymsDialog : public QDialog {
    Q_OBJECT

public:
    SynonymsDialog(const SynonymList &synonyms, QString fileName, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *defaultsButton() const { return m_defaults; }
    QLabel *problemLabel() const { return m_problem; }
    /// Labels kept apart (SynonymList::apart), separated by ";".
    QLineEdit *apartEdit() const { return m_apart; }

    /// The file dialogs, replaceable by tests.
    void setOpenChooser(std::function<QString()> c) { m_chooseOpen = std::move(c); }
    void setSaveChooser(std::function<QString()> c) { m_chooseSave = std::move(c); }

    /// The table's rows as a list; nullopt (and a message in problemLabel()) when invalid.
    std::optional<SynonymList> currentList();

    void accept() override;

Q_SIGNALS:
    /// The list was saved to the file and should be used.
    void saved(const SynonymList &synonyms);

private:
    void load(const SynonymList &synonyms);
    void showProblem(const QString &text);

    QString m_fileName;
    QTableWidget *m_table = nullptr;
    /// The buttons beside the table.
    QPushButton *m_add = nullptr, *m_remove = nullptr, *m_import = nullptr, *m_export = nullptr,
                *m_defaults = nullptr;
    QLabel *m_problem = nullptr;
    QLineEdit *m_apart = nullptr;
    std::function<QString()> m_chooseOpen;
    std::function<QString()> m_chooseSave;
};

} // namespace nwk
