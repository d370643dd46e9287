// SPDX-License-Identifier: GPL-3.0-or-later
// Every malformed file under tests/data/invalid/ is refused with a located message.
// The manifest expected.tsv lists "file name<TAB>substring expected in some diagnostic".
#include <catch2/catch.hpp>

#include "nwk/core/sessionio.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QString>

using namespace nwk;

namespace {

struct Expectation {
    QString file;
    QString fragment;
};

std::vector<Expectation> manifest()
{
    QFile f(QStringLiteral(NWK_TEST_DATA "/invalid/expected.tsv"));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    std::vector<Expectation> out;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        REQUIRE(tab > 0);
        out.push_back({line.left(tab), line.mid(tab + 1)});
    }
    return out;
}

QString joined(const Diagnostics &diagnostics)
{
    QStringList all;
    for (const Diagnostic &d : diagnostics)
        all << d.toString();
    return all.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("every file of the invalid corpus is refused with the expected message", "[io][corpus]")
{
    const auto entries = manifest();
    REQUIRE(entries.size() >= 40);
    for (const Expectation &e : entries) {
        INFO("file: " << e.file.toStdString());
        INFO("expected: " << e.fragment.toStdString());
        const SessionReadResult r =
            readSessionFile(QStringLiteral(NWK_TEST_DATA "/invalid/") + e.file);
        INFO("got:\n" << joined(r.diagnostics).toStdString());
        CHECK_FALSE(r.session.has_value());
        CHECK(hasErrors(r.diagnostics));
        CHECK(r.diagnostics.size() <= 101);
        const bool found =
            std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                        [&](const Diagnostic &d) { return d.toString().contains(e.fragment); });
        CHECK(found);
    }
}

TEST_CASE("the manifest and the corpus folder list the same files", "[io][corpus]")
{
    QSet<QString> listed;
    for (const Expectation &e : manifest())
        listed.insert(e.file);
    const QStringList present = QDir(QStringLiteral(NWK_TEST_DATA "/invalid"))
                                    .entryList({QStringLiteral("*.nwk")}, QDir::Files);
    for (const QString &name : present) {
        INFO(name.toStdString());
        CHECK(listed.contains(name));
    }
    CHECK(listed.size() == present.size());
}

TEST_CASE("syntax errors carry line and column, other errors a path", "[io][corpus]")
{
    SECTION("syntax error in the middle of a line")
    {
        const auto r = parseSession(
            QByteArrayLiteral("{\n  \"format\": \"netwerkkaart-session\",\n  \"x\": tru\n}"));
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].line == 3);
        CHECK(r.diagnostics[0].column == 11); // the line break that ended "tru"
        CHECK(r.diagnostics[0].path.isEmpty());
    }
    SECTION("columns count characters, not bytes")
    {
        const auto r = parseSession(QStringLiteral("{\"é€😀\": x}").toUtf8());
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].line == 1);
        CHECK(r.diagnostics[0].column == 9); // the x
    }
    SECTION("a model error has a JSON pointer and no line")
    {
        const auto r =
            readSessionFile(QStringLiteral(NWK_TEST_DATA "/invalid/distance-above-one.nwk"));
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].path == QStringLiteral("/partners/0/placement/distance"));
        CHECK(r.diagnostics[0].line == 0);
        CHECK(r.diagnostics[0].toString() ==
              QStringLiteral("/partners/0/placement/distance: 1.7 is outside 0..1"));
    }
}

TEST_CASE("deeply nested input is refused before it is parsed", "[io][corpus]")
{
    for (const char open : {'[', '{'}) {
        QByteArray bytes(1000000, open);
        if (open == '{')
            bytes = QByteArray("{\"a\":").repeated(200000);
        const auto r = parseSession(bytes);
        CHECK_FALSE(r.session);
        REQUIRE_FALSE(r.diagnostics.empty());
        CHECK(r.diagnostics[0].message.contains(QStringLiteral("nested deeper than 200")));
    }
    // Exactly 200 levels parse as JSON (and then fail as a session for another reason).
    QByteArray ok =
        QByteArray("{\"format\": \"netwerkkaart-session\", \"schemaVersion\": 2, \"x\": ");
    ok += QByteArray(199, '[') + QByteArray(199, ']') + "}";
    const auto r = parseSession(ok);
    CHECK(r.session.has_value());
}

TEST_CASE("random bytes and truncations never crash the reader", "[io][corpus]")
{
    QFile f(QStringLiteral(NWK_TEST_DATA "/golden/full.nwk"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray full = f.readAll();
    // Every prefix of a valid file either fails cleanly or (the whole file) succeeds.
    for (qsizetype n = 0; n < full.size(); n += 7) {
        const auto r = parseSession(full.left(n));
        CHECK_FALSE(r.session);
        CHECK(hasErrors(r.diagnostics));
    }
    CHECK(parseSession(full).session.has_value());
    // Single-byte corruptions: must not crash; an unchanged parse result is fine.
    quint32 seed = 12345;
    for (int i = 0; i < 300; ++i) {
        seed = seed * 1664525u + 1013904223u;
        QByteArray copy = full;
        copy[static_cast<qsizetype>(seed % static_cast<quint32>(copy.size()))] =
            static_cast<char>((seed >> 8) & 0xFF);
        const auto r = parseSession(copy);
        CHECK(r.session.has_value() != hasErrors(r.diagnostics));
    }
}
