// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitest.h"

#include "nwk/core/geometry.h"
#include "nwk/core/sessionio.h"

#include <QFile>
#include <QImage>
#include <QProcess>

#include <cstdlib>

namespace nwk::clitest {

namespace {

CliResult runProcess(const QStringList &arguments, const QProcessEnvironment &env,
                     const QByteArray *input)
{
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NWK_CLI_PATH), arguments);
    if (input) {
        process.write(*input);
        process.closeWriteChannel();
    }
    // Generous: only a hang would take this long.
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("did not finish: ") + process.errorString();
        return result;
    }
    result.normalExit = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

CliResult runCli(const QStringList &arguments, const QProcessEnvironment &env)
{
    return runProcess(arguments, env, nullptr);
}

CliResult runCliWithInput(const QStringList &arguments, const QByteArray &input)
{
    return runProcess(arguments, QProcessEnvironment::systemEnvironment(), &input);
}

QStringList linesStartingWith(const QString &text, const QString &prefix)
{
    QStringList lines;
    for (const auto &line : text.split(QLatin1Char('\n')))
        if (line.startsWith(prefix))
            lines << line;
    return lines;
}

bool writeText(const QString &fileName, const QByteArray &text)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

Session sampleSession()
{
    Session s = newSession();
    s.meta.schoolName = QStringLiteral("Sint-Jozefschool");
    s.meta.schoolPseudonym = QStringLiteral("School-A");
    s.meta.level = QStringLiteral("basisonderwijs");
    s.meta.date = QStringLiteral("2019-03-14");

    auto participant = [&](const char *id, const char *code, const char *role, RoleGroup g) {
        Participant p;
        p.id = QString::fromUtf8(id);
        p.code = QString::fromUtf8(code);
        p.role = QString::fromUtf8(role);
        p.roleGroup = g;
        s.participants.push_back(p);
    };
    participant("pp1", "P1", "leerkracht", RoleGroup::Teacher);
    participant("pp2", "P2", "zorgcoördinator", RoleGroup::Care);
    participant("pp3", "P3", "directeur", RoleGroup::Management);

    // Each placed partner sits in its own category's sector.
    const MapGeometry g = MapGeometry::forSession(s);
    auto partner = [&](const char *id, const char *label, const char *category, double distance,
                       bool placed = true) -> Partner & {
        Partner p;
        p.id = QString::fromUtf8(id);
        p.label = QString::fromUtf8(label);
        p.category = QString::fromUtf8(category);
        if (placed)
            p.placement = Placement{distance, g.sectorMid(s.categoryIndex(p.category))};
        s.partners.push_back(p);
        return s.partners.back();
    };
    partner("pa1", "CLB", "zorg", 0.1).marks = {QStringLiteral("pp1"), QStringLiteral("pp2")};
    partner("pa2", "Hogeschool", "professionalisering", 0.5);
    partner("pa3", "Ouderraad", "intern", 0.9);
    partner("pa4", "Logo", "zorg", 0.8);
    Partner &person = partner("pa5", "Janssens", "aanbod", 0.4);
    person.kind = PartnerKind::Person;
    person.pseudonym = QStringLiteral("Persoon-A");
    partner("pa6", "Stageplaatsen", "werk", 0.0, false);
    partner("pa7", "O&O", "onderzoek", 0.6);

    auto link = [&](const char *id, const QString &from, const QString &to, LinkKind kind) {
        Link l;
        l.id = QString::fromUtf8(id);
        l.from = from;
        l.to = to;
        l.kind = kind;
        s.links.push_back(l);
    };
    link("li1", kSchoolId, QStringLiteral("pa1"), LinkKind::Collaborates);
    link("li2", QStringLiteral("pa1"), QStringLiteral("pa4"), LinkKind::Collaborates);
    link("li3", QStringLiteral("pa3"), kSchoolId, LinkKind::PartOf);
    link("li4", QStringLiteral("pa2"), kSchoolId, LinkKind::Funds);

    MissingPartner m1;
    m1.id = QStringLiteral("mi1");
    m1.label = QStringLiteral("Logopedist");
    m1.category = QStringLiteral("zorg");
    MissingPartner m2;
    m2.id = QStringLiteral("mi2");
    m2.label = QStringLiteral("Bibliotheek");
    m2.category = QStringLiteral("aanbod");
    m2.status = MissingStatus::HopedFor;
    s.missingPartners = {m1, m2};

    const Deck deck = builtinDeck(QStringLiteral("nl"));
    if (deck.cards.size() >= 2) {
        CardProgress done;
        done.cardId = deck.cards[0].id;
        done.status = CardStatus::Done;
        done.spentMs = 125000;
        CardProgress busy;
        busy.cardId = deck.cards[1].id;
        busy.status = CardStatus::InProgress;
        busy.spentMs = 30000;
        s.cards = {done, busy};
    }

    Metaphor a;
    a.id = QStringLiteral("me1");
    a.text = QStringLiteral("een spinnenweb");
    Metaphor b;
    b.id = QStringLiteral("me2");
    b.text = QStringLiteral("een draaischijf");
    s.metaphors = {a, b};
    return s;
}

PngImage decodePng(const QByteArray &data)
{
    PngImage image;
    QImage decoded;
    if (!decoded.loadFromData(data, "PNG")) {
        image.error = QStringLiteral("not a readable PNG (%1 bytes)").arg(data.size());
        return image;
    }
    decoded.convertTo(QImage::Format_ARGB32);
    image.width = decoded.width();
    image.height = decoded.height();
    image.argb.reserve(static_cast<std::size_t>(image.width) *
                       static_cast<std::size_t>(image.height));
    for (int y = 0; y < image.height; ++y) {
        const auto *row = reinterpret_cast<const quint32 *>(decoded.constScanLine(y));
        image.argb.insert(image.argb.end(), row, row + image.width);
    }
    return image;
}

} // namespace nwk::clitest
