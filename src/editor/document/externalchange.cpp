// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/externalchange.h"

#include "nwk/editor/sessiondocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>

namespace nwk {

namespace {
QByteArray fingerprint(const QString &fileName)
{
    if (fileName.isEmpty())
        return {};
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}
} // namespace

ExternalChangeGuard::ExternalChangeGuard(SessionDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &SessionDocument::sessionReset, this, &ExternalChangeGuard::remember);
    connect(document, &SessionDocument::fileNameChanged, this, &ExternalChangeGuard::remember);
    remember();
}

void ExternalChangeGuard::remember()
{
    m_fingerprint = fingerprint(m_document->fileName());
}

bool ExternalChangeGuard::changedOnDisk() const
{
    if (m_document->isUntitled() || !QFile::exists(m_document->fileName()))
        return false;
    return fingerprint(m_document->fileName()) != m_fingerprint;
}

ExternalChangeGuard::Answer ExternalChangeGuard::confirmSave(QWidget *parent) const
{
    if (!changedOnDisk())
        return Answer::Overwrite;
    QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                    tr("\u201c%1\u201d was changed by another program since you opened or "
                       "saved it.")
                        .arg(QDir::toNativeSeparators(m_document->fileName())),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Overwrite those changes with yours, or save yours under "
                              "another name and keep both?"));
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    QPushButton *saveAs = box.addButton(tr("Save &As\u2026"), QMessageBox::AcceptRole);
    saveAs->setObjectName(QStringLiteral("saveAsButton"));
    box.setDefaultButton(saveAs);
    box.exec();
    if (box.clickedButton() == overwrite)
        return Answer::Overwrite;
    if (box.clickedButton() == saveAs)
        return Answer::SaveAs;
    return Answer::Cancel;
}

} // namespace nwk
