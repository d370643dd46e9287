// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookdialog.h"
#include "shared/plaintip.h"

#include "nwk/core/codebookio.h"
#include "nwk/editor/objectcommands.h"
#include "nwk/editor/sessiondocument.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nwk {

namespace {
/// Merge id of a new code's step (outside the CommandId range of commandids.h).
constexpr int kNewCodeId = 0x434e;

/// An edit of one code in the table: a SetObject<Code> that the step which added the
/// same code just before takes in (see NewCodeStep).
class CodeEdit : public SetObject<Code> {
public:
    CodeEdit(SessionDocument *document, const Code &code, const QString &text)
        : SetObject<Code>(document, code, text)
        , m_code(code)
    {
    }
    int id() const override { return kNewCodeId; }
    bool mergeWith(const QUndoCommand *) override { return false; }
    const Code &code() const { return m_code; }

private:
    Code m_code;
};

/// Add: "New code" in the codebook, and the edits that name and describe it right after
/// (the label typed over "New code", its description): one undo step, not three.
class NewCodeStep : public EditCommand, public LayeredCommand {
public:
    NewCodeStep(SessionDocument *document, Code code, const QString &text)
        : EditCommand(text)
        , m_document(document)
        , m_code(std::move(code))
        , m_index(static_cast<int>(document->session().codebook.size()))
    {
    }
    EditLayer layer() const override { return EditLayer::Research; }
    int id() const override { return kNewCodeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = dynamic_cast<const CodeEdit *>(other);
        if (!m_open || !edit || edit->code().id != m_code.id)
            return false;
        m_code = edit->code(); // already applied by the edit's redo
        return true;
    }
    void redo() override { editor(m_document).insert(m_index, m_code); }
    void undo() override
    {
        m_open = false; // once undone, later edits are steps of their own
        editor(m_document).remove<Code>(m_code.id);
    }

private:
    SessionDocument *m_document;
    Code m_code;
    int m_index;
    bool m_open = true;
};

QString codeFilter()
{
    return QCoreApplication::translate("nwk::CodebookDialog",
                                       "Netwerkkaart codebooks (*.nwkcodes);;All files (*)");
}
} // namespace

CodebookDialog::CodebookDialog(SessionDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("codebookDialog"));
    setWindowTitle(tr("Codebook"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("codebookTable"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Description")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *importButton = new QPushButton(tr("&Import\u2026"), this);
    auto *exportButton = new QPushButton(tr("&Export\u2026"), this);
    for (QPushButton *b : {add, remove, importButton, exportButton}) {
        b->setAutoDefault(false);
        row->addWidget(b);
    }
    row->addStretch();
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 360);

    connect(add, &QPushButton::clicked, this, [this] {
        addCode(tr("New code"));
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0))
            removeCode(item->data(Qt::UserRole).toString());
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Import Codebook"), QString(), codeFilter());
        if (file.isEmpty())
            return;
        const QString error = importFile(file);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Cannot Import Codebook"), error);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QString file = QFileDialog::getSaveFileName(this, tr("Export Codebook"),
                                                    tr("codebook.nwkcodes"), codeFilter());
        if (file.isEmpty())
            return;
        if (QFileInfo(file).suffix().isEmpty())
            file += QStringLiteral(".nwkcodes");
        const QString error = exportFile(file);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Cannot Export Codebook"), error);
    });
    connect(m_table, &QTableWidget::cellChanged, this, &CodebookDialog::cellEdited);
    onChange(document, {ChangeKind::Code}, this, [this] { refresh(); });
    connect(document, &SessionDocument::sessionReset, this, &CodebookDialog::refresh);
    refresh();
}

void CodebookDialog::refresh()
{
    m_filling = true;
    const auto &codes = m_document->session().codebook;
    m_table->setRowCount(static_cast<int>(codes.size()));
    for (int i = 0; i < static_cast<int>(codes.size()); ++i) {
        const Code &c = codes[static_cast<std::size_t>(i)];
        auto *label = new QTableWidgetItem(c.label);
        label->setData(Qt::UserRole, c.id);
        label->setToolTip(plainToolTip(c.id));
        m_table->setItem(i, 0, label);
        m_table->setItem(i, 1, new QTableWidgetItem(c.description));
    }
    m_filling = false;
}

void CodebookDialog::cellEdited(int row, int column)
{
    if (m_filling || row < 0 || row >= static_cast<int>(m_document->session().codebook.size()))
        return;
    Code code = m_document->session().codebook[static_cast<std::size_t>(row)];
    const QString text = m_table->item(row, column)->text();
    if (column == 0) {
        if (text.trimmed().isEmpty()) { // a code keeps a label
            refresh();
            return;
        }
        code.label = text.trimmed();
    } else {
        code.description = text;
    }
    m_document->push(new CodeEdit(m_document, code, tr("Edit code")));
}

QString CodebookDialog::addCode(const QString &label)
{
    Code code;
    code.id = uniqueId(m_document->session(), QStringLiteral("code"));
    code.label = label;
    m_document->push(new NewCodeStep(m_document, code, tr("Add code")));
    return code.id;
}

void CodebookDialog::removeCode(const QString &codeId)
{
    m_document->beginMacro(tr("Remove code"));
    for (const Annotation &a : m_document->session().annotations) {
        if (!a.codes.contains(codeId))
            continue;
        Annotation without = a;
        without.codes.removeAll(codeId);
        m_document->push(new SetObject<Annotation>(m_document, without, tr("Remove code")));
    }
    m_document->push(new RemoveObject<Code>(m_document, codeId, tr("Remove code")));
    m_document->endMacro();
}

QString CodebookDialog::importFile(const QString &fileName)
{
    const CodebookReadResult result = readCodebookFile(fileName);
    if (!result.codes) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines << QFileInfo(fileName).fileName() + QStringLiteral(": ") + d.toString();
        return lines.join(QLatin1Char('\n'));
    }
    m_document->beginMacro(tr("Import codebook"));
    for (const Code &c : *result.codes) {
        const Code *known = ObjectAccess<Code>::find(m_document->session(), c.id);
        if (!known)
            m_document->push(new AddObject<Code>(m_document, c, tr("Add code")));
        else if (known->label != c.label || known->description != c.description) {
            Code updated = *known;
            updated.label = c.label;
            updated.description = c.description;
            m_document->push(new SetObject<Code>(m_document, updated, tr("Edit code")));
        }
    }
    m_document->endMacro();
    return {};
}

QString CodebookDialog::exportFile(const QString &fileName) const
{
    return writeCodebookFile(m_document->session().codebook, fileName);
}

} // namespace nwk
