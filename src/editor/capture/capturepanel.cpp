// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturepanel.h"

#include "context/editorcontext.h"
#include "nwk/editor/sessionclock.h"

#include "nwk/editor/mapscene.h"
#include "nwk/editor/mapview.h"
#include "nwk/editor/partnercommands.h"
#include "nwk/editor/sessiondocument.h"
#include "shared/capturenotice.h"
#include "shared/propertytexts.h"
#include "traywidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nwk {

struct CapturePanel::Widgets {
    struct {
        QLineEdit *edit = nullptr;
        QComboBox *participant = nullptr;
        QComboBox *place = nullptr;
        QComboBox *ring = nullptr;
    } form;
    struct {
        TrayWidget *widget = nullptr;
        QPushButton *paste = nullptr;
        QPushButton *place = nullptr;
        QHBoxLayout *buttons = nullptr; ///< the bar under the tray (addBarAction)
    } tray;
};

CapturePanel::CapturePanel(SessionDocument *document, MapScene *scene, MapView *view,
                           QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scene(scene)
    , m_view(view)
    , m_ui(std::make_unique<Widgets>())
{
    m_ui->form.participant = new QComboBox(this);
    m_ui->form.participant->setObjectName(QStringLiteral("captureParticipantCombo"));
    m_ui->form.participant->setToolTip(
        tr("Who named the partner (Ctrl+1 \u2026 Ctrl+9; Ctrl+0: nobody)"));
    m_ui->form.place = new QComboBox(this);
    m_ui->form.place->setObjectName(QStringLiteral("capturePlaceCombo"));
    m_ui->form.place->setToolTip(tr("Where a new partner goes: the unplaced tray, or a sector"));
    m_ui->form.ring = new QComboBox(this);
    m_ui->form.ring->setObjectName(QStringLiteral("captureRingCombo"));
    m_ui->form.ring->setToolTip(tr("The ring (distance to the school) partners are placed in"));
    m_ui->form.edit = new QLineEdit(this);
    m_ui->form.edit->setToolTip(
        tr("Type a partner's name and press Enter (Ctrl+L or / comes here)"));
    m_ui->form.edit->setObjectName(QStringLiteral("captureEdit"));
    m_ui->form.edit->setPlaceholderText(tr("Partner name, then Enter"));
    m_ui->form.edit->setClearButtonEnabled(true);
    m_ui->tray.widget = new TrayWidget(document, this);
    m_ui->tray.paste = new QPushButton(tr("&Paste List"), this);
    m_ui->tray.paste->setObjectName(QStringLiteral("capturePasteButton"));
    m_ui->tray.paste->setToolTip(tr("Adds one partner per line of the clipboard to the tray"));
    m_ui->tray.place = new QPushButton(tr("Pla&ce"), this);
    m_ui->tray.place->setObjectName(QStringLiteral("capturePlaceButton"));
    m_ui->tray.place->setToolTip(tr("Places the selected tray partners on the map (Enter)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Named by:"), m_ui->form.participant);
    form->addRow(tr("Place &in:"), m_ui->form.place);
    form->addRow(tr("Rin&g:"), m_ui->form.ring);
    form->addRow(tr("Pa&rtner:"), m_ui->form.edit);
    auto *trayLabel = new QLabel(tr("&Unplaced tray:"), this);
    trayLabel->setBuddy(m_ui->tray.widget);
    m_ui->tray.widget->setToolTip(tr("Partners not yet on the map: Enter places the selected ones, "
                                     "or drag them onto the map"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ui->tray.paste);
    buttons->addWidget(m_ui->tray.place);
    buttons->addStretch();
    m_ui->tray.buttons = buttons;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(trayLabel);
    layout->addWidget(m_ui->tray.widget, 1);
    layout->addLayout(buttons);

    connect(m_ui->form.edit, &QLineEdit::returnPressed, this, [this] {
        const QString label = m_ui->form.edit->text().trimmed();
        if (label.isEmpty())
            return;
        addPartner(label);
        m_ui->form.edit->clear();
    });
    connect(m_ui->tray.paste, &QPushButton::clicked, this,
            [this] { pasteList(QApplication::clipboard()->text()); });
    connect(m_ui->tray.widget, &TrayWidget::pasteRequested, this,
            [this] { pasteList(QApplication::clipboard()->text()); });
    connect(m_ui->tray.widget, &TrayWidget::placeRequested, this, &CapturePanel::placeFromTray);
    connect(m_ui->tray.place, &QPushButton::clicked, this,
            [this] { placeFromTray(m_ui->tray.widget->selectedPartnerIds()); });

    onChange(document, {ChangeKind::Participant}, this, [this] { refreshParticipants(); });
    onChange(document, {ChangeKind::Category}, this, [this] { refreshCategories(); });
    onChange(document, {ChangeKind::Ring}, this, [this] { refreshRings(); });
    connect(document, &SessionDocument::sessionReset, this, [this] {
        refreshParticipants();
        refreshCategories();
        refreshRings();
    });
    refreshParticipants();
    refreshCategories();
    refreshRings();
}

CapturePanel::~CapturePanel() = default;

QLineEdit *CapturePanel::captureEdit() const
{
    return m_ui->form.edit;
}

TrayWidget *CapturePanel::tray() const
{
    return m_ui->tray.widget;
}

QComboBox *CapturePanel::participantCombo() const
{
    return m_ui->form.participant;
}

QComboBox *CapturePanel::placeCombo() const
{
    return m_ui->form.place;
}

QComboBox *CapturePanel::ringCombo() const
{
    return m_ui->form.ring;
}

void CapturePanel::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    auto *dock = new QDockWidget(tr("Capture"), window);
    dock->setObjectName(QStringLiteral("captureDock"));
    auto *panel = new CapturePanel(context.document, context.scene, context.view, dock);
    dock->setWidget(panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    context.registerDock(DockId::Capture, dock);
    context.provide(panel);
    connect(panel, &CapturePanel::message, window,
            [window](const QString &text) { window->statusBar()->showMessage(text, 4000); });

    auto *focus = new QAction(tr("&Capture a Partner"), window);
    focus->setObjectName(QStringLiteral("focusCaptureAction"));
    focus->setShortcuts({QKeySequence(tr("Ctrl+L")), QKeySequence(QStringLiteral("/"))});
    focus->setToolTip(tr("Go to the capture field to type a new partner's name"));
    dock->toggleViewAction()->setToolTip(
        tr("Show or hide the capture field and the unplaced tray"));
    connect(focus, &QAction::triggered, panel, [dock, panel] {
        QLineEdit *field = panel->m_liveField;
        if (!field || !field->isVisible()) {
            field = panel->m_ui->form.edit;
            dock->show();
            dock->raise();
        }
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    });
    window->addAction(focus);
    for (int n = 0; n <= 9; ++n) {
        auto *choose = new QAction(
            n == 0 ? tr("Named by Nobody") : tr("Named by Participant %1").arg(n), window);
        choose->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n)));
        choose->setToolTip(n == 0 ? tr("New partners are named by nobody in particular")
                                  : tr("New partners are named by participant %1").arg(n));
        connect(choose, &QAction::triggered, panel, [panel, n] { panel->chooseParticipant(n); });
        window->addAction(choose);
    }
    QMenu *map = context.menu(MenuId::Map);
    map->addSeparator();
    map->addAction(focus);
    context.menu(MenuId::View)->addAction(dock->toggleViewAction());
}

// ---- Mirrors ---------------------------------------------------------------------

void CapturePanel::refreshParticipants()
{
    const QString current = currentParticipant();
    m_ui->form.participant->clear();
    m_ui->form.participant->addItem(tr("Nobody"), QString());
    const Session &s = m_document->session();
    for (const Participant &p : s.participants) {
        const QString code = p.code.isEmpty() ? p.id : p.code;
        m_ui->form.participant->addItem(
            p.role.isEmpty() ? code : tr("%1 \u2013 %2").arg(code, p.role), p.id);
    }
    m_ui->form.participant->setCurrentIndex(std::max(0, m_ui->form.participant->findData(current)));
}

void CapturePanel::refreshCategories()
{
    const QString current = m_ui->form.place->currentData().toString();
    m_ui->form.place->clear();
    m_ui->form.place->addItem(tr("Unplaced tray"), QString());
    const bool english = m_scene->renderOptions().language == QStringLiteral("en");
    for (const Category &c : m_document->session().categories) {
        QString label = english ? c.labelEn : c.labelNl;
        if (label.isEmpty())
            label = english ? c.labelNl : c.labelEn;
        m_ui->form.place->addItem(label.isEmpty() ? c.id : label, c.id);
    }
    m_ui->form.place->setCurrentIndex(std::max(0, m_ui->form.place->findData(current)));
}

void CapturePanel::refreshRings()
{
    const int current = m_ui->form.ring->currentIndex();
    const int count = static_cast<int>(m_document->session().rings.size());
    m_ui->form.ring->clear();
    const bool english = m_scene->renderOptions().language == QStringLiteral("en");
    for (int i = 0; i < count; ++i) {
        const Ring &r = m_document->session().rings[static_cast<std::size_t>(i)];
        QString label = english ? r.labelEn : r.labelNl;
        if (label.isEmpty())
            label = english ? r.labelNl : r.labelEn;
        m_ui->form.ring->addItem(label.isEmpty() ? tr("Ring %1").arg(i + 1) : label, i);
    }
    // The middle ring unless one was chosen before.
    m_ui->form.ring->setCurrentIndex(current >= 0 && current < count ? current : count / 2);
}

QString CapturePanel::currentParticipant() const
{
    return m_ui->form.participant->currentData().toString();
}

void CapturePanel::chooseParticipant(int number)
{
    if (number < 0 || number >= m_ui->form.participant->count())
        return;
    m_ui->form.participant->setCurrentIndex(number);
    Q_EMIT message(tr("Named by: %1").arg(m_ui->form.participant->currentText()));
}

int CapturePanel::chosenSector() const
{
    return m_document->session().categoryIndex(m_ui->form.place->currentData().toString());
}

// ---- Adding ----------------------------------------------------------------------

QToolButton *CapturePanel::addBarAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_ui->tray.buttons->insertWidget(m_ui->tray.buttons->count() - 1, button);
    return button;
}

QStringList CapturePanel::freshIds(int count) const
{
    const Session &s = m_document->session();
    QStringList ids;
    const QString first = uniqueId(s, QStringLiteral("pa"));
    int number = first.mid(2).toInt();
    while (ids.size() < count) {
        const QString id = QStringLiteral("pa%1").arg(number++);
        if (!s.partner(id) && !s.link(id) && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

Partner CapturePanel::newPartner(const QString &id, const QString &label) const
{
    const Session &s = m_document->session();
    Partner p;
    p.id = id;
    p.label = label;
    const QString who = currentParticipant();
    if (!who.isEmpty())
        p.namedBy = {who};
    p.addedMs = SessionClock::elapsedMs(s);
    return p;
}

Placement CapturePanel::freeSpot(int sector, const QList<QPointF> &taken) const
{
    const MapGeometry &g = m_scene->geometry();
    const int ring =
        m_ui->form.ring->currentIndex() >= 0 ? m_ui->form.ring->currentIndex() : g.ringCount / 2;
    const double distance = g.ringMidDistance(std::min(ring, g.ringCount - 1));
    const double clearance = 2.2 * m_scene->mapPainter().style().partnerRadius;
    auto isFree = [&](const Placement &candidate) {
        const QPointF point = g.toPoint(candidate);
        for (const QPointF &other : taken)
            if (QLineF(point, other).length() < clearance)
                return false;
        return true;
    };
    // The middle of the sector first, then alternately left and right of it.
    const double step = g.sectorSpan() / 8;
    for (int k = 0; k < 7; ++k) {
        const double offset = ((k + 1) / 2) * step * (k % 2 ? -1 : 1);
        const Placement candidate{distance, normalizeAngle(g.sectorMid(sector) + offset)};
        if (isFree(candidate))
            return candidate;
    }
    return {distance, g.sectorMid(sector)};
}

void CapturePanel::addPartner(const QString &label)
{
    const Session &s = m_document->session();
    Partner p = newPartner(freshIds(1).front(), label);
    const int sector = chosenSector();
    if (sector >= 0) {
        QList<QPointF> taken;
        for (const Partner &other : s.partners)
            if (other.placement)
                taken.append(m_scene->geometry().toPoint(*other.placement));
        p.category = s.categories[static_cast<std::size_t>(sector)].id;
        p.placement = freeSpot(sector, taken);
    }
    m_document->push(new AddPartner(m_document, p));
    if (!p.placement)
        m_ui->tray.widget->selectPartner(p.id);
    noticePartner(p);
}

void CapturePanel::noticePartner(const Partner &p)
{
    const Session &s = m_document->session();
    const Category *c = p.placement ? s.category(p.category) : nullptr;
    const QString where = c ? texts::categoryName(s, *c) : tr("unplaced tray");
    const QString kept =
        p.namedBy.isEmpty()
            //: Status bar after quick-add: %1 the partner, %2 its sector or the tray
            ? tr("Partner kept: %1 \u2014 %2").arg(quotedSnippet(p.label), where)
            //: Status bar after quick-add: %1 the partner, %2 who named it, %3 where it is
            : tr("Partner kept: %1 \u2014 named by %2, %3")
                  .arg(quotedSnippet(p.label), texts::participantName(s, p.namedBy.front()), where);
    noticeCapture(this, kept);
}

int CapturePanel::pasteList(const QString &text)
{
    static const QRegularExpression bullet(
        QStringLiteral("^\\s*(?:[-*\u2022\u2013]|\\d+[.)])\\s+"));
    QStringList labels;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.remove(bullet);
        line = line.trimmed();
        if (!line.isEmpty())
            labels.append(line);
    }
    if (labels.isEmpty()) {
        Q_EMIT message(tr("The clipboard holds no list of partners."));
        return 0;
    }
    const int n = static_cast<int>(labels.size());
    const QStringList ids = freshIds(n);
    const int base = static_cast<int>(m_document->session().partners.size());
    auto *paste = new QUndoCommand(tr("Paste %n partners", nullptr, n));
    for (int i = 0; i < n; ++i)
        new AddPartner(m_document, newPartner(ids[i], labels[i]), base + i, paste);
    m_document->push(paste);
    return n;
}

void CapturePanel::placeFromTray(const QStringList &ids)
{
    const Session &s = m_document->session();
    const int chosen = chosenSector();
    QList<QPointF> taken;
    for (const Partner &other : s.partners)
        if (other.placement)
            taken.append(m_scene->geometry().toPoint(*other.placement));
    std::vector<PartnerPlacement> placements;
    QStringList placed;
    for (const Partner &p : s.partners) {
        if (!ids.contains(p.id) || p.placement)
            continue;
        const int sector = chosen >= 0 ? chosen : s.categoryIndex(p.category);
        if (sector < 0)
            continue;
        const Placement spot = freeSpot(sector, taken);
        taken.append(m_scene->geometry().toPoint(spot));
        placements.push_back({p.id, spot, s.categories[static_cast<std::size_t>(sector)].id});
        placed.append(p.id);
    }
    if (placements.empty()) {
        Q_EMIT message(tr("Choose a sector under \u201cPlace in\u201d first."));
        return;
    }
    const QString text = placed.size() == 1
                             ? tr("Place \u201c%1\u201d").arg(s.partner(placed.front())->label)
                             : tr("Place %n partners", nullptr, static_cast<int>(placed.size()));
    auto *command = new MovePartners(m_document, std::move(placements), text);
    command->setMergeable(false);
    m_document->push(command);
    m_scene->selectPartners(placed);
    m_view->centerOnPartner(placed.front());
    m_view->setFocus(Qt::OtherFocusReason); // arrows now nudge what was placed
}

} // namespace nwk
