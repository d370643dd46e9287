// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosavewarning.h"

#include "nwk/editor/autosaver.h"

#include <QBoxLayout>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStyle>

#include <utility>

namespace nwk {

namespace {

AutosaveWarning::FolderChooser &folderChooser()
{
    static AutosaveWarning::FolderChooser chooser = [](QWidget *parent, const QString &current) {
        return QFileDialog::getExistingDirectory(
            parent, AutosaveWarning::tr("Choose a Folder for Recovery Copies"), current);
    };
    return chooser;
}

} // namespace

AutosaveWarning::AutosaveWarning(Autosaver &autosaver, QWidget *parent)
    : QFrame(parent)
    , m_autosaver(&autosaver)
{
    setObjectName(QStringLiteral("autosaveWarning"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf0, 0xc2)); // a warning's yellow
    p.setColor(QPalette::WindowText, Qt::black);
    setPalette(p);

    auto *layout = new QHBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    layout->addWidget(icon, 0, Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("autosaveWarningText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // paths and system messages, never markup
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    auto *retry = new QPushButton(tr("&Retry Now"), this);
    retry->setObjectName(QStringLiteral("retryAutosaveButton"));
    layout->addWidget(retry, 0, Qt::AlignTop);
    auto *choose = new QPushButton(tr("Choose Another Recovery &Folder\u2026"), this);
    choose->setObjectName(QStringLiteral("chooseRecoveryFolderButton"));
    layout->addWidget(choose, 0, Qt::AlignTop);

    connect(retry, &QPushButton::clicked, this, [this] {
        if (m_autosaver)
            m_autosaver->sync();
    });
    connect(choose, &QPushButton::clicked, this, &AutosaveWarning::chooseFolder);
    connect(&autosaver, &Autosaver::failureChanged, this, &AutosaveWarning::showFailure);
    setAccessibleName(tr("Autosave warning"));
    showFailure(autosaver.lastError());
}

AutosaveWarning::FolderChooser AutosaveWarning::setFolderChooser(FolderChooser chooser)
{
    return std::exchange(folderChooser(), std::move(chooser));
}

void AutosaveWarning::showFailure(const QString &error)
{
    if (error.isEmpty() || !m_autosaver) {
        hide();
        return;
    }
    //: %1 the recovery folder, %2 the reason (from the system)
    m_text->setText(tr("Autosave is not working: no recovery copy can be written in the "
                       "folder \u201c%1\u201d.\nReason: %2\nIf Netwerkkaart stops now, the "
                       "changes since the last save are lost. It keeps trying; save the "
                       "session, or choose another folder for the recovery copies.")
                        .arg(QDir::toNativeSeparators(m_autosaver->directory()), error));
    setAccessibleDescription(m_text->text());
    show();
}

void AutosaveWarning::chooseFolder()
{
    if (!m_autosaver)
        return;
    const QString folder = folderChooser()(window(), m_autosaver->directory());
    if (!folder.isEmpty())
        m_autosaver->moveTo(folder); // the bar follows failureChanged()
}

QWidget *installAutosaveWarning(QMainWindow *window, Autosaver &autosaver)
{
    auto *bar = new AutosaveWarning(autosaver, window->centralWidget());
    if (auto *layout = qobject_cast<QBoxLayout *>(window->centralWidget()->layout()))
        layout->insertWidget(0, bar);
    return bar;
}

} // namespace nwk
