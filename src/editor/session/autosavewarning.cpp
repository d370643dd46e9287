// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosavewarning.h"

#include "nwk/editor/autosaver.h"

#include <QBoxLayout>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
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

    // Compact (a live session needs the map): a summary, where and why in a smaller font,
    // then the buttons; all at the map's width, which between the docks may be narrow.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setVerticalSpacing(0);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    layout->addWidget(icon, 0, 0, 3, 1, Qt::AlignTop);
    auto *summary = new QLabel(
        tr("Autosave is not working: the changes since the last save are not protected."), this);
    summary->setWordWrap(true);
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);
    layout->addWidget(summary, 0, 1);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("autosaveWarningText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // paths and system messages, never markup
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_text->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_text->setFont(small);
    layout->addWidget(m_text, 1, 1);
    layout->setColumnStretch(1, 1);
    auto *retry = new QPushButton(tr("&Retry Now"), this);
    retry->setObjectName(QStringLiteral("retryAutosaveButton"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 3, 0, 0);
    buttons->addWidget(retry);
    auto *choose = new QPushButton(tr("Other &Folder\u2026"), this);
    choose->setObjectName(QStringLiteral("chooseRecoveryFolderButton"));
    choose->setToolTip(tr("Choose another folder for the recovery copies"));
    buttons->addWidget(choose);
    buttons->addStretch(1);
    layout->addLayout(buttons, 2, 1);

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
    // The reason usually names the file or folder already; else the folder goes first.
    const QString folder = QDir::toNativeSeparators(m_autosaver->directory());
    //: %1 the recovery folder, %2 the reason (from the system)
    m_text->setText(error.contains(folder) ? error
                                           : tr("Folder \u201c%1\u201d: %2").arg(folder, error));
    setToolTip(tr("If Netwerkkaart stops now, the changes since the last save are lost. It "
                  "keeps trying; save the session, or choose another folder for the recovery "
                  "copies."));
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
