// SPDX-License-Identifier: GPL-3.0-or-later
#include "categoriesdock.h"

#include "categoryeditor.h"
#include "context/editorcontext.h"
#include "ringeditor.h"

#include <QAction>
#include <QGroupBox>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace nwk {

void CategoriesDock::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    auto *dock = new CategoriesDock(context.document, window);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    window->tabifyDockWidget(context.dock(DockId::History), dock); // full height, beside History
    dock->hide();
    context.menu(MenuId::Map)->addAction(dock->toggleViewAction());
    context.registerDock(DockId::Categories, dock);
}

CategoriesDock::CategoriesDock(SessionDocument *document, QWidget *parent)
    : QDockWidget(tr("Categories and Rings"), parent)
{
    setObjectName(QStringLiteral("categoriesDock"));
    auto *content = new QWidget;
    auto *categoryBox =
        new QGroupBox(tr("Categories (sectors, clockwise from 12 o'clock)"), content);
    m_categories = new CategoryEditor(document, categoryBox);
    (new QVBoxLayout(categoryBox))->addWidget(m_categories);
    auto *ringBox = new QGroupBox(tr("Rings (distance from the school)"), content);
    m_rings = new RingEditor(document, ringBox);
    (new QVBoxLayout(ringBox))->addWidget(m_rings);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(categoryBox, 1);
    layout->addWidget(ringBox);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    setWidget(scroll);

    QAction *toggle = toggleViewAction();
    toggle->setText(tr("&Categories and Rings"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    toggle->setToolTip(tr("Edit the map's sectors (label, colour, marker, order) and its rings"));
    toggle->setToolTip(tr("Rename, recolour, add, remove and reorder categories; set the rings"));
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (!shown)
            return;
        raise();
        // After the dock is laid out and visible.
        QTimer::singleShot(0, this, [this] { m_categories->list()->setFocus(); });
    });
}

} // namespace nwk
