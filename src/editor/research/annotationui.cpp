// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationui.h"

#include "annotationdialog.h"
#include "annotationsdock.h"
#include "codebookdialog.h"
#include "context/editorcontext.h"
#include "nwk/editor/mapcontextmenu.h"
#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/sessiondocument.h"
#include "playback/playback.h"
#include "versionsdock.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextEdit>
#include <QToolBar>
#include <QUndoStack>

#include <utility>

namespace nwk {

namespace {
enum LockHow { ReadOnly = 1, Disabled = 2, NoEditing = 3 };

/// A text as a target's name: at most 60 characters.
QString excerpt(const QString &text)
{
    return text.size() > 60 ? text.left(58) + QChar(0x2026) : text;
}

/// Docks that belong to the researcher's layer (or only show history): never locked.
bool isLayerDock(const QDockWidget *dock)
{
    const QString name = dock->objectName();
    return name == QLatin1String("annotationsDock") || name == QLatin1String("versionsDock") ||
           name == QLatin1String("undoDock");
}
} // namespace

void AnnotationUi::install(EditorContext &context)
{
    auto *ui = new AnnotationUi(context);
    context.registerDock(DockId::Annotations, ui->dock);
    context.registerDock(DockId::Versions, ui->versions);
}

AnnotationUi::AnnotationUi(const EditorContext &context)
    : QObject(context.window)
    , m_window(context.window)
    , m_scene(context.scene)
    , m_view(context.view)
    , m_maps(context.feature<MapContextMenu>())
    , m_playback(context.feature<Playback>())
    , m_document(context.document)
{
    QMainWindow *window = m_window;
    setObjectName(QStringLiteral("annotationUi"));
    createActions();
    dock = new AnnotationsDock(context, this);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    versions = new VersionsDock(m_document, window);
    window->addDockWidget(Qt::RightDockWidgetArea, versions);
    versions->hide();

    QMenu *research = context.menu(MenuId::Research);
    research->addAction(modeAction);
    research->addSeparator();
    research->addAction(annotateSessionAction);
    research->addAction(codebookAction);
    research->addSeparator();
    QAction *dockToggle = dock->toggleViewAction();
    dockToggle->setText(tr("Annota&tions Panel"));
    research->addAction(dockToggle);
    QAction *versionsToggle = versions->toggleViewAction();
    versionsToggle->setText(tr("&Versions Panel"));
    research->addAction(versionsToggle);
    context.menu(MenuId::View)->addAction(showAnnotationsAction);
    QMenu *session = context.menu(MenuId::Session);
    session->addSeparator();
    session->addAction(takeSnapshotAction);

    auto *toolBar = window->addToolBar(tr("Research"));
    toolBar->setObjectName(QStringLiteral("researchToolBar"));
    toolBar->addAction(modeAction);

    m_indicator = new QLabel(tr("Annotation mode: the group's data is locked"));
    m_indicator->setObjectName(QStringLiteral("annotationModeIndicator"));
    m_indicator->setStyleSheet(QStringLiteral(
        "QLabel { background: #7b3fa0; color: white; padding: 1px 8px; font-weight: bold; }"));
    m_indicator->hide();
    window->statusBar()->addPermanentWidget(m_indicator);

    connect(m_document, &SessionDocument::groupEditRefused, this, [this] {
        m_window->statusBar()->showMessage(
            tr("Annotation mode: the group's data is locked. Leave annotation mode to edit it."),
            5000);
    });
    connect(m_document, &SessionDocument::annotationModeChanged, this, &AnnotationUi::setMode);

    // Context menus on the map (before the map's own menu sees them) and on the
    // cards dock's notes and quotes, whose widgets come and go with the card.
    qApp->installEventFilter(this);
}

void AnnotationUi::createActions()
{
    modeAction = new QAction(tr("A&nnotation Mode"), m_window);
    modeAction->setObjectName(QStringLiteral("annotationModeAction"));
    modeAction->setCheckable(true);
    modeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    modeAction->setToolTip(tr("Lock the group's data and add the researcher's annotations"));
    connect(modeAction, &QAction::toggled, m_document, &SessionDocument::setAnnotationMode);

    annotateSessionAction = new QAction(tr("Annotate &Session\u2026"), m_window);
    annotateSessionAction->setObjectName(QStringLiteral("annotateSessionAction"));
    connect(annotateSessionAction, &QAction::triggered, this,
            [this] { annotate(AnnotationTarget::Session, QString()); });

    codebookAction = new QAction(tr("&Codebook\u2026"), m_window);
    codebookAction->setObjectName(QStringLiteral("codebookAction"));
    connect(codebookAction, &QAction::triggered, this, [this] {
        auto *dialog = new CodebookDialog(m_document, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    showAnnotationsAction = new QAction(tr("Show &Annotations"), m_window);
    showAnnotationsAction->setObjectName(QStringLiteral("showAnnotationsAction"));
    showAnnotationsAction->setCheckable(true);
    showAnnotationsAction->setChecked(true);
    connect(showAnnotationsAction, &QAction::toggled, this, [this](bool on) {
        m_scene->setAnnotationBadgesVisible(on);
        dock->setLayerVisible(on);
    });

    takeSnapshotAction = new QAction(tr("Take Sna&pshot\u2026"), m_window);
    takeSnapshotAction->setObjectName(QStringLiteral("takeSnapshotAction"));
    connect(takeSnapshotAction, &QAction::triggered, this, [this] {
        versions->show();
        versions->raise();
        versions->askSnapshotName();
    });
}

void AnnotationUi::setMode(bool on)
{
    modeAction->setChecked(on);
    m_indicator->setVisible(on);
    lockDocks(on);
    if (on) {
        dock->show();
        dock->raise();
    }
}

void AnnotationUi::lockDocks(bool on)
{
    if (!on) {
        for (const Locked &l : std::as_const(m_locked)) {
            if (!l.widget)
                continue;
            if (l.how == ReadOnly) {
                if (auto *e = qobject_cast<QLineEdit *>(l.widget))
                    e->setReadOnly(false);
                else if (auto *p = qobject_cast<QPlainTextEdit *>(l.widget))
                    p->setReadOnly(false);
                else if (auto *t = qobject_cast<QTextEdit *>(l.widget))
                    t->setReadOnly(false);
            } else if (l.how == Disabled) {
                l.widget->setEnabled(true);
            } else if (auto *v = qobject_cast<QAbstractItemView *>(l.widget)) {
                v->setEditTriggers(QAbstractItemView::EditTriggers(l.editTriggers));
                v->setDragEnabled(l.dragEnabled);
            }
        }
        m_locked.clear();
        return;
    }
    // Text fields become read-only (still readable and selectable); buttons and
    // choosers of the group's data are disabled, except in the cards dock where
    // they also navigate (its edits are refused by the document).
    // The Properties dock locks its own fields (ObjectEditor::refresh(): also after
    // every refresh, and a pseudonym stays editable).
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>()) {
        if (isLayerDock(d) || !d->widget() || d->objectName() == QLatin1String("propertiesDock"))
            continue;
        const bool cards = d->objectName() == QLatin1String("cardsDock");
        QList<QWidget *> widgets = d->widget()->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (auto *e = qobject_cast<QLineEdit *>(w)) {
                if (e->isReadOnly() || qobject_cast<QComboBox *>(w->parent()))
                    continue;
                e->setReadOnly(true);
                m_locked.append({w, ReadOnly, 0, false});
            } else if (auto *p = qobject_cast<QPlainTextEdit *>(w)) {
                if (!p->isReadOnly()) {
                    p->setReadOnly(true);
                    m_locked.append({w, ReadOnly, 0, false});
                }
            } else if (auto *t = qobject_cast<QTextEdit *>(w)) {
                if (!t->isReadOnly()) {
                    t->setReadOnly(true);
                    m_locked.append({w, ReadOnly, 0, false});
                }
            } else if (auto *v = qobject_cast<QAbstractItemView *>(w)) {
                if (v->editTriggers() != QAbstractItemView::NoEditTriggers || v->dragEnabled()) {
                    m_locked.append({w, NoEditing, static_cast<int>(v->editTriggers().toInt()),
                                     v->dragEnabled()});
                    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
                    v->setDragEnabled(false);
                }
            } else if (!cards &&
                       (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                        qobject_cast<QAbstractSpinBox *>(w))) {
                if (w->isEnabled()) {
                    w->setEnabled(false);
                    m_locked.append({w, Disabled, 0, false});
                }
            }
        }
    }
}

QString AnnotationUi::targetName(AnnotationTarget kind, const QString &id) const
{
    const Session &s = m_document->session();
    auto partnerName = [&](const QString &pid) {
        if (pid == kSchoolId)
            return s.meta.schoolName.isEmpty() ? tr("the school") : s.meta.schoolName;
        const Partner *p = s.partner(pid);
        return p ? p->label : pid;
    };
    switch (kind) {
    case AnnotationTarget::Session:
        return tr("the session");
    case AnnotationTarget::Partner:
        return tr("partner \u201c%1\u201d").arg(partnerName(id));
    case AnnotationTarget::Link: {
        const Link *l = s.link(id);
        return l ? tr("link %1 \u2013 %2").arg(partnerName(l->from), partnerName(l->to))
                 : tr("link %1").arg(id);
    }
    case AnnotationTarget::MissingPartner:
        for (const MissingPartner &m : s.missingPartners)
            if (m.id == id)
                return tr("missing partner \u201c%1\u201d").arg(m.label);
        return tr("missing partner %1").arg(id);
    case AnnotationTarget::Group:
        for (const Group &g : s.groups)
            if (g.id == id)
                return tr("group \u201c%1\u201d").arg(g.label);
        return tr("group %1").arg(id);
    case AnnotationTarget::Quote:
        for (const CardProgress &c : s.cards)
            for (const Quote &q : c.quotes)
                if (q.id == id)
                    return tr("quote \u201c%1\u201d").arg(excerpt(q.text));
        return tr("quote %1").arg(id);
    case AnnotationTarget::CardNote: {
        const QStringList parts = id.split(QLatin1Char('/'));
        return tr("note on card %1, question %2").arg(parts.value(0), parts.value(1));
    }
    case AnnotationTarget::Metaphor:
        if (const Metaphor *m = ObjectAccess<Metaphor>::find(s, id))
            return tr("metaphor \u201c%1\u201d").arg(excerpt(m->text));
        return tr("metaphor %1").arg(id);
    case AnnotationTarget::ClosingAnswer:
        if (const ClosingAnswer *a = ObjectAccess<ClosingAnswer>::find(s, id))
            return tr("closing answer \u201c%1\u201d").arg(excerpt(a->text));
        return tr("closing answer to %1").arg(id);
    case AnnotationTarget::Memo:
        if (const Memo *m = ObjectAccess<Memo>::find(s, id))
            return tr("memo \u201c%1\u201d").arg(excerpt(m->text));
        return tr("memo %1").arg(id);
    }
    return id;
}

AnnotationDialog *AnnotationUi::annotate(AnnotationTarget kind, const QString &targetId,
                                         const QStringList &presetCodes)
{
    Annotation a;
    a.id = uniqueId(m_document->session(), QStringLiteral("an"));
    a.targetKind = kind;
    a.targetId = targetId;
    auto *dialog =
        new AnnotationDialog(m_document->session(), a, targetName(kind, targetId), m_window);
    for (const QString &code : presetCodes) {
        Code c;
        c.id = code;
        if (code == QLatin1String(kInferredPriorityCode)) {
            c.label = tr("Inferred priority");
            c.description = tr("A priority the researcher inferred; the group did not vote it.");
        } else {
            c.label = code;
        }
        dialog->offerCode(c);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Annotation result = dialog->annotation();
        m_document->beginMacro(
            tr("Annotate %1").arg(targetName(result.targetKind, result.targetId)));
        for (const Code &c : dialog->newCodes())
            m_document->push(new AddObject<Code>(m_document, c, tr("Add code")));
        m_document->push(new AddObject<Annotation>(m_document, result, tr("Annotate")));
        m_document->endMacro();
    });
    dialog->open();
    return dialog;
}

AnnotationDialog *AnnotationUi::annotateInferredPriority(const QString &partnerId)
{
    return annotate(AnnotationTarget::Partner, partnerId,
                    {QString::fromLatin1(kInferredPriorityCode)});
}

AnnotationDialog *AnnotationUi::editAnnotation(const QString &annotationId)
{
    const Annotation *found = ObjectAccess<Annotation>::find(m_document->session(), annotationId);
    if (!found)
        return nullptr;
    auto *dialog = new AnnotationDialog(m_document->session(), *found,
                                        targetName(found->targetKind, found->targetId), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Annotation result = dialog->annotation();
        m_document->beginMacro(tr("Edit annotation"));
        for (const Code &c : dialog->newCodes())
            m_document->push(new AddObject<Code>(m_document, c, tr("Add code")));
        m_document->push(new SetObject<Annotation>(m_document, result, tr("Edit annotation")));
        m_document->endMacro();
    });
    dialog->open();
    return dialog;
}

void AnnotationUi::removeAnnotation(const QString &annotationId)
{
    m_document->push(
        new RemoveObject<Annotation>(m_document, annotationId, tr("Remove annotation")));
}

} // namespace nwk
