// SPDX-License-Identifier: GPL-3.0-or-later
// The notes-and-quotes table: what the group said and the researcher noted, with the
// card and question texts when the deck is known. Speakers appear by role when anonymised.
#include "csvtable.h"
#include "exportcommon.h"
#include "nwk/core/clocktext.h"

namespace nwk::dataexport {

namespace {

QString name(std::string_view spelling)
{
    return QString::fromLatin1(spelling.data(), static_cast<qsizetype>(spelling.size()));
}

QString questionText(const Deck *deck, const QString &questionId)
{
    return deck ? deck->questionText(questionId) : QString();
}

/// A row of the table; designated initializers name the cells a row fills.
struct Row {
    QString type{};
    QString id{};
    QString kind{};
    QString cardId{};
    QString cardStatus{};
    QString questionId{};
    QString speakerId{};
    QString text{};
    QStringList partnerIds{};
    qint64 atMs = -1;
    QString role{};    ///< metaphors: a role when the participant is not named
    QString byGroup{}; ///< metaphors: "TRUE" / "FALSE"; empty for the other rows
};

/// The notes, quotes, closing answers, metaphors and memos, in that order.
std::vector<Row> noteRows(const Session &s)
{
    std::vector<Row> rows;
    for (const CardProgress &c : s.cards) {
        const QString status = name(toString(c.status));
        for (const QuestionNote &n : c.notes)
            rows.push_back({.type = QStringLiteral("note"),
                            .cardId = c.cardId,
                            .cardStatus = status,
                            .questionId = n.questionId,
                            .text = n.text,
                            .partnerIds = n.partnerIds,
                            .atMs = n.atMs});
        for (const Quote &q : c.quotes)
            rows.push_back({.type = QStringLiteral("quote"),
                            .id = q.id,
                            .cardId = c.cardId,
                            .cardStatus = status,
                            .questionId = q.questionId,
                            .speakerId = q.participantId,
                            .text = q.text,
                            .partnerIds = q.partnerIds,
                            .atMs = q.atMs});
    }
    for (const ClosingAnswer &a : s.closingAnswers)
        rows.push_back({.type = QStringLiteral("closing-answer"),
                        .questionId = a.questionId,
                        .text = a.text,
                        .atMs = a.atMs});
    for (const Metaphor &m : s.metaphors)
        rows.push_back({.type = QStringLiteral("metaphor"),
                        .id = m.id,
                        .speakerId = m.participantId,
                        .text = m.text,
                        .atMs = m.atMs,
                        .role = m.role,
                        .byGroup = csvBoolean(m.byGroup)});
    for (const Memo &m : s.memos)
        rows.push_back({.type = QStringLiteral("memo"),
                        .id = m.id,
                        .kind = name(toString(m.kind)),
                        .text = m.text,
                        .atMs = m.atMs});
    return rows;
}

/// A row's cells: the card's theme, the speaker and the partners looked up.
QStringList noteCells(const Session &s, const QString &ego, const Row &r,
                      const DataExportOptions &o)
{
    QString theme;
    if (o.deck && !r.cardId.isEmpty())
        if (const DeckCard *card = o.deck->card(r.cardId))
            theme = card->theme;
    const Participant *speaker = s.participant(r.speakerId);
    QStringList partners;
    for (const QString &id : r.partnerIds)
        partners << endLabel(s, id, o.anonymise);
    return {ego,
            r.type,
            r.id,
            r.kind,
            r.cardId,
            theme,
            r.cardStatus,
            r.questionId,
            questionText(o.deck, r.questionId),
            r.speakerId,
            r.speakerId.isEmpty() ? QString() : participantLabel(s, r.speakerId, o.anonymise),
            speaker ? name(toString(speaker->roleGroup)) : QString(),
            r.text,
            joined(r.partnerIds),
            joined(partners),
            timeMs(r.atMs),
            fullClockText(r.atMs),
            r.role,
            r.byGroup};
}

} // namespace

CsvRows notesTable(const Session &s, const DataExportOptions &o)
{
    CsvRows t{{"egoID", "type", "id", "kind", "cardId", "cardTheme", "cardStatus", "questionId",
               "questionText", "speakerId", "speaker", "speakerRoleGroup", "text", "partnerIds",
               "partners", "atMs", "time", "speakerRole", "byGroup"}};
    t.numbers({"atMs"});
    t.lists({"partnerIds", "partners"});
    t.idColumn = 2; // "id" (empty for card notes and closing answers)
    const QString ego = egoId(s, o);
    for (const Row &r : noteRows(s))
        t.add(noteCells(s, ego, r, o));
    return t;
}

} // namespace nwk::dataexport
