// SPDX-License-Identifier: GPL-3.0-or-later
// What the group said about a partner: the quotes and question notes linked to it
// (Quote::partnerIds, QuestionNote::partnerIds), for the partner's properties.
#pragma once

#include "nwk/core/session.h"

#include <QListWidget>
#include <QString>

#include <vector>

namespace nwk {

class SessionDocument;

struct PartnerMention {
    enum class Kind { Quote, Note };
    Kind kind = Kind::Quote;
    QString cardId;
    QString questionId;
    QString quoteId;  ///< quotes only
    QString text;     ///< the quote or the note
    QString speaker;  ///< the participant's role (or code) for quotes; may be empty
    qint64 atMs = -1; ///< session clock
};

/// The participant as the study's reports name a speaker: the role ("zorgcoördinator"),
/// else the code ("P2"), else empty.
QString speakerLabel(const Session &session, const QString &participantId);
/// A quote as the reports show it: “text” (role).
QString quoteDisplayText(const Session &session, const Quote &quote);

/// Every quote and note linked to `partnerId`, in card order.
std::vector<PartnerMention> quotesForPartner(const Session &session, const QString &partnerId);

/// A read-only list of quotesForPartner() that follows the document; the partner
/// properties dock can embed it and call setPartner() when the selection changes.
class PartnerQuotesList : public QListWidget {
    Q_OBJECT

public:
    explicit PartnerQuotesList(SessionDocument *document, QWidget *parent = nullptr);
    void setPartner(const QString &partnerId);
    QString partnerId() const { return m_partnerId; }

private:
    void refresh();

    SessionDocument *m_document;
    QString m_partnerId;
};

} // namespace nwk
