// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitest.h"

#include "nwk/core/geometry.h"
#include "nwk/core/sessionio.h"

#include <QFile>
#include <QProcess>
#include <QtEndian>

#include <array>
#include <cstdlib>

namespace nwk::clitest {

CliResult runCli(const QStringList &arguments, const QProcessEnvironment &env)
{
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NWK_CLI_PATH), arguments);
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

namespace {

quint32 crc32(const char *data, qsizetype size, quint32 crc = 0)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ static_cast<quint8>(data[i])) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

int paeth(int a, int b, int c)
{
    const int p = a + b - c;
    const int pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
    return (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c);
}

quint32 be32(const QByteArray &data, qsizetype at)
{
    return qFromBigEndian<quint32>(data.constData() + at);
}

} // namespace

PngImage decodePng(const QByteArray &data)
{
    PngImage image;
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (!data.startsWith(signature)) {
        image.error = QStringLiteral("no PNG signature");
        return image;
    }
    int channels = 0;
    QByteArray idat;
    bool ended = false;
    for (qsizetype at = 8; at + 12 <= data.size() && !ended;) {
        const qsizetype length = be32(data, at);
        if (at + 12 + length > data.size()) {
            image.error = QStringLiteral("truncated chunk");
            return image;
        }
        const QByteArray type = data.mid(at + 4, 4);
        const QByteArray body = data.mid(at + 8, length);
        if (crc32(data.constData() + at + 4, length + 4) != be32(data, at + 8 + length)) {
            image.error = QStringLiteral("bad CRC in chunk ") + QString::fromLatin1(type);
            return image;
        }
        if (type == "IHDR") {
            image.width = static_cast<int>(be32(body, 0));
            image.height = static_cast<int>(be32(body, 4));
            const int depth = static_cast<quint8>(body[8]);
            const int colour = static_cast<quint8>(body[9]);
            channels = colour == 6 ? 4 : colour == 2 ? 3 : 0;
            if (depth != 8 || channels == 0 || body[12] != 0) {
                image.error = QStringLiteral("unsupported PNG (depth %1, colour type %2)")
                                  .arg(depth)
                                  .arg(colour);
                return image;
            }
        } else if (type == "IDAT") {
            idat += body;
        } else if (type == "IEND") {
            ended = true;
        }
        at += 12 + length;
    }
    if (!ended || channels == 0 || image.width <= 0 || image.height <= 0) {
        image.error = QStringLiteral("missing IHDR, IDAT or IEND");
        return image;
    }
    const qsizetype stride = static_cast<qsizetype>(image.width) * channels;
    const qsizetype expected = (stride + 1) * image.height;
    QByteArray sized(4, '\0');
    qToBigEndian<quint32>(static_cast<quint32>(expected), sized.data());
    const QByteArray raw = qUncompress(sized + idat);
    if (raw.size() != expected) {
        image.error =
            QStringLiteral("image data has %1 bytes, expected %2").arg(raw.size()).arg(expected);
        return image;
    }
    std::vector<quint8> previous(static_cast<std::size_t>(stride), 0);
    std::vector<quint8> row(static_cast<std::size_t>(stride), 0);
    image.argb.reserve(static_cast<std::size_t>(image.width) *
                       static_cast<std::size_t>(image.height));
    for (int y = 0; y < image.height; ++y) {
        const char *line = raw.constData() + y * (stride + 1);
        const int filter = static_cast<quint8>(line[0]);
        if (filter > 4) {
            image.error = QStringLiteral("bad filter type %1 in row %2").arg(filter).arg(y);
            return image;
        }
        for (qsizetype i = 0; i < stride; ++i) {
            const auto u = static_cast<std::size_t>(i);
            const int x = static_cast<quint8>(line[1 + i]);
            const int a = i >= channels ? row[u - static_cast<std::size_t>(channels)] : 0;
            const int b = previous[u];
            const int c = i >= channels ? previous[u - static_cast<std::size_t>(channels)] : 0;
            const int predictor = filter == 1   ? a
                                  : filter == 2 ? b
                                  : filter == 3 ? (a + b) / 2
                                  : filter == 4 ? paeth(a, b, c)
                                                : 0;
            row[u] = static_cast<quint8>((x + predictor) & 0xFF);
        }
        for (int px = 0; px < image.width; ++px) {
            const quint8 *p = row.data() + static_cast<std::size_t>(px * channels);
            const quint32 alpha = channels == 4 ? p[3] : 0xFF;
            image.argb.push_back((alpha << 24) | (quint32(p[0]) << 16) | (quint32(p[1]) << 8) |
                                 p[2]);
        }
        std::swap(previous, row);
    }
    return image;
}

} // namespace nwk::clitest
