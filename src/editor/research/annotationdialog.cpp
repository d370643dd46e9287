// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationdialog.h"
#include "shared/enterkey.h"
#include "shared/plaintip.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace nwk {

namespace {
const QString kAuthorKey = QStringLiteral("annotation/author");

/// A code id from a label: lower case, words joined by '-', unique in `taken`.
QString codeIdFor(const QString &label, const QStringList &taken)
{
    QString base = label.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("code");
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}
} // namespace

QString AnnotationDialog::savedAuthor()
{
    return QSettings().value(kAuthorKey).toString();
}

AnnotationDialog::AnnotationDialog(const Session &session, Annotation annotation,
                                   const QString &targetName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_annotation(std::move(annotation))
{
    setObjectName(QStringLiteral("annotationDialog"));
    setWindowTitle(m_annotation.created.isEmpty() ? tr("Annotate") : tr("Edit Annotation"));
    auto *layout = new QVBoxLayout(this);
    auto *target = new QLabel(tr("About: %1").arg(targetName), this);
    target->setObjectName(QStringLiteral("annotationTarget"));
    target->setWordWrap(true);
    layout->addWidget(target);

    auto *form = new QFormLayout;
    m_memo = new QPlainTextEdit(m_annotation.memo, this);
    m_memo->setObjectName(QStringLiteral("annotationMemo"));
    m_memo->setTabChangesFocus(true);
    form->addRow(tr("&Memo:"), m_memo);

    m_codes = new QListWidget(this);
    m_codes->setObjectName(QStringLiteral("annotationCodes"));
    for (const Code &c : session.codebook) {
        auto *item = new QListWidgetItem(c.label, m_codes);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(plainToolTip(c.description));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_annotation.codes.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    form->addRow(tr("&Codes:"), m_codes);
    auto *newRow = new QHBoxLayout;
    m_newCode = new QLineEdit(this);
    m_newCode->setObjectName(QStringLiteral("newCodeEdit"));
    m_newCode->setPlaceholderText(tr("New code\u2026"));
    auto *add = new QPushButton(tr("Add Code"), this);
    add->setObjectName(QStringLiteral("addCodeButton"));
    add->setAutoDefault(false);
    newRow->addWidget(m_newCode, 1);
    newRow->addWidget(add);
    form->addRow(QString(), newRow);
    connect(add, &QPushButton::clicked, this, &AnnotationDialog::addCode);
    // Enter in "New code…" adds the code; it must not also press OK.
    EnterKey::install(m_newCode, [this] { addCode(); });

    const QString author = m_annotation.author.isEmpty() ? savedAuthor() : m_annotation.author;
    if (author.isEmpty()) {
        m_author = new QLineEdit(this);
        m_author->setObjectName(QStringLiteral("annotationAuthor"));
        m_author->setPlaceholderText(tr("Your name, kept with each annotation"));
        form->addRow(tr("&Author:"), m_author);
    } else {
        m_annotation.author = author;
        form->addRow(tr("Author:"), new QLabel(author, this));
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("annotationProblem"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_memo->setFocus();
}

void AnnotationDialog::addCode()
{
    const QString label = m_newCode->text().trimmed();
    if (label.isEmpty())
        return;
    for (int i = 0; i < m_codes->count(); ++i) {
        if (m_codes->item(i)->text().compare(label, Qt::CaseInsensitive) == 0) {
            m_codes->item(i)->setCheckState(Qt::Checked); // an existing code: just tick it
            m_newCode->clear();
            return;
        }
    }
    QStringList taken;
    for (const Code &c : m_session.codebook)
        taken << c.id;
    for (const Code &c : m_newCodes)
        taken << c.id;
    Code code;
    code.id = codeIdFor(label, taken);
    code.label = label;
    m_newCodes.push_back(code);
    auto *item = new QListWidgetItem(label, m_codes);
    item->setData(Qt::UserRole, code.id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    m_newCode->clear();
}

void AnnotationDialog::offerCode(const Code &code)
{
    for (int i = 0; i < m_codes->count(); ++i) {
        if (m_codes->item(i)->data(Qt::UserRole).toString() == code.id) {
            m_codes->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    m_newCodes.push_back(code);
    auto *item = new QListWidgetItem(code.label, m_codes);
    item->setData(Qt::UserRole, code.id);
    item->setToolTip(plainToolTip(code.description));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
}

void AnnotationDialog::accept()
{
    if (!m_newCode->text().trimmed().isEmpty())
        addCode();
    if (m_author) {
        const QString name = m_author->text().trimmed();
        if (name.isEmpty()) {
            m_problem->setText(tr("Please give your name: each annotation keeps its author."));
            m_problem->show();
            m_author->setFocus();
            return;
        }
        QSettings().setValue(kAuthorKey, name);
        m_annotation.author = name;
    }
    m_annotation.memo = m_memo->toPlainText();
    m_annotation.codes.clear();
    for (int i = 0; i < m_codes->count(); ++i)
        if (m_codes->item(i)->checkState() == Qt::Checked)
            m_annotation.codes.append(m_codes->item(i)->data(Qt::UserRole).toString());
    if (m_annotation.memo.trimmed().isEmpty() && m_annotation.codes.isEmpty()) {
        m_problem->setText(tr("Write a memo or choose a code."));
        m_problem->show();
        return;
    }
    // Keep only the new codes that are used.
    std::erase_if(m_newCodes, [&](const Code &c) { return !m_annotation.codes.contains(c.id); });
    if (m_annotation.created.isEmpty())
        m_annotation.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QDialog::accept();
}

} // namespace nwk
