// SPDX-License-Identifier: GPL-3.0-or-later
// One conversation card in the cards panel: theme, collapsible explanation, the
// main question(s) and subquestions (under their sub-headings), each with its own
// notes field, the card's status and time, and its quotes.
#pragma once

#include "nwk/core/deck.h"
#include "nwk/core/session.h"

#include <QPlainTextEdit>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QScrollArea;
class QToolButton;

class QVBoxLayout;

namespace nwk {

class SessionDocument;

/// A notes field that leaves the session's navigation keys to their shortcuts.
class NoteEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit NoteEdit(QWidget *parent = nullptr);
    QSize sizeHint() const override;

Q_SIGNALS:
    void focusedIn();

protected:
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
};

class CardPage : public QWidget {
    Q_OBJECT

public:
    CardPage(SessionDocument *document, QWidget *parent = nullptr);
    ~CardPage() override;

    /// Shows `card` (rebuilds the question rows); `subtitle` e.g. "Fase 2 · kaart 3 van 11".
    void setCard(const DeckCard &card, const QString &subtitle);
    const QString &cardId() const { return m_card.id; }
    /// Updates the fields from the model (after undo, load, another view's edit).
    void refresh();
    /// `extraMs`: the running time of the current visit, not yet in spentMs.
    void setRunningTime(qint64 extraMs);

    /// Source of the map's selected partner ids (for "link to selected partners").
    void setSelectionSource(std::function<QStringList()> source)
    {
        m_selection = std::move(source);
    }

    QString currentQuestionId() const;
    int currentRow() const { return m_current; }
    /// Moves the focus to the next question's notes field (wraps to the first).
    void focusNextQuestion();
    void focusQuestion(int index);
    /// Focuses the quote field for the current question.
    void beginQuote();

private:
    void addHeading(QWidget *content, QVBoxLayout *layout);
    void addQuotes(QWidget *content, QVBoxLayout *layout);
    void addQuoteEntry(QVBoxLayout *outer);
    struct Row {
        QString questionId;
        QLabel *label = nullptr;
        NoteEdit *edit = nullptr;
        QToolButton *link = nullptr;
    };

    void clearRows();
    void addHeading(const QString &text);
    void addQuestion(const DeckQuestion &q, const QString &number);
    void setCurrentRow(int index);
    void noteEdited(int row);
    void linkNote(int row);
    void addQuote();
    /// Selects the quote `quoteId` and scrolls the card to it.
    void showQuote(const QString &quoteId);
    /// The id of the quote current in the list; empty when none.
    QString currentQuoteId() const;
    void linkQuote();
    void removeQuote();
    void setStatus(int index);
    void push(CardProgress progress, const QString &text, const QString &mergeKey = {},
              bool mergeable = false);
    void updateQuoteTarget();

    SessionDocument *m_document;
    QScrollArea *m_scroll = nullptr;
    DeckCard m_card;
    std::vector<Row> m_rows;
    int m_current = 0;
    bool m_newBurst = true;
    qint64 m_runningMs = 0;
    std::function<QStringList()> m_selection;

    /// The card's fixed widgets: heading, status, time, explanation, questions, quotes
    /// (cardpagewidgets.h).
    struct Widgets;
    std::unique_ptr<Widgets> m_ui;
};

} // namespace nwk
