// SPDX-License-Identifier: GPL-3.0-or-later
#include "categoryeditor.h"
#include "shared/plaintip.h"

#include "gridedits.h"
#include "nwk/editor/changevalue.h"
#include "nwk/editor/gridcommands.h"
#include "nwk/editor/sessiondocument.h"

#include <QAction>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace nwk {

namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

QIcon gridui::swatch(const Category &c)
{
    QPixmap pixmap(20, 20);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor color(c.color);
    p.setBrush(color);
    p.setPen(c.framed ? QPen(Qt::black, 2) : QPen(color.darker(130), 1));
    p.drawRoundedRect(QRectF(1.5, 1.5, 17, 17), 3, 3);
    // Black or white letter, whichever contrasts more (WCAG relative luminance).
    auto linear = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double luminance = 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) +
                             0.0722 * linear(color.blueF());
    p.setPen(luminance > 0.179 ? Qt::black : Qt::white);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(11);
    p.setFont(font);
    p.drawText(QRectF(0, 0, 20, 20), Qt::AlignCenter, c.letter);
    return QIcon(pixmap);
}

namespace {

std::optional<QString> validColor(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!re.match(text.trimmed()).hasMatch())
        return std::nullopt;
    return text.trimmed().toLower();
}

/// A category for "Add": a colour, marker and letter no other category uses yet.
Category freshCategory(const Session &s)
{
    Category c;
    c.id = grid::newCategoryId(s);
    c.labelNl = QStringLiteral("Nieuwe categorie");
    c.labelEn = QStringLiteral("New category");
    static const std::array palette{"#17becf", "#9467bd", "#8c564b", "#bcbd22", "#1b9e77",
                                    "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#666666"};
    auto used = [&](auto pred) {
        return std::any_of(s.categories.begin(), s.categories.end(), pred);
    };
    for (const char *color : palette) {
        if (!used([&](const Category &x) { return x.color == QLatin1String(color); })) {
            c.color = QString::fromLatin1(color);
            break;
        }
    }
    for (int m = 0; m <= static_cast<int>(MarkerShape::Cross); ++m) {
        if (!used([&](const Category &x) { return x.marker == static_cast<MarkerShape>(m); })) {
            c.marker = static_cast<MarkerShape>(m);
            break;
        }
    }
    for (const QChar letter : QStringLiteral("NXYKLMQRSTUV")) {
        if (!used([&](const Category &x) { return x.letter == QString(letter); })) {
            c.letter = QString(letter);
            break;
        }
    }
    return c;
}

} // namespace

CategoryEditor::CategoryEditor(SessionDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("categoryList"));
    m_list->setAccessibleName(tr("Categories, in sector order clockwise from 12 o'clock"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setMinimumHeight(170);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long labels elide
    m_list->setTextElideMode(Qt::ElideRight);

    auto makeAction = [this](const QString &text, const QString &name, const char *icon,
                             const QKeySequence &key = {}) {
        auto *a = new QAction(QIcon::fromTheme(QString::fromLatin1(icon)), text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(a);
        return a;
    };
    m_actions.add = makeAction(tr("Add Category"), QStringLiteral("addCategory"), "list-add");
    m_actions.remove =
        makeAction(tr("Remove Category\u2026"), QStringLiteral("removeCategory"), "list-remove");
    m_actions.up = makeAction(tr("Move Category Up"), QStringLiteral("moveCategoryUp"), "go-up",
                              QKeySequence(tr("Ctrl+Shift+Up")));
    m_actions.down = makeAction(tr("Move Category Down"), QStringLiteral("moveCategoryDown"),
                                "go-down", QKeySequence(tr("Ctrl+Shift+Down")));
    auto *buttons = new QHBoxLayout;
    for (QAction *a : {m_actions.add, m_actions.remove, m_actions.up, m_actions.down}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setFocusPolicy(Qt::StrongFocus);
        buttons->addWidget(b);
    }
    // Short button labels; the actions keep their full names (shortcut list).
    m_actions.add->setIconText(tr("Add"));
    m_actions.remove->setIconText(tr("Remove\u2026"));
    m_actions.up->setIconText(tr("Up"));
    m_actions.down->setIconText(tr("Down"));
    m_actions.add->setToolTip(tr("Add a category after the selected one"));
    m_actions.remove->setToolTip(
        tr("Remove the selected category; its partners can move to another"));
    m_actions.up->setToolTip(tr("Move the selected category one sector back (%1)")
                                 .arg(m_actions.up->shortcut().toString(QKeySequence::NativeText)));
    m_actions.down->setToolTip(
        tr("Move the selected category one sector on (%1)")
            .arg(m_actions.down->shortcut().toString(QKeySequence::NativeText)));
    buttons->addStretch();

    buildForm();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_form.widget);

    connect(m_actions.add, &QAction::triggered, this, &CategoryEditor::addCategory);
    connect(m_actions.remove, &QAction::triggered, this, &CategoryEditor::removeCategory);
    connect(m_actions.up, &QAction::triggered, this, [this] { move(-1); });
    connect(m_actions.down, &QAction::triggered, this, [this] { move(+1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &CategoryEditor::refreshForm);

    onChange(document, {ChangeKind::Category}, this, [this] { refresh(); });
    connect(document, &SessionDocument::sessionReset, this, &CategoryEditor::refresh);
    for (auto signal :
         {&SessionDocument::partnersAdded, &SessionDocument::partnersChanged,
          &SessionDocument::partnersRemoved, &SessionDocument::missingPartnersAdded,
          &SessionDocument::missingPartnersChanged, &SessionDocument::missingPartnersRemoved})
        connect(document, signal, this, &CategoryEditor::refresh);
    refresh();
}

void CategoryEditor::buildForm()
{
    m_form.widget = new QWidget(this);
    auto *form = new QFormLayout(m_form.widget);
    form->setContentsMargins(0, 0, 0, 0);
    auto id = [this] { return currentId(); };

    m_form.labelNl = new QLineEdit(m_form.widget);
    m_form.labelNl->setObjectName(QStringLiteral("categoryLabelNl"));
    gridui::bindText<CategoryField<&Category::labelNl>>(m_form.labelNl, m_document, id,
                                                        tr("Rename category (Dutch)"));
    form->addRow(tr("Dutch &label:"), m_form.labelNl);

    m_form.labelEn = new QLineEdit(m_form.widget);
    m_form.labelEn->setObjectName(QStringLiteral("categoryLabelEn"));
    gridui::bindText<CategoryField<&Category::labelEn>>(m_form.labelEn, m_document, id,
                                                        tr("Rename category (English)"));
    form->addRow(tr("&English label:"), m_form.labelEn);

    m_form.color = new QLineEdit(m_form.widget);
    m_form.color->setObjectName(QStringLiteral("categoryColor"));
    m_form.color->setPlaceholderText(QStringLiteral("#rrggbb"));
    m_form.color->setMaxLength(7);
    // Split after the quote mark: lupdate would read the escape and the C as one (6.4).
    m_form.color->setToolTip(tr("The sector's colour as #rrggbb; \u201c"
                                "Choose\u201d opens a colour "
                                "picker"));
    gridui::bindText<CategoryField<&Category::color>>(m_form.color, m_document, id,
                                                      tr("Recolour category"), validColor);
    m_form.colorButton = new QToolButton(m_form.widget);
    m_form.colorButton->setObjectName(QStringLiteral("chooseCategoryColor"));
    m_form.colorButton->setText(tr("C&hoose\u2026"));
    m_form.colorButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_form.colorButton, &QToolButton::clicked, this, &CategoryEditor::chooseColor);
    auto *colorRow = new QHBoxLayout;
    colorRow->addWidget(m_form.color, 1);
    colorRow->addWidget(m_form.colorButton);
    auto *colorLabel = new QLabel(tr("&Colour:"), m_form.widget);
    colorLabel->setBuddy(m_form.color);
    form->addRow(colorLabel, colorRow);

    m_form.marker = new QComboBox(m_form.widget);
    m_form.marker->setObjectName(QStringLiteral("categoryMarker"));
    for (const QString &name : {tr("Circle"), tr("Square"), tr("Triangle"), tr("Diamond"),
                                tr("Hexagon"), tr("Star"), tr("Pentagon"), tr("Cross")})
        m_form.marker->addItem(name);
    connect(m_form.marker, &QComboBox::activated, this, [this](int index) {
        auto *c = new ChangeValue<CategoryField<&Category::marker>>(
            m_document, currentId(), static_cast<MarkerShape>(index), tr("Change category marker"));
        c->setMergeable(false);
        m_document->push(c);
    });
    form->addRow(tr("&Marker:"), m_form.marker);

    m_form.letter = new QLineEdit(m_form.widget);
    m_form.letter->setObjectName(QStringLiteral("categoryLetter"));
    m_form.letter->setMaxLength(2);
    m_form.letter->setToolTip(tr("One or two letters drawn in the marker, so the map reads without "
                                 "colour"));
    gridui::bindText<CategoryField<&Category::letter>>(m_form.letter, m_document, id,
                                                       tr("Change category letter"));
    form->addRow(tr("Le&tter:"), m_form.letter);

    m_form.framed = new QCheckBox(tr("Draw with a black &frame"), m_form.widget);
    m_form.framed->setObjectName(QStringLiteral("categoryFramed"));
    m_form.framed->setToolTip(tr("As the study's \u201cinterne actoren\u201d"));
    connect(m_form.framed, &QCheckBox::clicked, this, [this](bool on) {
        auto *c = new ChangeValue<CategoryField<&Category::framed>>(
            m_document, currentId(), on, on ? tr("Frame category") : tr("Unframe category"));
        c->setMergeable(false);
        m_document->push(c);
    });
    form->addRow(QString(), m_form.framed);

    m_form.note = new QLineEdit(m_form.widget);
    m_form.note->setObjectName(QStringLiteral("categoryNote"));
    m_form.note->setPlaceholderText(tr("e.g. niet aan bod gekomen"));
    gridui::bindText<CategoryField<&Category::note>>(m_form.note, m_document, id,
                                                     tr("Edit category note"));
    form->addRow(tr("N&ote:"), m_form.note);
}

QString CategoryEditor::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

void CategoryEditor::selectCategory(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toString() == id)
            m_list->setCurrentRow(i);
}

void CategoryEditor::refresh()
{
    const Session &s = m_document->session();
    const QString selected = currentId();
    const int selectedRow = m_list->currentRow();
    m_list->blockSignals(true);
    while (m_list->count() > static_cast<int>(s.categories.size()))
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < static_cast<int>(s.categories.size()))
        m_list->addItem(new QListWidgetItem);
    int row = -1;
    for (std::size_t i = 0; i < s.categories.size(); ++i) {
        const Category &c = s.categories[i];
        QListWidgetItem *item = m_list->item(static_cast<int>(i));
        const int uses = grid::categoryUseCount(s, c.id);
        QString text = c.labelNl.isEmpty() ? c.id : c.labelNl;
        if (uses > 0)
            text += QStringLiteral(" (%1)").arg(uses);
        if (!c.note.isEmpty())
            text += QStringLiteral(" \u2013 ") + c.note;
        item->setText(text);
        item->setIcon(gridui::swatch(c));
        item->setData(kIdRole, c.id);
        QStringList tip{c.labelNl, c.labelEn, c.note};
        tip.removeAll(QString());
        item->setToolTip(plainToolTip(tip.join(QLatin1Char('\n'))));
        if (c.id == selected)
            row = static_cast<int>(i);
    }
    if (row < 0 && m_list->count() > 0)
        row = std::clamp(selectedRow, 0, m_list->count() - 1);
    m_list->setCurrentRow(row);
    m_list->blockSignals(false);
    refreshForm();
}

void CategoryEditor::refreshForm()
{
    const Category *c = m_document->session().category(currentId());
    const int row = m_list->currentRow();
    const int count = m_list->count();
    m_form.widget->setEnabled(c != nullptr);
    m_actions.remove->setEnabled(c && count > 1);
    m_actions.up->setEnabled(c && row > 0);
    m_actions.down->setEnabled(c && row + 1 < count);
    if (!c)
        return;
    gridui::syncText(m_form.labelNl, c->labelNl);
    gridui::syncText(m_form.labelEn, c->labelEn);
    if (validColor(m_form.color->text()) != std::optional<QString>(c->color))
        m_form.color->setText(c->color);
    m_form.marker->setCurrentIndex(static_cast<int>(c->marker));
    gridui::syncText(m_form.letter, c->letter);
    m_form.framed->setChecked(c->framed);
    gridui::syncText(m_form.note, c->note);
}

void CategoryEditor::addCategory()
{
    const Session &s = m_document->session();
    const Category c = freshCategory(s);
    const int row = m_list->currentRow();
    const int at = row < 0 ? static_cast<int>(s.categories.size()) : row + 1;
    m_document->push(new GridChange(m_document, grid::addCategory(s, c, at), tr("Add category")));
    selectCategory(c.id);
    m_form.labelNl->setFocus();
    m_form.labelNl->selectAll();
}

void CategoryEditor::move(int delta)
{
    const QString id = currentId();
    const int row = m_list->currentRow();
    if (id.isEmpty() || row + delta < 0 || row + delta >= m_list->count())
        return;
    m_document->push(new GridChange(m_document,
                                    grid::moveCategory(m_document->session(), id, row + delta),
                                    delta < 0 ? tr("Move category up") : tr("Move category down")));
    selectCategory(id);
}

void CategoryEditor::chooseColor()
{
    const QString id = currentId();
    const Category *c = m_document->session().category(id);
    if (!c)
        return;
    auto *dialog = new QColorDialog(QColor(c->color), this);
    dialog->setObjectName(QStringLiteral("categoryColorDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this, id](const QColor &color) {
        auto *command = new ChangeValue<CategoryField<&Category::color>>(
            m_document, id, color.name(), tr("Recolour category"));
        command->setMergeable(false);
        m_document->push(command);
    });
    dialog->open();
}

} // namespace nwk
