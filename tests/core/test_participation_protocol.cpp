// SPDX-License-Identifier: GPL-3.0-or-later
// The participation protocol (docs/participation.md, "Messages"): each kind of message
// parsed, each refusal located, and the editor's messages as the phone reads them.
#include "nwk/core/participation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace nwk::participation;

namespace {

Refusal refusalOf(const QByteArray &bytes)
{
    const Parsed p = parseClientMessage(bytes);
    REQUIRE_FALSE(p.message.has_value());
    return p.refusal;
}

template <typename T> T parsedAs(const QByteArray &bytes)
{
    const Parsed p = parseClientMessage(bytes);
    INFO(p.refusal.message.toStdString());
    REQUIRE(p.message.has_value());
    REQUIRE(std::holds_alternative<T>(*p.message));
    return std::get<T>(*p.message);
}

QJsonObject written(const ServerMessage &m)
{
    return QJsonDocument::fromJson(writeServerMessage(m)).object();
}

} // namespace

TEST_CASE("participation protocol: every phone message is read with its fields", "[participation]")
{
    CHECK(parsedAs<Hello>(R"({"t":"hello","device":"phone_0001"})").device == "phone_0001");
    CHECK(parsedAs<Iam>(R"({"t":"iam","participant":"pp1"})").participant == "pp1");
    CHECK(parsedAs<IamNew>(R"({"t":"iamNew","role":"  zorg   coördinator "})").role ==
          QStringLiteral("zorg coördinator"));
    const auto name = parsedAs<PartnerName>(
        R"({"t":"partner","cid":"c-1","label":" CLB (Leuven) ","category":"","extra":1})");
    CHECK(name.cid == "c-1");
    CHECK(name.label == "CLB (Leuven)");
    CHECK(name.category.isEmpty());
    const auto tick = parsedAs<Tick>(R"({"t":"tick","cid":"t1","partner":"pa3","on":false})");
    CHECK(tick.partner == "pa3");
    CHECK_FALSE(tick.on);
    const auto place =
        parsedAs<Place>(R"({"t":"place","cid":"x","partner":"pa3","category":"zorg","ring":2})");
    CHECK(place.ring == 2);
    CHECK(place.category == "zorg");
    parsedAs<Ping>(R"({"t":"ping"})");
}

TEST_CASE("participation protocol: each refusal names the problem and where", "[participation]")
{
    using Case = std::pair<const char *, const char *>;
    const Case cases[] = {
        {R"([1,2])", "$: expected an object, found an array"},
        {R"({"t":"hello","device":"ph)", "$: not JSON"},
        {R"({"device":"phone_0001"})", "$.t: missing"},
        {R"({"t":5})", "$.t: expected a string, found a number"},
        {R"({"t":"shout"})", "$.t: unknown message type \"shout\""},
        {R"({"t":"hello","device":"short"})", "$.device: expected 8 to 64 characters, found 5"},
        {R"({"t":"hello","device":"phone 0001"})", "$.device: only letters A-Z"},
        {R"({"t":"iam","participant":""})", "$.participant: expected an id of 1 to 64"},
        {R"({"t":"iam","participant":"p p"})", "$.participant: an id has no spaces"},
        {R"({"t":"iamNew","role":"   "})", "$.role: empty"},
        {R"({"t":"partner","label":"CLB","category":""})", "$.cid: missing"},
        {R"({"t":"partner","cid":"","label":"CLB","category":""})",
         "$.cid: expected 1 to 64 characters, found 0"},
        {R"({"t":"partner","cid":"c1","label":"a\u0007b","category":""})",
         "$.label: holds a control character"},
        {R"({"t":"partner","cid":"c1","label":["CLB"],"category":""})",
         "$.label: expected a string, found an array"},
        {R"({"t":"partner","cid":"c1","label":"CLB"})", "$.category: missing"},
        {R"({"t":"tick","cid":"c1","partner":"pa1","on":"yes"})",
         "$.on: expected true or false, found a string"},
        {R"({"t":"place","cid":"c1","partner":"pa1","category":"z","ring":1.5})",
         "$.ring: expected a whole number, found a number"},
        {R"({"t":"place","cid":"c1","partner":"pa1","category":"z","ring":0})",
         "$.ring: expected a ring from 1 to 20"},
    };
    for (const auto &[text, message] : cases) {
        INFO(text);
        const Refusal r = refusalOf(text);
        CHECK(r.code == "invalid");
        CHECK(r.message.startsWith(QString::fromUtf8(message)));
    }
}

TEST_CASE("participation protocol: bidirectional controls are dropped from labels and roles",
          "[participation]")
{
    // "CLB" with a right-to-left override, an isolate and a mark around it.
    const auto name = parsedAs<PartnerName>(
        R"({"t":"partner","cid":"c1","label":"\u202eC\u2067L\u2069B\u200f gent\u202c","category":""})");
    CHECK(name.label == QStringLiteral("CLB gent"));
    const auto who = parsedAs<IamNew>(R"({"t":"iamNew","role":"\u202adirecteur\u061c\u200e"})");
    CHECK(who.role == QStringLiteral("directeur"));
    const Refusal onlyControls =
        refusalOf(R"({"t":"partner","cid":"c2","label":"\u202e\u2066 \u2069","category":""})");
    CHECK(onlyControls.message.startsWith(QStringLiteral("$.label: empty")));
    // Right-to-left text itself stays.
    CHECK(parsedAs<IamNew>(R"({"t":"iamNew","role":"\u05de\u05d5\u05e8\u05d4"})").role ==
          QStringLiteral("\u05de\u05d5\u05e8\u05d4"));
}

TEST_CASE("participation protocol: a label longer than 80 characters is refused with its cid",
          "[participation]")
{
    const QByteArray label(81, 'x');
    const Refusal r =
        refusalOf(R"({"t":"partner","cid":"c7","category":"","label":")" + label + R"("})");
    CHECK(r.message == "$.label: longer than 80 characters");
    CHECK(r.cid == "c7");
    // 80 characters of two bytes each are fine: characters, not bytes.
    QString eighty(80, QChar(0xE9));
    CHECK(parsedAs<PartnerName>(R"({"t":"partner","cid":"c8","category":"","label":")" +
                                eighty.toUtf8() + R"("})")
              .label.size() == 80);
}

TEST_CASE("participation protocol: invalid UTF-8 and oversize messages are refused",
          "[participation]")
{
    const Refusal bad = refusalOf(QByteArray("{\"t\":\"iamNew\",\"role\":\"a\xC0\xAF\"}"));
    CHECK(bad.code == "invalid");
    CHECK(bad.message == "$: not valid UTF-8 (byte 24)");
    CHECK(refusalOf(QByteArray("{\"t\":\"iamNew\",\"role\":\"\xED\xA0\x80\"}")).message ==
          "$: not valid UTF-8 (byte 23)"); // a surrogate
    QByteArray big = R"({"t":"ping","pad":")" + QByteArray(4096, 'a') + R"("})";
    const Refusal large = refusalOf(big);
    CHECK(large.code == "too-large");
    CHECK(large.message.startsWith("$: 4117 bytes, more than the 4096"));
}

TEST_CASE("participation protocol: the editor's messages as the phone reads them",
          "[participation]")
{
    Welcome w;
    w.view.language = "nl";
    w.view.participants = {{"pp1", "P1", "zorgcoördinator"}};
    w.view.categories = {{"zorg", "Zorg", "#aa0000"}};
    w.view.rings = 3;
    w.view.partners = {{"pa1", "CLB", "zorg"}};
    w.participant = "pp1";
    w.proposals = {{"c1", "accepted", "pa1"}};
    w.ticks = {"pa1"};
    const QJsonObject o = written(w);
    CHECK(o.value("t") == "welcome");
    CHECK(o.value("lang") == "nl");
    CHECK(o.value("round") == "names");
    CHECK(o.value("participants").toArray().at(0).toObject().value("role") ==
          QStringLiteral("zorgcoördinator"));
    CHECK(o.value("categories").toArray().at(0).toObject().value("color") == "#aa0000");
    CHECK(o.value("rings") == 3);
    CHECK(o.value("partners").toArray().at(0).toObject().value("label") == "CLB");
    CHECK(o.value("you").toObject().value("participant") == "pp1");
    CHECK(o.value("you").toObject().value("pending") == false);
    CHECK(o.value("proposals").toArray().at(0).toObject().value("state") == "accepted");
    CHECK(o.value("ticks").toArray().at(0) == "pa1");

    CHECK(writeServerMessage(ProposalState{"c1", "merged", "pa1"}) ==
          R"({"cid":"c1","partner":"pa1","state":"merged","t":"state"})");
    CHECK(written(Refusal{"rate", "slow down", "c9"}).value("cid") == "c9");
    CHECK_FALSE(written(Refusal{"invalid", "$: not JSON", {}}).contains("cid"));
    CHECK(writeServerMessage(Removed{}) == R"({"t":"removed"})");
    CHECK(writeServerMessage(Pong{}) == R"({"t":"pong"})");
}
