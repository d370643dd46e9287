// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuresdock.h"

#include "context/editorcontext.h"
#include "nwk/editor/sessiondocument.h"

#include <QAbstractButton>
#include <QAction>
#include <QHash>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <algorithm>
#include <cmath>

namespace nwk {

namespace {

QString definition(const char *key)
{
    const MeasureInfo *info = measureInfo(QString::fromLatin1(key));
    return info ? info->definition : QString();
}

QTableWidgetItem *numberItem(int n)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, n);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *measureItem(std::optional<double> value)
{
    auto *item = new QTableWidgetItem;
    if (value)
        item->setData(Qt::DisplayRole, std::round(*value * 1000.0) / 1000.0);
    else
        item->setText(formatMeasure(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// Header with a tooltip per column (the measure's definition).
void setHeader(QTableWidget *table, const QStringList &labels, const QStringList &tips)
{
    table->setColumnCount(static_cast<int>(labels.size()));
    for (int i = 0; i < labels.size(); ++i) {
        auto *item = new QTableWidgetItem(labels.at(i));
        item->setToolTip(tips.value(i));
        table->setHorizontalHeaderItem(i, item);
    }
}

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

/// Names Qt's own inner buttons (a table's select-all corner, a tab bar's scroll arrows)
/// for screen readers.
void nameInnerButtons(QWidget *widget)
{
    for (auto *b : widget->findChildren<QAbstractButton *>()) {
        QString name;
        if (QLatin1String(b->metaObject()->className()) == QLatin1String("QTableCornerButton"))
            name = MeasuresDock::tr("Select all rows");
        else if (b->objectName() == QLatin1String("ScrollLeftButton"))
            name = MeasuresDock::tr("Previous tab");
        else if (b->objectName() == QLatin1String("ScrollRightButton"))
            name = MeasuresDock::tr("Next tab");
        if (!name.isEmpty() && b->accessibleName().isEmpty()) {
            b->setAccessibleName(name);
            b->setToolTip(name);
        }
    }
}

} // namespace

MeasuresDock::MeasuresDock(SessionDocument *document, QWidget *parent)
    : QDockWidget(tr("Measures"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("measuresDock"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("measuresTabs"));
    m_summary = new QTreeWidget(m_tabs);
    m_summary->setObjectName(QStringLiteral("measuresSummary"));
    m_summary->setHeaderLabels({tr("Measure"), tr("Value")});
    m_summary->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_categories = makeTable(m_tabs, QStringLiteral("measuresCategories"));
    m_partners = makeTable(m_tabs, QStringLiteral("measuresPartners"));
    m_tabs->addTab(m_summary, tr("Map"));
    m_tabs->addTab(m_categories, tr("Categories"));
    m_tabs->addTab(m_partners, tr("Partners"));
    setWidget(m_tabs);

    setHeader(m_categories,
              {tr("Category"), tr("Partners"), tr("Links"), tr("Formal"), tr("Informal"),
               tr("Internal"), tr("External"), tr("Marks")},
              {QString(), definition("partners"), definition("links"), definition("formal"),
               definition("informal"), definition("internal"), definition("external"),
               definition("marks")});
    setHeader(m_partners,
              {tr("Partner"), tr("Degree"), tr("Effective size"), tr("Constraint"), tr("Marks"),
               tr("Priority")},
              {QString(), definition("degree"), definition("effective-size"),
               definition("constraint"), definition("marks"), definition("priority")});
    m_partners->setSortingEnabled(true);
    m_summary->setAccessibleName(tr("Measures of the map"));
    m_categories->setAccessibleName(tr("Measures per category"));
    m_partners->setAccessibleName(tr("Measures per partner"));
    nameInnerButtons(m_tabs);

    for (auto signal : {&SessionDocument::partnersAdded, &SessionDocument::partnersChanged,
                        &SessionDocument::partnersRemoved, &SessionDocument::linksAdded,
                        &SessionDocument::linksChanged, &SessionDocument::linksRemoved})
        connect(document, signal, this, &MeasuresDock::changed);
    onChange(document, {ChangeKind::Category, ChangeKind::Ring}, this, [this] { changed(); });
    for (auto signal : {&SessionDocument::sessionReset, &SessionDocument::metaChanged})
        connect(document, signal, this, &MeasuresDock::changed);

    // Changes come in bursts (every step of a drag): compute once the burst is over.
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, [this] {
        if (isVisible() && m_stale)
            recompute();
    });
}

void MeasuresDock::install(EditorContext &context)
{
    QMainWindow *window = context.window;
    auto *dock = new MeasuresDock(context.document, window);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    toggle->setToolTip(tr("Show network measures: density, components, brokerage, priority"));
    toggle->setStatusTip(toggle->toolTip());
    context.menu(MenuId::View)->addAction(toggle);
    context.registerDock(DockId::Measures, dock);
}

void MeasuresDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_stale)
        recompute();
    if (!m_fitted) { // once laid out in the window
        m_fitted = true;
        QTimer::singleShot(0, this, &MeasuresDock::fitToValues);
    }
}

void MeasuresDock::fitToValues()
{
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    if (!window || isFloating() || !isVisible())
        return;
    // The Map tab's measures and values side by side, whole (issue #23), as far as the map
    // keeps half the window.
    // Column 0 fits its contents (ResizeToContents); column 1 takes the rest of the view.
    const int margin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    int values = m_summary->header()->sectionSizeHint(1);
    for (QTreeWidgetItemIterator it(m_summary); *it; ++it)
        values =
            std::max(values, m_summary->fontMetrics().horizontalAdvance((*it)->text(1)) + margin);
    const int columns = m_summary->columnWidth(0) + values;
    const int around = width() - m_summary->viewport()->width(); // frames, margins
    const int scrollBar = m_summary->verticalScrollBar()->sizeHint().width();
    const int wanted = std::min(columns + around + scrollBar, window->width() / 2);
    if (width() < wanted)
        window->resizeDocks({this}, {wanted}, Qt::Horizontal);
}

void MeasuresDock::changed()
{
    m_stale = true;
    if (isVisible())
        m_settle->start(); // restarts: a drag computes once, after its last step
}

void MeasuresDock::recompute()
{
    const Measures m = computeMeasures(m_document->session());
    ++m_computeCount;
    m_stale = false;
    fillSummary(m);
    fillCategories(m);
    fillPartners(m);
}

void MeasuresDock::fillSummary(const Measures &m)
{
    m_summary->clear();
    auto add = [this](QTreeWidgetItem *parent, const QString &name, const QString &value,
                      const QString &tip) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_summary);
        item->setText(0, name);
        item->setText(1, value);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, tip);
        item->setToolTip(1, tip);
        return item;
    };
    // A share names its denominator, so that what was not recorded never reads as zero.
    auto shared = [&](int part, int whole) {
        const auto fraction = share(part, whole);
        return fraction ? tr("%1 of %2 (%3%)").arg(part).arg(whole).arg(qRound(*fraction * 100.0))
                        : QString::number(part);
    };
    add(nullptr, tr("Partners"), tr("%1 (%2 placed)").arg(m.partners).arg(m.placedPartners),
        definition("partners"));
    add(nullptr, tr("Links"), QString::number(m.links), definition("links"));
    add(nullptr, tr("Formal"), shared(m.formal, m.partners), definition("formal-share"));
    add(nullptr, tr("Informal"), shared(m.informal, m.partners), definition("informal-share"));
    add(nullptr, tr("Formality not recorded"), shared(m.unknownFormality, m.partners),
        definition("formal-share"));
    add(nullptr, tr("Internal"), shared(m.internal, m.partners), definition("internal-share"));
    add(nullptr, tr("External"), shared(m.external, m.partners), definition("external-share"));
    add(nullptr, tr("Density (with school)"), formatMeasure(m.densityWithSchool),
        definition("density-with-school"));
    add(nullptr, tr("Density (without school)"), formatMeasure(m.densityWithoutSchool),
        definition("density-without-school"));
    add(nullptr, tr("Isolates"), QString::number(m.isolates), definition("isolates"));
    add(nullptr, tr("Components (with school)"), QString::number(m.componentsWithSchool),
        definition("components-with-school"));
    add(nullptr, tr("Components (without school)"), QString::number(m.componentsWithoutSchool),
        definition("components-without-school"));
    add(nullptr, tr("School effective size"), formatMeasure(m.school.effectiveSize),
        definition("school-effective-size"));
    add(nullptr, tr("School constraint"), formatMeasure(m.school.constraint),
        definition("school-constraint"));
    fillDistances(m, add);
    fillPriority(m, add);
}

void MeasuresDock::fillDistances(const Measures &m, const AddRow &add)
{
    QTreeWidgetItem *rings = add(nullptr, tr("Rings"), QString(), QString());
    for (const auto &r : m.rings)
        add(rings, r.label, tr("partners %1, links %2").arg(r.partners).arg(r.links),
            definition("partners"));
    if (m.distanceNotDiscussed > 0)
        add(rings, tr("Distance not discussed"),
            tr("%1 of %2 placed").arg(m.distanceNotDiscussed).arg(m.placedPartners),
            definition("distance-not-discussed"));
    if (m.onOrInSchool > 0)
        add(rings, tr("On or in the school"), QString::number(m.onOrInSchool),
            definition("on-or-in-school"));
    rings->setExpanded(true);
    add(nullptr, tr("Mean distance (stated)"), formatMeasure(m.meanDistance),
        definition("mean-distance"));
    if (m.neutralZone > 0)
        add(nullptr, tr("No category yet"), QString::number(m.neutralZone),
            definition("neutral-zone"));
    if (m.disputed > 0)
        add(nullptr, tr("Disputed"), QString::number(m.disputed), definition("disputed"));
}

void MeasuresDock::fillPriority(const Measures &m, const AddRow &add)
{
    QTreeWidgetItem *priority = add(nullptr, tr("Priority"), QString(), definition("priority"));
    for (const auto &p : m.priority)
        add(priority, tr("%1. %2").arg(p.rank).arg(p.label), tr("marks %1").arg(p.marks),
            definition("priority"));
    priority->setExpanded(true);
    if (!m.voted.empty()) {
        QTreeWidgetItem *votes =
            add(nullptr, tr("Votes without names"), QString::number(m.votes), definition("votes"));
        for (const auto &v : m.voted) {
            // A quantifier alone ("alle participanten") is said as it was, not as zero votes.
            const bool counted = v.voteCount >= 0 || v.votes > 0;
            const QString value = v.voteText.isEmpty() ? tr("votes %1").arg(v.votes)
                                  : counted ? tr("votes %1 (%2)").arg(v.votes).arg(v.voteText)
                                            : v.voteText;
            add(votes, v.label, value, definition("votes"));
        }
        votes->setExpanded(true);
    }
    if (!m.inferred.empty()) {
        QTreeWidgetItem *inferred =
            add(nullptr, tr("Inferred by the researchers"), QString::number(m.inferred.size()),
                definition("researcher-inferred"));
        for (const auto &p : m.inferred)
            add(inferred, p.label, tr("marks %1, votes %2").arg(p.marks).arg(p.votes),
                definition("researcher-inferred"));
        inferred->setExpanded(true);
    }
}

void MeasuresDock::fillCategories(const Measures &m)
{
    m_categories->setRowCount(static_cast<int>(m.categories.size()));
    int row = 0;
    for (const auto &c : m.categories) {
        m_categories->setItem(row, 0, new QTableWidgetItem(c.label));
        const int values[] = {c.partners, c.links,    c.formal, c.informal,
                              c.internal, c.external, c.marks};
        int column = 1;
        for (int v : values)
            m_categories->setItem(row, column++, numberItem(v));
        ++row;
    }
}

void MeasuresDock::fillPartners(const Measures &m)
{
    m_partners->setSortingEnabled(false); // rows move while filled otherwise
    m_partners->setRowCount(static_cast<int>(m.partnerMeasures.size()));
    QHash<QString, int> ranks;
    for (const auto &r : m.priority)
        ranks.insert(r.partnerId, r.rank);
    int row = 0;
    for (const auto &p : m.partnerMeasures) {
        auto *label = new QTableWidgetItem(p.label);
        label->setData(Qt::UserRole, p.partnerId);
        m_partners->setItem(row, 0, label);
        m_partners->setItem(row, 1, numberItem(p.degree));
        m_partners->setItem(row, 2, measureItem(p.brokerage.effectiveSize));
        m_partners->setItem(row, 3, measureItem(p.brokerage.constraint));
        m_partners->setItem(row, 4, numberItem(p.marks));
        auto *rank = new QTableWidgetItem;
        if (ranks.contains(p.partnerId))
            rank->setData(Qt::DisplayRole, ranks.value(p.partnerId));
        m_partners->setItem(row, 5, rank);
        ++row;
    }
    m_partners->setSortingEnabled(true);
}

} // namespace nwk
