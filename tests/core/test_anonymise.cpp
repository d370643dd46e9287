// SPDX-License-Identifier: GPL-3.0-or-later
// Anonymised data exports: the real names of persons and of the school, put in every
// text member of the session (namedsession.h), appear in no GraphML or CSV output.
#include "namedsession.h"

#include "nwk/core/anonymise.h"
#include "nwk/core/dataexport.h"
#include "nwk/core/sessionio.h"

#include "csvparse.h"
#include "readfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <functional>

using namespace nwk;
using namespace nwk::testdata;

TEST_CASE("Anonymised free text: the longest name first, whole words, any case, the school too",
          "[anonymise]")
{
    const Session s = namedSession();
    CHECK(exportFreeText(s,
                         QStringLiteral("Xandra Quistwater, xandra en JUF QUISTWATER van "
                                        "sint-ygrainschool; Xandrakaas en Zebulon-Ykema, "
                                        "Zebulon Ykema."),
                         true) == QStringLiteral("Persoon-B, Persoon-A en Persoon-B van School-A; "
                                                 "Xandrakaas en Zebulon-Ykema, Persoon-C."));
    // An inserted pseudonym is not replaced again, even when it holds another name.
    Session tricky = s;
    tricky.partners[0].pseudonym = QStringLiteral("Meester Zebulon");
    CHECK(exportFreeText(tricky, QStringLiteral("Xandra"), true) ==
          QStringLiteral("Meester Zebulon"));
    CHECK(exportFreeText(s, QStringLiteral("Xandra"), false) == QStringLiteral("Xandra"));
    // A school without a pseudonym is "school" in free text.
    tricky.meta.schoolPseudonym.clear();
    CHECK(exportFreeText(tricky, QStringLiteral("Op de Sint-Ygrainschool."), true) ==
          QStringLiteral("Op de school."));
}

TEST_CASE("The session anonymised exports draw holds no real name in any text member",
          "[anonymise]")
{
    const Session s = namedSession();
    const QString all = QString::fromUtf8(serializeSession(s));
    REQUIRE(realNamesIn(all) == kRealNameParts); // the names are everywhere to be found

    const Session shown = sessionForExport(s, true);
    // Every member, as the session file writes it (ids are neutral in this session).
    const QString written = QString::fromUtf8(serializeSession(shown));
    INFO(written.toStdString());
    CHECK(realNamesIn(written).isEmpty());
    CHECK(shown.partners[0].label == QStringLiteral("Persoon-A"));
    CHECK(shown.partners[0].fullName.isEmpty());
    CHECK(shown.meta.schoolName == QStringLiteral("School-A"));
    CHECK(shown.meta.facilitators.isEmpty());
    CHECK(shown.links[0].label ==
          QStringLiteral("links.label: Persoon-B zei het aan Persoon-A en Persoon-B, Persoon-C "
                         "(Persoon-C) en Persoon-A van School-A; Persoon-A's School-A."));
    // The copy of a copy is the copy; without anonymising, the names stay.
    CHECK(sessionForExport(shown, true) == shown);
    CHECK(sessionForExport(s, false) == s);
}

TEST_CASE("Anonymised GraphML and every CSV table hold no real name", "[anonymise][dataexport]")
{
    const Session s = namedSession();
    const Deck deck = builtinDeck(QStringLiteral("nl"));
    DataExportOptions plain;
    plain.deck = &deck;
    DataExportOptions anonymised = plain;
    anonymised.anonymise = true;
    REQUIRE(anonymisationProblems(s).isEmpty());

    // Without anonymising, each output shows names: the grep below can find them.
    CHECK_FALSE(realNamesIn(QString::fromUtf8(graphmlDocument(s, plain))).isEmpty());
    for (CsvTable t : allCsvTables()) {
        INFO(csvTableName(t).toStdString());
        CHECK_FALSE(realNamesIn(QString::fromUtf8(csvTable(s, t, plain))).isEmpty());
    }

    const QString graphml = QString::fromUtf8(graphmlDocument(s, anonymised));
    INFO(graphml.toStdString());
    CHECK(realNamesIn(graphml).isEmpty());
    CHECK(graphml.contains(QStringLiteral("Persoon-B")));
    for (CsvTable t : allCsvTables()) {
        const QString csv = QString::fromUtf8(csvTable(s, t, anonymised));
        INFO(csvTableName(t).toStdString() << "\n" << csv.toStdString());
        CHECK(realNamesIn(csv).isEmpty());
    }

    // The files, as the exports write them.
    QTemporaryDir dir;
    REQUIRE(exportGraphml(s, dir.filePath(QStringLiteral("s.graphml")), anonymised).isEmpty());
    CHECK(realNamesIn(testdata::fileText(dir.filePath(QStringLiteral("s.graphml")))).isEmpty());
    QStringList written;
    REQUIRE(exportCsv(s, dir.path(), QStringLiteral("s"), anonymised, &written).isEmpty());
    REQUIRE(written.size() == static_cast<qsizetype>(allCsvTables().size()));
    for (const QString &file : std::as_const(written)) {
        INFO(file.toStdString());
        CHECK(realNamesIn(testdata::fileText(file)).isEmpty());
    }
}

TEST_CASE("Anonymising: a pseudonym of spaces is none, partners that are not persons keep "
          "their labels",
          "[anonymise][dataexport]")
{
    Session s = newSession();
    auto add = [&](const char *id, const char *label, PartnerKind kind, const char *pseudonym) {
        Partner p;
        p.id = QString::fromLatin1(id);
        p.label = QString::fromUtf8(label);
        p.kind = kind;
        p.pseudonym = QString::fromUtf8(pseudonym);
        s.partners.push_back(p);
    };
    add("pa1", "Juf Ann", PartnerKind::Person, "  ");
    add("pa2", "CLB", PartnerKind::Organisation, "");
    add("pa3", "Ouderraad", PartnerKind::Group, "");
    add("pa4", "Smartschool", PartnerKind::Platform, "");
    add("pa5", "De buurt", PartnerKind::Other, "");
    s.meta.schoolPseudonym = QStringLiteral("School-1"); // else refused for the ego id too

    const QString problem =
        QStringLiteral("partner 'Juf Ann' (pa1) is a person and has no pseudonym");
    CHECK(anonymisationProblems(s) == QStringList{problem});
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    DataExportOptions o;
    o.anonymise = true;
    CHECK(exportCsv(s, dir.path(), QStringLiteral("s"), o) ==
          QStringLiteral("cannot export anonymised: 1 person partner(s) have no pseudonym\n") +
              problem);
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());

    s.partners[0].pseudonym = QStringLiteral("Persoon-1");
    REQUIRE(anonymisationProblems(s).isEmpty());
    const testcsv::Parsed table = testcsv::parseCsv(csvTable(s, CsvTable::Partners, o));
    REQUIRE(table.error.isEmpty());
    REQUIRE(table.records.size() == 6);
    const qsizetype id = table.records[0].indexOf(QStringLiteral("alterID"));
    const qsizetype label = table.records[0].indexOf(QStringLiteral("label"));
    QStringList labels;
    for (std::size_t i = 1; i < table.records.size(); ++i)
        labels << table.records[i].at(id) + QLatin1Char('=') + table.records[i].at(label);
    CHECK(labels == QStringList{QStringLiteral("pa1=Persoon-1"), QStringLiteral("pa2=CLB"),
                                QStringLiteral("pa3=Ouderraad"), QStringLiteral("pa4=Smartschool"),
                                QStringLiteral("pa5=De buurt")});
}

TEST_CASE("No bidi control reaches GraphML or CSV", "[dataexport][bidi]")
{
    const QString controls = QStringLiteral("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068"
                                            "\u2069\u200E\u200F\u061C");
    const Session s = namedSession([&](const QString &field) {
        return QStringLiteral("\u202E") + field + controls + QStringLiteral(" gpj.exe");
    });
    const QString all = QString::fromUtf8(serializeSession(s));
    for (QChar c : controls)
        REQUIRE(all.contains(c)); // the session is full of them
    auto bidiIn = [&](const QString &text) {
        QString found;
        for (QChar c : text)
            if (controls.contains(c))
                found += QStringLiteral("U+%1 ").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        return found;
    };
    for (bool anonymise : {false, true}) {
        DataExportOptions o;
        o.anonymise = anonymise;
        INFO("anonymise " << anonymise);
        const QString graphml = QString::fromUtf8(graphmlDocument(s, o));
        CHECK(bidiIn(graphml).isEmpty());
        CHECK(graphml.contains(QStringLiteral("links.label gpj.exe")));
        for (CsvTable t : allCsvTables()) {
            INFO(csvTableName(t).toStdString());
            CHECK(bidiIn(QString::fromUtf8(csvTable(s, t, o))).isEmpty());
        }
        CHECK(QString::fromUtf8(csvTable(s, CsvTable::Links, o))
                  .contains(QStringLiteral("links.label gpj.exe")));
    }
}

TEST_CASE("The named session fills every text member of the model with names", "[anonymise]")
{
    // A guard for the tests above: every string of the session file that is not an id, a
    // reference, a colour, an enumeration value or a pseudonym holds a real name. A new
    // text member of the model appears here as an empty string until namedsession.h fills
    // it (and sessionForExport() then has to replace the names in it).
    static const QSet<QString> notText{QStringLiteral("id"),
                                       QStringLiteral("format"),
                                       QStringLiteral("from"),
                                       QStringLiteral("to"),
                                       QStringLiteral("category"),
                                       QStringLiteral("color"),
                                       QStringLiteral("marker"),
                                       QStringLiteral("kind"),
                                       QStringLiteral("formality"),
                                       QStringLiteral("scope"),
                                       QStringLiteral("direction"),
                                       QStringLiteral("valence"),
                                       QStringLiteral("status"),
                                       QStringLiteral("roleGroup"),
                                       QStringLiteral("language"),
                                       QStringLiteral("version"),
                                       QStringLiteral("cardId"),
                                       QStringLiteral("questionId"),
                                       QStringLiteral("participantId"),
                                       QStringLiteral("mentionedBy"),
                                       QStringLiteral("stepId"),
                                       QStringLiteral("targetKind"),
                                       QStringLiteral("targetId"),
                                       QStringLiteral("pseudonym"),
                                       QStringLiteral("schoolPseudonym"),
                                       QStringLiteral("change"),
                                       QStringLiteral("otherPartnerId"),
                                       QStringLiteral("partnerId"),
                                       QStringLiteral("referenceId"),
                                       QStringLiteral("relation")};
    static const QSet<QString> idLists{QStringLiteral("extraCategories"), QStringLiteral("namedBy"),
                                       QStringLiteral("marks"),           QStringLiteral("members"),
                                       QStringLiteral("partnerIds"),      QStringLiteral("codes"),
                                       QStringLiteral("consentedBy")};
    QStringList missing;
    std::function<void(const QJsonValue &, const QString &, const QString &)> walk =
        [&](const QJsonValue &v, const QString &key, const QString &path) {
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    walk(it.value(), it.key(), path + QLatin1Char('.') + it.key());
            } else if (v.isArray()) {
                if (idLists.contains(key))
                    return;
                const QJsonArray a = v.toArray();
                for (qsizetype i = 0; i < a.size(); ++i)
                    walk(a.at(i), key, path + QStringLiteral("[%1]").arg(i));
            } else if (v.isString() && !notText.contains(key) &&
                       realNamesIn(v.toString()).isEmpty()) {
                missing << path + QStringLiteral(" = \"") + v.toString() + QLatin1Char('"');
            }
        };
    const Session s = namedSession();
    walk(QJsonDocument::fromJson(serializeSession(s)).object(), QString(), QString());
    INFO(missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}
