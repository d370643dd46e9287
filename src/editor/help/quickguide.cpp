// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickguide.h"

#include "context/editorcontext.h"
#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QImage>
#include <QMainWindow>
#include <QMenu>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace nwk {

QUrl QuickGuide::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/guide/user-guide.md"));
}

void QuickGuide::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    QMenu *help = context.menu(MenuId::Help);
    auto *action = new QAction(tr("&Quick Guide"), window);
    action->setObjectName(QStringLiteral("quickGuideAction"));
    action->setShortcuts(QKeySequence::HelpContents); // F1 (Ctrl+? on macOS)
    action->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    action->setToolTip(tr("How to prepare and run a focus group and work on it afterwards"));
    action->setStatusTip(action->toolTip());
    const QList<QAction *> existing = help->actions();
    help->insertAction(existing.isEmpty() ? nullptr : existing.first(), action);
    QObject::connect(action, &QAction::triggered, window,
                     [window, guide = QPointer<QuickGuide>()]() mutable {
                         if (!guide)
                             guide = new QuickGuide(window);
                         guide->show();
                         guide->raise();
                         guide->activateWindow();
                     });
}

QuickGuide::QuickGuide(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("quickGuide"));
    setWindowTitle(tr("Netwerkkaart Quick Guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("quickGuideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Quick guide"));
    m_browser->setSource(guideUrl());
    m_browser->viewport()->installEventFilter(this); // its width decides the images' width
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        m_fittedWidth = -1;
        fitImages();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setObjectName(QStringLiteral("quickGuideBack"));
    back->setToolTip(tr("Back to the page you came from (Alt+Left)"));
    back->setEnabled(false);
    back->setAutoDefault(false);
    QPushButton *home = buttons->addButton(tr("&Guide"), QDialogButtonBox::ActionRole);
    home->setObjectName(QStringLiteral("quickGuideHome"));
    home->setToolTip(tr("Back to the start of the quick guide"));
    home->setAutoDefault(false);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(home, &QPushButton::clicked, this, [this] {
        m_browser->setSource(guideUrl());
        m_browser->verticalScrollBar()->setValue(0);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 760);
}

bool QuickGuide::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QDialog::eventFilter(watched, event);
}

void QuickGuide::fitImages()
{
    QTextDocument *doc = m_browser->document();
    const int page = m_browser->viewport()->width() - 2 * static_cast<int>(doc->documentMargin()) -
                     m_browser->verticalScrollBar()->sizeHint().width();
    if (page <= 0 || page == m_fittedWidth)
        return;
    m_fittedWidth = page;
    struct Image {
        int position;
        int length;
        QTextImageFormat format;
    };
    std::vector<Image> images; // collected first: changing formats rebuilds the fragments
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                images.push_back({it.fragment().position(), it.fragment().length(),
                                  it.fragment().charFormat().toImageFormat()});
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (Image &image : images) {
        const QVariant resource = doc->resource(QTextDocument::ImageResource, image.format.name());
        QSize size = resource.value<QImage>().size(); // QTextBrowser gives the file's bytes
        if (size.isEmpty())
            size = resource.value<QPixmap>().size();
        if (size.isEmpty() && resource.typeId() == QMetaType::QByteArray)
            size = QImage::fromData(resource.toByteArray()).size();
        if (size.isEmpty())
            continue;
        const int width = std::min(size.width(), page);
        image.format.setWidth(width);
        image.format.setHeight(static_cast<double>(size.height()) * width / size.width());
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(image.format);
    }
    cursor.endEditBlock();
}

} // namespace nwk
