// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace nwk {

RecoveryDialog::RecoveryDialog(std::vector<RecoveryCandidate> &candidates, QWidget *parent)
    : QDialog(parent)
    , m_candidates(candidates)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Work"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Netwerkkaart did not close normally. These sessions had "
                                "changes that were not saved; each is newer than its file "
                                "on disk. Restore one to continue where you were; you still "
                                "choose whether to save it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("recoveryList"));
    for (const RecoveryCandidate &c : m_candidates) {
        auto *item = new QListWidgetItem(describe(c), m_list);
        item->setToolTip(c.originalFile.isEmpty() ? tr("Never saved")
                                                  : QDir::toNativeSeparators(c.originalFile));
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_discard = buttons->addButton(tr("&Discard\u2026"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *later = buttons->addButton(tr("&Not Now"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    later->setToolTip(tr("Keep the recovered sessions and ask again at the next start"));
    m_restore->setDefault(true);
    layout->addWidget(buttons);

    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_chosen = m_list->currentRow();
        if (m_chosen >= 0)
            accept();
    });
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardSelected);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, m_restore, &QPushButton::click);
    resize(560, 300);
}

QString RecoveryDialog::describe(const RecoveryCandidate &c)
{
    const int partners = c.partnerCount();
    const int links = c.linkCount();
    const int notes = c.noteCount();
    //: Recovery list entry: %1 session name, %2 date and time, then counts
    QString text = tr("%1 \u2014 %2: %3, %4, %5")
                       .arg(c.displayName(), QLocale().toString(c.savedAt, QLocale::ShortFormat),
                            partners == 1 ? tr("1 partner") : tr("%n partners", nullptr, partners),
                            links == 1 ? tr("1 link") : tr("%n links", nullptr, links),
                            notes == 1 ? tr("1 note") : tr("%n notes", nullptr, notes));
    const QString details = compareWithFile(c);
    return details.isEmpty() ? text : text + QLatin1Char('\n') + details;
}

QString RecoveryDialog::compareWithFile(const RecoveryCandidate &c)
{
    if (c.originalFile.isEmpty())
        return {};
    if (!c.fileModified.isValid())
        return tr("The file is no longer on disk.");
    //: %1 time of the recovery copy, %2 time the file on disk was last saved
    QString text = tr("Copy of %1; the file on disk was saved %2.")
                       .arg(QLocale().toString(c.savedAt, QLocale::ShortFormat),
                            QLocale().toString(c.fileModified, QLocale::ShortFormat));
    // Another program (or an editor that was not noting its saves) changed the file later.
    if (c.fileModified > c.savedAt)
        text += QLatin1Char(' ') + tr("The file is newer than this copy: it was changed after "
                                      "the copy was written.");
    if (!c.fileSummary)
        return text + QLatin1Char(' ') + tr("The file cannot be read.");
    const SessionSummary copy = SessionSummary::of(c.session);
    const SessionSummary &file = *c.fileSummary;
    QStringList differences;
    auto compare = [&](int inCopy, int inFile, const QString &what) {
        //: %1 what is counted (partners, links, ...), %2 and %3 the numbers
        if (inCopy != inFile)
            differences
                << tr("%1: %2 in the copy, %3 in the file").arg(what).arg(inCopy).arg(inFile);
    };
    compare(copy.partners, file.partners, tr("partners"));
    compare(copy.links, file.links, tr("links"));
    compare(copy.notes, file.notes, tr("notes"));
    compare(copy.groups, file.groups, tr("groups"));
    compare(copy.missingPartners, file.missingPartners, tr("missing partners"));
    compare(copy.participants, file.participants, tr("participants"));
    if (differences.isEmpty())
        return text + QLatin1Char(' ') +
               tr("The same numbers of partners, links and notes; other changes (names, "
                  "places, texts).");
    return text + QLatin1Char(' ') + differences.join(QStringLiteral("; ")) + QLatin1Char('.');
}

void RecoveryDialog::discardSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const auto answer =
        QMessageBox::warning(this, tr("Discard Recovered Session"),
                             tr("Discard the unsaved changes of \u201c%1\u201d for good?")
                                 .arg(m_candidates[static_cast<std::size_t>(row)].displayName()),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    Autosaver::discard(m_candidates[static_cast<std::size_t>(row)]);
    m_candidates.erase(m_candidates.begin() + row);
    delete m_list->takeItem(row);
    if (m_candidates.empty())
        reject();
}

bool offerRecovery(Autosaver &autosaver, std::vector<RecoveryCandidate> candidates, QWidget *parent)
{
    if (candidates.empty())
        return false;
    RecoveryDialog dialog(candidates, parent); // discarding removes from `candidates`
    const bool restore = dialog.exec() == QDialog::Accepted && dialog.chosen() >= 0;
    // Seen and kept (Not Now, or another one restored): a later save of their file, or a
    // normal end once the file is newer, removes them (Autosaver::setDeclined).
    QStringList declined;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (!restore || static_cast<int>(i) != dialog.chosen())
            declined << candidates[i].id;
    autosaver.setDeclined(declined);
    if (!restore)
        return false;
    autosaver.restore(candidates[static_cast<std::size_t>(dialog.chosen())]);
    return true;
}

} // namespace nwk
