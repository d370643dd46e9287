// SPDX-License-Identifier: GPL-3.0-or-later
// The .qdpx export's text sources: the map as lines, the cards' notes and quotes, the
// closing answers, metaphors and memos; one item per thing said or noted.
#include "qdpxmodel.h"

#include "dataexport/exportcommon.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/clocktext.h"

#include <QDateTime>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace nwk::qdpx {

using namespace dataexport;

namespace {

QString spelling(std::string_view s)
{
    return QString::fromLatin1(s.data(), qsizetype(s.size()));
}

/// Text as the plain-text file holds it: LF line ends, no characters XML forbids.
QString plain(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return xmlSafe(t);
}

QString questionText(const Deck *deck, const QString &questionId)
{
    return deck ? deck->questionText(questionId) : QString();
}

/// "time 0:09:10 (550000 ms)" or "time not recorded".
QString timeDescription(const DataExportOptions &o, qint64 ms)
{
    if (ms < 0)
        return fixedText(o, "time not recorded", "tijd niet vastgelegd");
    return fixedText(o, "time %1 (%2 ms on the session clock)", "tijd %1 (%2 ms op de sessieklok)")
        .arg(fullClockText(ms))
        .arg(ms);
}

/// An item's description and heading from its parts (each may be empty).
void describe(const DataExportOptions &o, Item &item, const QString &what, qint64 ms,
              const QString &speaker, const QString &questionId)
{
    QStringList parts{what, timeDescription(o, ms)};
    if (!speaker.isEmpty())
        parts << fixedText(o, "speaker %1", "spreker %1").arg(speaker);
    if (!questionId.isEmpty()) {
        const QString question = questionText(o.deck, questionId);
        parts << (question.isEmpty()
                      ? fixedText(o, "question %1", "vraag %1").arg(questionId)
                      : fixedText(o, "question %1: %2", "vraag %1: %2").arg(questionId, question));
    }
    item.description = plain(parts.join(QStringLiteral("; ")));
    QStringList heading;
    if (ms >= 0)
        heading << QLatin1Char('[') + fullClockText(ms) + QLatin1Char(']');
    heading << (speaker.isEmpty() ? what : speaker);
    item.heading = plain(heading.join(QLatin1Char(' ')));
}

TextDoc mapDoc(const Session &s, const DataExportOptions &o)
{
    TextDoc doc{QStringLiteral("map"),
                fixedText(o, "Map", "Kaart"),
                fixedText(o,
                          "The partners, links, groups and missing partners on the map, one "
                          "line each",
                          "De partners, verbindingen, groepen en ontbrekende partners op de "
                          "kaart, elk op één regel"),
                {}};
    auto withNote = [](QString text, const QString &note) {
        return note.isEmpty() ? text : text + QStringLiteral(": ") + note;
    };
    for (const Partner &p : s.partners) {
        const bool hidePerson = o.anonymise && p.kind == PartnerKind::Person;
        const QString label = exportPartnerLabel(p, o.anonymise);
        doc.items.push_back({QStringLiteral("partner:") + p.id,
                             label,
                             fixedText(o, "partner %1", "partner %1").arg(p.id),
                             {},
                             withNote(label, hidePerson ? QString() : p.notes),
                             {p.id}});
    }
    for (const Link &l : s.links) {
        QString text = endLabel(s, l.from, o.anonymise) + QStringLiteral(" – ") +
                       endLabel(s, l.to, o.anonymise);
        if (!l.label.isEmpty())
            text += QStringLiteral(" (") + l.label + QLatin1Char(')');
        doc.items.push_back(
            {QStringLiteral("link:") + l.id,
             text,
             fixedText(o, "link %1, %2", "verbinding %1, %2").arg(l.id, spelling(toString(l.kind))),
             {},
             withNote(text, l.note),
             {l.from, l.to}});
    }
    for (const Group &g : s.groups) {
        QStringList members;
        for (const QString &id : g.members)
            members << endLabel(s, id, o.anonymise);
        const QString label = g.label.isEmpty() ? g.id : g.label;
        doc.items.push_back({QStringLiteral("group:") + g.id,
                             label,
                             fixedText(o, "group %1", "groep %1").arg(g.id),
                             {},
                             withNote(label + QStringLiteral(" (") +
                                          members.join(QStringLiteral(", ")) + QLatin1Char(')'),
                                      g.note),
                             g.members});
    }
    for (const MissingPartner &m : s.missingPartners) {
        doc.items.push_back({QStringLiteral("missing-partner:") + m.id,
                             m.label,
                             fixedText(o, "missing partner %1, %2", "ontbrekende partner %1, %2")
                                 .arg(m.id, spelling(toString(m.status))),
                             {},
                             withNote(m.label, m.note),
                             m.partnerId.isEmpty() ? QStringList() : QStringList{m.partnerId}});
    }
    return doc;
}

/// A card's notes and quotes, in the order of their times (unknown times last).
TextDoc cardDoc(const Session &s, const CardProgress &c, const DataExportOptions &o)
{
    QString theme;
    if (o.deck)
        if (const DeckCard *card = o.deck->card(c.cardId))
            theme = card->theme;
    TextDoc doc{QStringLiteral("card:") + c.cardId,
                fixedText(o, "Card: %1", "Kaartje: %1").arg(theme.isEmpty() ? c.cardId : theme),
                fixedText(o, "Notes and quotes of card %1 (%2)",
                          "Notities en citaten bij kaartje "
                          "%1 (%2)")
                    .arg(c.cardId, spelling(toString(c.status))),
                {}};
    std::vector<std::pair<qint64, Item>> timed;
    for (const QuestionNote &n : c.notes) {
        Item item{QStringLiteral("card-note:%1/%2").arg(c.cardId, n.questionId),
                  fixedText(o, "Note %1", "Notitie %1").arg(n.questionId),
                  {},
                  {},
                  n.text,
                  n.partnerIds};
        describe(o, item, fixedText(o, "note", "notitie"), n.atMs, {}, n.questionId);
        timed.emplace_back(n.atMs, std::move(item));
    }
    for (const Quote &q : c.quotes) {
        const QString speaker = q.participantId.isEmpty()
                                    ? QString()
                                    : participantLabel(s, q.participantId, o.anonymise);
        Item item{QStringLiteral("quote:") + q.id,
                  fixedText(o, "Quote %1", "Citaat %1").arg(q.id),
                  {},
                  {},
                  q.text,
                  q.partnerIds};
        describe(o, item, fixedText(o, "quote", "citaat"), q.atMs, speaker, q.questionId);
        timed.emplace_back(q.atMs, std::move(item));
    }
    std::stable_sort(timed.begin(), timed.end(), [](const auto &a, const auto &b) {
        return (a.first < 0 ? INT64_MAX : a.first) < (b.first < 0 ? INT64_MAX : b.first);
    });
    for (auto &[ms, item] : timed)
        doc.items.push_back(std::move(item));
    return doc;
}

/// The closing answers, the metaphors and the memos, one source each.
void conversationDocs(const Session &s, const DataExportOptions &o, std::vector<TextDoc> &docs)
{
    TextDoc answers{QStringLiteral("closing-answers"),
                    fixedText(o, "Closing answers", "Afsluitende antwoorden"),
                    fixedText(o, "The group's answers to the closing questions",
                              "De antwoorden van de groep op de afsluitende vragen"),
                    {}};
    for (const ClosingAnswer &a : s.closingAnswers) {
        Item item{QStringLiteral("closing-answer:") + a.questionId,
                  fixedText(o, "Answer %1", "Antwoord %1").arg(a.questionId),
                  {},
                  {},
                  a.text,
                  {}};
        describe(o, item, fixedText(o, "closing answer", "afsluitend antwoord"), a.atMs, {},
                 a.questionId);
        answers.items.push_back(std::move(item));
    }
    TextDoc metaphors{QStringLiteral("metaphors"),
                      fixedText(o, "Metaphors", "Metaforen"),
                      fixedText(o, "The group's metaphors for the network",
                                "De metaforen van de groep voor het netwerk"),
                      {}};
    for (const Metaphor &m : s.metaphors) {
        const QString speaker = m.byGroup ? fixedText(o, "the group", "de groep")
                                : !m.participantId.isEmpty()
                                    ? participantLabel(s, m.participantId, o.anonymise)
                                    : m.role;
        Item item{QStringLiteral("metaphor:") + m.id,
                  fixedText(o, "Metaphor %1", "Metafoor %1").arg(m.id),
                  {},
                  {},
                  m.text,
                  {}};
        describe(o, item, fixedText(o, "metaphor", "metafoor"), m.atMs, speaker, {});
        metaphors.items.push_back(std::move(item));
    }
    TextDoc memos{QStringLiteral("memos"),
                  fixedText(o, "Memos", "Memo's"),
                  fixedText(o, "The facilitators' memos during the session",
                            "De memo's van de gespreksleiders tijdens de sessie"),
                  {}};
    for (const Memo &m : s.memos) {
        Item item{QStringLiteral("memo:") + m.id,
                  fixedText(o, "Memo %1", "Memo %1").arg(m.id),
                  {},
                  {},
                  m.text,
                  {}};
        describe(o, item, fixedText(o, "memo (%1)", "memo (%1)").arg(spelling(toString(m.kind))),
                 m.atMs, {}, {});
        memos.items.push_back(std::move(item));
    }
    for (TextDoc *doc : {&answers, &metaphors, &memos})
        if (!doc->items.empty())
            docs.push_back(std::move(*doc));
}

/// Item keys unique over all sources (a repeated key gets "#2", "#3", ...), texts plain.
void settle(std::vector<TextDoc> &docs)
{
    QSet<QString> seen;
    for (TextDoc &doc : docs)
        for (Item &item : doc.items) {
            const QString base = item.key;
            for (int n = 2; seen.contains(item.key); ++n)
                item.key = base + QLatin1Char('#') + QString::number(n);
            seen.insert(item.key);
            item.text = plain(item.text);
            item.name = plain(item.name);
        }
}

} // namespace

QString fixedText(const DataExportOptions &o, const char *english, const char *dutch)
{
    return QString::fromUtf8(o.language == QLatin1String("en") ? english : dutch);
}

std::vector<TextDoc> textDocs(const Session &shown, const DataExportOptions &o)
{
    std::vector<TextDoc> docs{mapDoc(shown, o)};
    for (const CardProgress &c : shown.cards)
        if (!c.notes.empty() || !c.quotes.empty())
            docs.push_back(cardDoc(shown, c, o));
    conversationDocs(shown, o, docs);
    settle(docs);
    return docs;
}

Layout layOut(const TextDoc &doc)
{
    Layout out;
    qint64 at = 0;
    auto append = [&](const QString &text) {
        out.text += text;
        at += qint64(text.toUcs4().size());
    };
    for (const Item &item : doc.items) {
        if (!item.heading.isEmpty())
            append(item.heading + QLatin1Char('\n'));
        const qint64 start = at;
        append(item.text);
        out.spans.emplace_back(start, at);
        append(QStringLiteral("\n\n"));
    }
    return out;
}

QString annotationTargetKey(const Annotation &a)
{
    // One case per target kind, naming the key of the item that holds its text (textDocs()
    // makes "metaphor:<id>", "closing-answer:<questionId>" and "memo:<id>" items).
    switch (a.targetKind) {
    case AnnotationTarget::Session:
        return {};
    case AnnotationTarget::Partner:
        return QStringLiteral("partner:") + a.targetId;
    case AnnotationTarget::Link:
        return QStringLiteral("link:") + a.targetId;
    case AnnotationTarget::MissingPartner:
        return QStringLiteral("missing-partner:") + a.targetId;
    case AnnotationTarget::Group:
        return QStringLiteral("group:") + a.targetId;
    case AnnotationTarget::CardNote:
        return QStringLiteral("card-note:") + a.targetId;
    case AnnotationTarget::Quote:
        return QStringLiteral("quote:") + a.targetId;
    case AnnotationTarget::Metaphor:
        return QStringLiteral("metaphor:") + a.targetId;
    case AnnotationTarget::ClosingAnswer: // its target id is the question's id
        return QStringLiteral("closing-answer:") + a.targetId;
    case AnnotationTarget::Memo:
        return QStringLiteral("memo:") + a.targetId;
    }
    return {};
}

Guids::Guids(const Session &s)
    : m_sessionKey(QStringLiteral("netwerkkaart-session:") + s.meta.created)
{
}

QString Guids::of(const QString &what) const
{
    // A fixed namespace for Netwerkkaart; the session's creation time tells sessions apart
    // (and does not name the school, so an anonymised export's GUIDs do not either).
    static const QUuid kNamespace(QStringLiteral("f6b9c472-e76d-4ea2-aded-a2ec1ed999dd"));
    const QUuid session = QUuid::createUuidV5(kNamespace, m_sessionKey);
    return QUuid::createUuidV5(session, what).toString(QUuid::WithoutBraces);
}

QString decimal(double value)
{
    QString text = QString::number(value, 'f', 4);
    while (text.contains(QLatin1Char('.')) &&
           (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString dateTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return {};
    return t.toString(Qt::ISODate);
}

} // namespace nwk::qdpx
