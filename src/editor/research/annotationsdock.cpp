// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationsdock.h"
#include "shared/plaintip.h"

#include "annotationui.h"
#include "context/editorcontext.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGraphicsItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace nwk {

namespace {
enum Column { About, MemoColumn, Codes, Author, Created };
}

AnnotationsDock::AnnotationsDock(const EditorContext &context, AnnotationUi *ui)
    : QDockWidget(tr("Annotations"), context.window)
    , m_document(context.document)
    , m_ui(ui)
    , m_scene(context.scene)
    , m_view(context.view)
    , m_cards(context.dock(DockId::Cards))
{
    SessionDocument *document = m_document;
    setObjectName(QStringLiteral("annotationsDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *filters = new QFormLayout;
    m_codeFilter = new QComboBox(content);
    m_codeFilter->setObjectName(QStringLiteral("codeFilter"));
    m_authorFilter = new QComboBox(content);
    m_authorFilter->setObjectName(QStringLiteral("authorFilter"));
    m_codeFilter->setToolTip(tr("Show only the annotations with this code"));
    m_authorFilter->setToolTip(tr("Show only the annotations of this author"));
    filters->addRow(tr("&Code:"), m_codeFilter);
    filters->addRow(tr("A&uthor:"), m_authorFilter);
    layout->addLayout(filters);

    m_list = new QTreeWidget(content);
    m_list->setObjectName(QStringLiteral("annotationList"));
    m_list->setHeaderLabels({tr("About"), tr("Memo"), tr("Codes"), tr("Author"), tr("Created")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    m_hidden = new QLabel(tr("Annotations are hidden (View > Show Annotations)."), content);
    m_hidden->hide();
    layout->addWidget(m_hidden);

    auto *buttons = new QHBoxLayout;
    auto *session = new QPushButton(tr("Annotate &Session\u2026"), content);
    m_edit = new QPushButton(tr("&Edit\u2026"), content);
    m_edit->setObjectName(QStringLiteral("editAnnotationButton"));
    m_remove = new QPushButton(tr("&Remove"), content);
    m_remove->setObjectName(QStringLiteral("removeAnnotationButton"));
    auto *codebook = new QPushButton(tr("Code&book\u2026"), content);
    buttons->addWidget(session);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(codebook);
    layout->addLayout(buttons);
    setWidget(content);

    connect(session, &QPushButton::clicked, ui->annotateSessionAction, &QAction::trigger);
    connect(codebook, &QPushButton::clicked, ui->codebookAction, &QAction::trigger);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            m_ui->editAnnotation(currentId());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            m_ui->removeAnnotation(currentId());
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        showTarget(item->data(About, Qt::UserRole).toString());
    });
    auto updateButtons = [this] {
        m_edit->setEnabled(!currentId().isEmpty());
        m_remove->setEnabled(!currentId().isEmpty());
    };
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, updateButtons);
    connect(m_codeFilter, &QComboBox::currentIndexChanged, this, &AnnotationsDock::refresh);
    connect(m_authorFilter, &QComboBox::currentIndexChanged, this, &AnnotationsDock::refresh);

    auto all = [this] {
        refreshFilters();
        refresh();
    };
    connect(document, &SessionDocument::sessionReset, this, all);
    connect(document, &SessionDocument::annotationsAdded, this, all);
    connect(document, &SessionDocument::annotationsChanged, this, all);
    connect(document, &SessionDocument::annotationsRemoved, this, all);
    onChange(document, {ChangeKind::Code}, this, all);
    // Names of partners and links in the "About" column.
    connect(document, &SessionDocument::partnersChanged, this, &AnnotationsDock::refresh);
    connect(document, &SessionDocument::linksChanged, this, &AnnotationsDock::refresh);
    all();
    updateButtons();
}

QString AnnotationsDock::currentId() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.front()->data(About, Qt::UserRole).toString();
}

void AnnotationsDock::refreshFilters()
{
    const Session &s = m_document->session();
    const QString code = m_codeFilter->currentData().toString();
    const QString author = m_authorFilter->currentData().toString();
    const QSignalBlocker b1(m_codeFilter);
    const QSignalBlocker b2(m_authorFilter);
    m_codeFilter->clear();
    m_codeFilter->addItem(tr("All codes"), QString());
    for (const Code &c : s.codebook)
        m_codeFilter->addItem(c.label, c.id);
    m_codeFilter->setCurrentIndex(std::max(0, m_codeFilter->findData(code)));
    QStringList authors;
    for (const Annotation &a : s.annotations)
        if (!a.author.isEmpty() && !authors.contains(a.author))
            authors.append(a.author);
    authors.sort(Qt::CaseInsensitive);
    m_authorFilter->clear();
    m_authorFilter->addItem(tr("All authors"), QString());
    for (const QString &a : authors)
        m_authorFilter->addItem(a, a);
    m_authorFilter->setCurrentIndex(std::max(0, m_authorFilter->findData(author)));
}

void AnnotationsDock::refresh()
{
    const Session &s = m_document->session();
    const QString code = m_codeFilter->currentData().toString();
    const QString author = m_authorFilter->currentData().toString();
    const QString selected = currentId();
    m_list->clear();
    for (const Annotation &a : s.annotations) {
        if ((!code.isEmpty() && !a.codes.contains(code)) ||
            (!author.isEmpty() && a.author != author))
            continue;
        QStringList codes;
        for (const QString &id : a.codes) {
            const auto it = std::find_if(s.codebook.begin(), s.codebook.end(),
                                         [&](const Code &c) { return c.id == id; });
            codes << (it == s.codebook.end() ? id : it->label);
        }
        const QDateTime created = QDateTime::fromString(a.created, Qt::ISODate);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(About, m_ui->targetName(a.targetKind, a.targetId));
        item->setText(MemoColumn, a.memo.simplified());
        item->setToolTip(MemoColumn, plainToolTip(a.memo));
        item->setText(Codes, codes.join(QStringLiteral(", ")));
        item->setText(Author, a.author);
        item->setText(Created, created.isValid()
                                   ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)
                                   : a.created);
        item->setData(About, Qt::UserRole, a.id);
        if (a.id == selected)
            item->setSelected(true);
    }
}

QStringList AnnotationsDock::shownIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        ids << m_list->topLevelItem(i)->data(About, Qt::UserRole).toString();
    return ids;
}

void AnnotationsDock::setLayerVisible(bool on)
{
    m_list->setVisible(on);
    m_hidden->setVisible(!on);
}

void AnnotationsDock::showTarget(const QString &annotationId)
{
    const Session &s = m_document->session();
    const auto it = std::find_if(s.annotations.begin(), s.annotations.end(),
                                 [&](const Annotation &a) { return a.id == annotationId; });
    if (it == s.annotations.end())
        return;
    MapScene *scene = m_scene;
    QGraphicsItem *item = nullptr;
    switch (it->targetKind) {
    case AnnotationTarget::Partner:
        scene->selectPartners({it->targetId});
        item = scene->partnerItem(it->targetId);
        break;
    case AnnotationTarget::Link:
        scene->clearSelection();
        item = scene->linkItem(it->targetId);
        if (item)
            item->setSelected(true);
        break;
    case AnnotationTarget::Quote:
    case AnnotationTarget::CardNote:
    case AnnotationTarget::Metaphor:
    case AnnotationTarget::ClosingAnswer:
    case AnnotationTarget::Memo:
        m_cards->show();
        m_cards->raise();
        break;
    default:
        break;
    }
    if (item)
        m_view->ensureVisible(item);
}

} // namespace nwk
