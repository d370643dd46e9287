// SPDX-License-Identifier: GPL-3.0-or-later
// Internals of the findings report (report_*.cpp). Not installed.
#pragma once

#include "nwk/render/report.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace nwk::report {

/// Fixed texts of the report; report_text.cpp holds the Dutch and English wording.
enum class Text {
    DocumentTitle,
    Generated,
    Profile,
    School,
    Level,
    SchoolType,
    Umbrella,
    Location,
    Date,
    StartTime,
    Facilitators,
    Context,
    Participants,
    ParticipantsCount,
    Code,
    Role,
    RoleGroup,
    Present,
    Joined,
    Left,
    FromStart,
    NoPartnersRecorded,
    SectionsCovered,
    SectionsNotCovered,
    Memos,
    MapFigure,
    NotCovered,
    NoNotes,
    General,
    CardNotDiscussed,
    AboutPartners,
    Unknown,
    PartnersByCategory,
    PartnersIntro,
    NoCategory,
    Unplaced,
    Partner,
    Ring,
    Distance,
    Marks,
    NamedBy,
    Notes,
    Priority,
    PriorityIntro,
    NoPriority,
    MarkedBy,
    DistanceHeading,
    DistanceIntro,
    Missing,
    NoMissing,
    Status,
    MentionedBy,
    Category,
    AlsoIn,
    Groups,
    Members,
    OtherCards,
    Metaphors,
    NoMetaphors,
    Closing,
    NoAnswer,
    MemberCheck,
    MemberCheckIntro,
    MemberCheckReport,
    Annotations,
    NoAnnotations,
    Target,
    Codes,
    Memo,
    Author,
    Created,
    Page,
    TargetSession,
    TargetPartner,
    TargetLink,
    TargetMissing,
    TargetCardNote,
    TargetQuote,
    TargetGroup,
    MemoAtmosphere,
    MemoDisturbance,
    MemoEmotion,
    MemoOther,
    TextCut,
    // Schema 3.
    DistanceNotDiscussed,
    OnSchool,
    InSchool,
    PlacedOtherwise,
    Formerly,
    InferredPriority,
    Votes,
    NeutralZone,
    InferredIntro,
    // Annotations on every voice (#23).
    TargetMetaphor,
    TargetClosingAnswer,
    TargetMemo,
    InferredPriorityCode,
    // What was not recorded, each in its own words (#23).
    SectionNotRecorded,
    SectionLeftOut,
    SectionNoNotes,
    CardNotRecorded,
    CardLeftOut,
    QuestionNotDiscussed,
    QuestionNotRecorded,
    QuestionLeftOut,
    SectionsNotRecorded,
    SectionsLeftOut,
    SectionsNoNotes,
    Count
};

/// The text in the report's language ("en…" = English, else Dutch).
QString text(Text id, const QString &language);

/// The member-check questions from protocol-nl.md (Bijlage 3, 2.3) for decks that
/// carry none.
QStringList fallbackMemberCheckQuestions(const QString &language);

/// Everything the HTML builder needs; `forPdf` = QTextDocument-friendly HTML
/// (no inline SVG, simpler CSS).
struct Context {
    /// The session as the report shows it: sessionForExport() (anonymise.h), so that
    /// every text in it is already without real names when anonymising.
    const Session &s;
    const Deck &deck;
    const ReportOptions &o;
    RenderOptions names; ///< language and anonymisation for the shared display names
    bool forPdf = false;
    /// forPdf: HTML put where the HTML report has the map figure (the ODT's picture);
    /// empty = none (the PDF draws the map on page 1).
    QString figureHtml;

    QString t(Text id) const { return text(id, o.language); }
    /// Escaped, line breaks kept.
    QString html(const QString &freeText) const;
    /// A participant's role only (never the code); "(onbekend)" when unknown.
    QString role(const QString &participantId) const;
    QString partnerName(const QString &partnerId) const;
};

Context makeContext(const Session &s, const Deck &deck, const ReportOptions &o, bool forPdf);

/// HTML-escaped text without bidi controls (isBidiControl()).
QString esc(const QString &s);
/// The session's progress on a card; nullptr when it has none.
const CardProgress *progressOf(const Session &s, const QString &cardId);
/// What the report can say of a card, or of a report section from its cards
/// (report_cards.cpp): notes or quotes were recorded; the card was done without notes;
/// not discussed, not recorded, left out (the researcher's mark, SectionState, which
/// comes first; a card the facilitators skipped is not discussed); nothing known ("no
/// notes were recorded", never "not discussed").
enum class Record { Recorded, Done, NotDiscussed, NotRecorded, LeftOut, NoNotes };
Record recordOf(const CardProgress *p);
/// The record of a report section: Recorded when a card was recorded or done, else the
/// one record all its cards share, else NoNotes.
Record sectionRecord(const Session &s, const std::vector<const DeckCard *> &cards);
/// A report section of the deck with its cards (report_cards.cpp).
QString sectionHtml(const Context &c, int number, const QString &id, const QString &title,
                    const std::vector<const DeckCard *> &cards);
/// One card: its notes and quotes by question, or what the report says instead.
QString cardHtml(const Context &c, const DeckCard *card, const QString &cardId,
                 std::optional<Record> saidAlready = std::nullopt);
/// A quote or metaphor: the text (in quotation marks when asked), then the speaker's role.
QString quoteHtml(const Context &c, const QString &quoteText, const QString &participantId,
                  bool addQuotationMarks, qint64 atMs = -1);

/// Parts of the report, in the order reportBody() puts them (report_profile.cpp).
QString profileHtml(const Context &c);
QString metaphorsHtml(const Context &c);
QString closingHtml(const Context &c);
QString memberCheckHtml(const Context &c);

// Schema 3 statements (report_statements.cpp).
/// The ring a placement is listed under (0 on or in the school); -1 when its distance was
/// not discussed: it is listed as such, never under a ring.
int ringOf(const Session &s, const Placement &p);
/// "dichtbij (0,20)", "afstand niet besproken", "op de school", ...
QString placementText(const Context &c, const Placement &p);
/// A participant as the report names who placed what: code and role; role only when
/// anonymising.
QString participantWho(const Context &c, const QString &participantId);
/// The partner's facts from schema 3 as escaped HTML: inferred priority, votes, the
/// participants' own placements, former placements.
QStringList statementFacts(const Context &c, const Partner &p);
/// Votes without names of a partner: voteCount plus role votes.
int statedVotes(const Partner &p);

/// The body of the report (everything inside <body>), sections in order.
QString reportBody(const Context &c);
/// Section "Actoreninventarisatie: wie?": the map's partners (report_actors.cpp).
QString actorsHtml(const Context &c);
/// A memo's kind in the report's language.
QString memoKindText(const Context &c, MemoKind k);
/// The researcher's annotations (report_annotations.cpp).
QString annotationsHtml(const Context &c);
/// A code's label as the report shows it: reserved codes (kInferredPriorityCodeId) in the
/// report's language, others as in the codebook (the id when it has no label).
QString codeLabel(const Context &c, const QString &codeId);
/// The map as SVG text without XML declaration, for inlining.
QString inlineMapSvg(const Session &s, const RenderOptions &o);
/// When anonymising and a person has no pseudonym: the refusal message naming the
/// file and each problem; else empty.
QString refuseAnonymised(const Session &s, const QString &fileName, const ReportOptions &o);

} // namespace nwk::report
