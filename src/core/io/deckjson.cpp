// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation-card deck file (see docs/file-format.md, "Deck files").
#include "nwk/core/sessionio.h"

#include "io/jsonutil.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initDeckResources()
{
    Q_INIT_RESOURCE(decks);
}

namespace nwk {

using io::Json;

namespace {

constexpr int kDeckSchemaVersion = 1;

void readQuestion(io::ObjectReader &r, DeckQuestion &q)
{
    r.text("id", q.id);
    r.text("text", q.text, io::kLongText);
    r.warnUnknown();
}

void readQuestionGroup(io::ObjectReader &r, DeckQuestionGroup &g)
{
    r.text("heading", g.heading);
    r.objects("questions", g.questions, readQuestion);
    r.warnUnknown();
}

void readCard(io::ObjectReader &r, DeckCard &c)
{
    r.text("id", c.id);
    r.integer("phase", c.phase);
    r.text("theme", c.theme);
    r.textList("explanation", c.explanation, io::kLongText);
    r.objects("mainQuestions", c.mainQuestions, readQuestion);
    r.objects("subquestions", c.subquestions, readQuestionGroup);
    r.text("reportSection", c.reportSection);
    r.warnUnknown();
}

void readStep(io::ObjectReader &r, DeckProtocolStep &s)
{
    r.text("id", s.id);
    r.text("text", s.text, io::kLongText);
    r.textList("details", s.details, io::kLongText);
    r.warnUnknown();
}

void readSection(io::ObjectReader &r, DeckReportSection &s)
{
    r.text("id", s.id);
    r.text("title", s.title);
    r.warnUnknown();
}

/// Ids: non-empty and unique within `seen` (shared across collections when given one map).
void checkId(io::Problems &p, const QString &id, const std::string &path,
             QHash<QString, QString> &seen)
{
    if (id.isEmpty()) {
        p.error(path, QStringLiteral("empty id"));
        return;
    }
    const auto it = seen.constFind(id);
    if (it != seen.cend()) {
        p.error(path, QStringLiteral("duplicate id \"%1\" (also used at %2)").arg(id, *it));
        return;
    }
    seen.insert(id, io::qs(path));
}

void validateDeck(const Deck &d, io::Problems &p)
{
    using io::childPath;
    if (d.id.isEmpty())
        p.error("/id", QStringLiteral("empty id"));
    if (d.cards.empty())
        p.error("/cards", QStringLiteral("a deck needs at least one card"));

    QHash<QString, QString> sections;
    for (std::size_t i = 0; i < d.reportSections.size(); ++i)
        checkId(p, d.reportSections[i].id, childPath(childPath("/reportSections", i), "id"),
                sections);
    QHash<QString, QString> steps;
    for (std::size_t i = 0; i < d.protocolSteps.size(); ++i)
        checkId(p, d.protocolSteps[i].id, childPath(childPath("/protocolSteps", i), "id"), steps);

    QHash<QString, QString> cards;
    QHash<QString, QString> questions; // every question id of the deck
    auto checkQuestions = [&](const std::vector<DeckQuestion> &list, const std::string &base) {
        for (std::size_t j = 0; j < list.size(); ++j)
            checkId(p, list[j].id, childPath(childPath(base, j), "id"), questions);
    };
    for (std::size_t i = 0; i < d.cards.size(); ++i) {
        const DeckCard &c = d.cards[i];
        const std::string base = childPath("/cards", i);
        checkId(p, c.id, childPath(base, "id"), cards);
        if (c.phase < 1 || c.phase > 3)
            p.error(childPath(base, "phase"), QStringLiteral("%1 is outside 1..3").arg(c.phase));
        if (c.theme.trimmed().isEmpty())
            p.error(childPath(base, "theme"), QStringLiteral("empty theme"));
        checkQuestions(c.mainQuestions, childPath(base, "mainQuestions"));
        for (std::size_t g = 0; g < c.subquestions.size(); ++g)
            checkQuestions(c.subquestions[g].questions,
                           childPath(childPath(childPath(base, "subquestions"), g), "questions"));
        if (!c.reportSection.isEmpty() && !sections.contains(c.reportSection))
            p.error(childPath(base, "reportSection"),
                    QStringLiteral("unknown report section \"%1\"").arg(c.reportSection));
    }
    checkQuestions(d.closingQuestions, "/closingQuestions");
    checkQuestions(d.memberCheckQuestions, "/memberCheckQuestions");
}

std::optional<Deck> deckFromJson(const Json &doc, io::Problems &p)
{
    const int errorsBefore = p.errorCount();
    io::ObjectReader r(p, doc, std::string());
    if (const Json *format = r.required("format")) {
        if (!format->is_string() || format->get_ref<const std::string &>() != kDeckFormatName) {
            const QString found =
                format->is_string()
                    ? QStringLiteral("\"%1\"").arg(io::qs(format->get<std::string>()).left(200))
                    : io::describeType(*format);
            p.error("/format", QStringLiteral("expected \"%1\", found %2; this is not a deck file")
                                   .arg(QLatin1String(kDeckFormatName), found));
            return std::nullopt;
        }
    }
    qint64 version = 0;
    if (r.required("schemaVersion")) {
        r.integer("schemaVersion", version);
        if (version > kDeckSchemaVersion)
            p.error("/schemaVersion",
                    QStringLiteral("the deck was written by a newer version of Netwerkkaart "
                                   "(deck schema %1); this version reads up to %2")
                        .arg(version)
                        .arg(kDeckSchemaVersion));
        else if (version < 1 && p.errorCount() == errorsBefore)
            p.error("/schemaVersion", QStringLiteral("unknown schema version %1").arg(version));
    }
    if (p.errorCount() > errorsBefore)
        return std::nullopt;

    Deck d;
    r.required("id");
    r.text("id", d.id);
    r.text("version", d.version);
    r.text("language", d.language);
    r.text("title", d.title);
    r.textList("phaseTitles", d.phaseTitles);
    r.required("cards");
    r.objects("cards", d.cards, readCard);
    r.objects("protocolSteps", d.protocolSteps, readStep);
    r.textList("flap1Instructions", d.flap1Instructions, io::kLongText);
    r.objects("closingQuestions", d.closingQuestions, readQuestion);
    r.objects("memberCheckQuestions", d.memberCheckQuestions, readQuestion);
    r.objects("reportSections", d.reportSections, readSection);
    r.warnUnknown();
    if (p.errorCount() > errorsBefore)
        return std::nullopt;
    validateDeck(d, p);
    if (p.errorCount() > errorsBefore)
        return std::nullopt;
    return d;
}

Json strings(const QStringList &list)
{
    Json a = Json::array();
    for (const QString &s : list)
        a.push_back(io::ss(s));
    return a;
}

Json questions(const std::vector<DeckQuestion> &list)
{
    Json a = Json::array();
    for (const DeckQuestion &q : list)
        a.push_back(Json{{"id", io::ss(q.id)}, {"text", io::ss(q.text)}});
    return a;
}

} // namespace

DeckReadResult parseDeck(const QByteArray &bytes)
{
    return io::parseJsonDocument(bytes, &DeckReadResult::deck, deckFromJson);
}

DeckReadResult readDeckFile(const QString &fileName)
{
    return io::readInputFileWith(fileName, parseDeck);
}

QByteArray serializeDeck(const Deck &d)
{
    Json doc = io::fileHeader(kDeckFormatName, kDeckSchemaVersion);
    doc["id"] = io::ss(d.id);
    doc["version"] = io::ss(d.version);
    doc["language"] = io::ss(d.language);
    doc["title"] = io::ss(d.title);
    doc["phaseTitles"] = strings(d.phaseTitles);
    Json cards = Json::array();
    for (const DeckCard &c : d.cards) {
        Json card = Json::object();
        card["id"] = io::ss(c.id);
        card["phase"] = c.phase;
        card["theme"] = io::ss(c.theme);
        card["explanation"] = strings(c.explanation);
        card["mainQuestions"] = questions(c.mainQuestions);
        Json groups = Json::array();
        for (const DeckQuestionGroup &g : c.subquestions)
            groups.push_back(
                Json{{"heading", io::ss(g.heading)}, {"questions", questions(g.questions)}});
        card["subquestions"] = std::move(groups);
        card["reportSection"] = io::ss(c.reportSection);
        cards.push_back(std::move(card));
    }
    doc["cards"] = std::move(cards);
    Json steps = Json::array();
    for (const DeckProtocolStep &s : d.protocolSteps)
        steps.push_back(
            Json{{"id", io::ss(s.id)}, {"text", io::ss(s.text)}, {"details", strings(s.details)}});
    doc["protocolSteps"] = std::move(steps);
    doc["flap1Instructions"] = strings(d.flap1Instructions);
    doc["closingQuestions"] = questions(d.closingQuestions);
    doc["memberCheckQuestions"] = questions(d.memberCheckQuestions);
    Json sections = Json::array();
    for (const DeckReportSection &s : d.reportSections)
        sections.push_back(Json{{"id", io::ss(s.id)}, {"title", io::ss(s.title)}});
    doc["reportSections"] = std::move(sections);
    return io::dumpCanonical(doc);
}

Deck builtinDeck(const QString &language)
{
    static std::once_flag resources;
    std::call_once(resources, initDeckResources);
    static std::mutex mutex;
    static std::map<QString, Deck> cache;

    const std::lock_guard<std::mutex> lock(mutex);
    auto load = [](const QString &lang) -> std::optional<Deck> {
        if (auto it = cache.find(lang); it != cache.end())
            return it->second;
        const DeckReadResult r =
            readDeckFile(QStringLiteral(":/decks/sono-collectief-leren.%1.json").arg(lang));
        if (r.deck)
            cache.emplace(lang, *r.deck);
        return r.deck;
    };
    const bool plain = !language.isEmpty() &&
                       std::all_of(language.begin(), language.end(),
                                   [](QChar ch) { return ch.isLetter() && ch.unicode() < 128; });
    if (plain) {
        if (auto d = load(language))
            return *d;
    }
    if (auto d = load(QStringLiteral("nl")))
        return *d;
    return Deck{};
}

} // namespace nwk
