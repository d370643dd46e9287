// SPDX-License-Identifier: GPL-3.0-or-later
#include "synonymsdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nwk {

namespace {
const QString kSeparator = QStringLiteral("; ");
}

SynonymsDialog::SynonymsDialog(const SynonymList &synonyms, QString fileName, QWidget *parent)
    : QDialog(parent)
    , m_fileName(std::move(fileName))
{
    setObjectName(QStringLiteral("synonymsDialog"));
    setWindowTitle(tr("Synonyms"));
    const QString filter = tr("Synonyms (*.json);;All files (*)");
    m_chooseOpen = [this, filter] {
        return QFileDialog::getOpenFileName(this, tr("Import Synonyms"), QString(), filter);
    };
    m_chooseSave = [this, filter] {
        return QFileDialog::getSaveFileName(this, tr("Export Synonyms"), tr("synonyms.json"),
                                            filter);
    };

    auto *intro = new QLabel(
        tr("Labels on one row name the same partner in the comparison. Case, spaces, "
           "punctuation, accents and qualifiers in brackets never matter; an abbreviation in "
           "brackets names the same partner. Internal actors only match internal actors."),
        this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("synonymsTable"));
    m_table->setHorizontalHeaderLabels({tr("Shown as"), tr("Also called (separate with ;)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_add = new QPushButton(tr("Add Row"), this);
    m_remove = new QPushButton(tr("Remove Row"), this);
    m_import = new QPushButton(tr("Import…"), this);
    m_export = new QPushButton(tr("Export…"), this);
    m_defaults = new QPushButton(tr("Built-in List"), this);
    auto *row = new QHBoxLayout;
    for (auto *b : {m_add, m_remove, m_import, m_export, m_defaults})
        row->addWidget(b);
    row->addStretch();
    m_apart = new QLineEdit(this);
    m_apart->setObjectName(QStringLiteral("synonymsApart"));
    m_apart->setPlaceholderText(tr("e.g. CLB (contactpersoon); Stad (OCMW)"));
    auto *apartLabel = new QLabel(
        tr("Keep apart (separate with ;): matched only with labels written the same"), this);
    apartLabel->setWordWrap(true);
    apartLabel->setBuddy(m_apart);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("synonymsProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(apartLabel);
    layout->addWidget(m_apart);
    layout->addWidget(m_problem);
    layout->addWidget(box);
    resize(560, 420);

    connect(box, &QDialogButtonBox::accepted, this, &SynonymsDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &SynonymsDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem);
        m_table->setItem(r, 1, new QTableWidgetItem);
        m_table->setCurrentCell(r, 0);
        m_table->editItem(m_table->item(r, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(m_defaults, &QPushButton::clicked, this, [this] { load(defaultSynonyms()); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString file = m_chooseOpen();
        if (file.isEmpty())
            return;
        const SynonymsReadResult read = readSynonymsFile(file);
        if (!read.synonyms) {
            showProblem(tr("%1: %2").arg(QDir::toNativeSeparators(file),
                                         read.diagnostics.front().toString()));
            return;
        }
        load(*read.synonyms);
        showProblem(QString());
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const auto list = currentList();
        if (!list)
            return;
        const QString file = m_chooseSave();
        if (!file.isEmpty())
            showProblem(writeSynonymsFile(*list, file));
    });
    load(synonyms);
}

void SynonymsDialog::load(const SynonymList &synonyms)
{
    m_table->setRowCount(0);
    for (const auto &group : synonyms.groups) {
        if (group.isEmpty())
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(group.first()));
        m_table->setItem(r, 1, new QTableWidgetItem(group.mid(1).join(kSeparator)));
    }
    m_apart->setText(synonyms.apart.join(kSeparator));
}

void SynonymsDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

std::optional<SynonymList> SynonymsDialog::currentList()
{
    SynonymList list;
    std::vector<int> rowOfGroup;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList labels;
        const auto text = [&](int c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            return item ? item->text() : QString();
        };
        if (!text(0).trimmed().isEmpty())
            labels << text(0).trimmed();
        for (const auto &part : text(1).split(QLatin1Char(';'))) {
            if (!part.trimmed().isEmpty())
                labels << part.trimmed();
        }
        if (labels.isEmpty())
            continue; // an empty row is no group
        list.groups.push_back(labels);
        rowOfGroup.push_back(r + 1);
    }
    for (const auto &part : m_apart->text().split(QLatin1Char(';')))
        if (!part.trimmed().isEmpty())
            list.apart << part.trimmed();
    // The file format's checks (two labels a group, no label twice), told per table row.
    const SynonymsReadResult check = parseSynonyms(serializeSynonyms(list));
    if (check.synonyms) {
        showProblem(QString());
        return list;
    }
    const Diagnostic &d = check.diagnostics.front();
    const auto match = QRegularExpression(QStringLiteral("^/synonyms/(\\d+)")).match(d.path);
    QString message = d.message;
    message.replace(QRegularExpression(QStringLiteral("/synonyms/(\\d+)(/\\d+)?")),
                    tr("another row"));
    message.replace(QRegularExpression(QStringLiteral("/apart/(\\d+)")), tr("Keep apart"));
    const int group = match.hasMatch() ? match.captured(1).toInt() : -1;
    if (d.path.startsWith(QLatin1String("/apart")))
        showProblem(tr("Keep apart: %1").arg(message));
    else if (group >= 0 && group < static_cast<int>(rowOfGroup.size()))
        showProblem(tr("Row %1: %2").arg(rowOfGroup[static_cast<std::size_t>(group)]).arg(message));
    else
        showProblem(message);
    return std::nullopt;
}

void SynonymsDialog::accept()
{
    const auto list = currentList();
    if (!list)
        return;
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    const QString error = writeSynonymsFile(*list, m_fileName);
    if (!error.isEmpty()) {
        showProblem(error);
        return;
    }
    Q_EMIT saved(*list);
    QDialog::accept();
}

} // namespace nwk
