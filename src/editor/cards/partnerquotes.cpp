// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwk/editor/cards/partnerquotes.h"

#include "nwk/editor/sessionclock.h"
#include "nwk/editor/sessiondocument.h"

namespace nwk {

QString speakerLabel(const Session &session, const QString &participantId)
{
    const Participant *p = session.participant(participantId);
    if (!p)
        return {};
    return p->role.isEmpty() ? p->code : p->role;
}

QString quoteDisplayText(const Session &session, const Quote &quote)
{
    QString text = QStringLiteral("\u201c%1\u201d").arg(quote.text);
    const QString speaker = speakerLabel(session, quote.participantId);
    if (!speaker.isEmpty())
        text += QStringLiteral(" (%1)").arg(speaker);
    return text;
}

std::vector<PartnerMention> quotesForPartner(const Session &session, const QString &partnerId)
{
    std::vector<PartnerMention> result;
    if (partnerId.isEmpty())
        return result;
    for (const CardProgress &card : session.cards) {
        auto mention = [&card](PartnerMention::Kind kind, const QString &questionId,
                               const QString &text, qint64 atMs) {
            PartnerMention m;
            m.kind = kind;
            m.cardId = card.cardId;
            m.questionId = questionId;
            m.text = text;
            m.atMs = atMs;
            return m;
        };
        for (const QuestionNote &note : card.notes)
            if (note.partnerIds.contains(partnerId) && !note.text.isEmpty())
                result.push_back(
                    mention(PartnerMention::Kind::Note, note.questionId, note.text, note.atMs));
        for (const Quote &quote : card.quotes) {
            if (!quote.partnerIds.contains(partnerId))
                continue;
            PartnerMention m =
                mention(PartnerMention::Kind::Quote, quote.questionId, quote.text, quote.atMs);
            m.quoteId = quote.id;
            m.speaker = speakerLabel(session, quote.participantId);
            result.push_back(m);
        }
    }
    return result;
}

PartnerQuotesList::PartnerQuotesList(SessionDocument *document, QWidget *parent)
    : QListWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("partnerQuotesList"));
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(document, &SessionDocument::cardsChanged, this, &PartnerQuotesList::refresh);
    onChange(document, {ChangeKind::Participant}, this, [this] { refresh(); });
    connect(document, &SessionDocument::sessionReset, this, &PartnerQuotesList::refresh);
    refresh();
}

void PartnerQuotesList::setPartner(const QString &partnerId)
{
    m_partnerId = partnerId;
    refresh();
}

void PartnerQuotesList::refresh()
{
    clear();
    for (const PartnerMention &m : quotesForPartner(m_document->session(), m_partnerId)) {
        QString text;
        if (m.kind == PartnerMention::Kind::Quote) {
            text = QStringLiteral("\u201c%1\u201d").arg(m.text);
            if (!m.speaker.isEmpty())
                text += QStringLiteral(" (%1)").arg(m.speaker);
        } else {
            text = tr("Note: %1").arg(m.text);
        }
        if (m.atMs >= 0)
            text += QStringLiteral("  [%1]").arg(SessionClock::format(m.atMs));
        auto *item = new QListWidgetItem(text, this);
        item->setToolTip(tr("Card %1, question %2").arg(m.cardId, m.questionId));
    }
    if (count() == 0 && !m_partnerId.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No quotes or notes linked yet."), this);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace nwk
