// SPDX-License-Identifier: GPL-3.0-or-later
// Importance marks: the badge of each participant, where a partner's badges go, and
// how one is drawn (the map, the legend and the editor's panels draw through here).
#include "marks_p.h"

#include "nwk/render/marks.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace nwk {

namespace {

/// "1" for "P1" (also "p01" -> "1"), a code of at most three characters as it is, else empty.
QString shortCode(const QString &code)
{
    const QString c = code.trimmed();
    if (c.size() >= 2 && (c.front() == QLatin1Char('P') || c.front() == QLatin1Char('p'))) {
        const QString digits = c.mid(1);
        if (std::all_of(digits.begin(), digits.end(), [](QChar ch) { return ch.isDigit(); })) {
            bool ok = false;
            const qulonglong n = digits.toULongLong(&ok);
            return ok && digits.size() <= 4 ? QString::number(n) : digits.left(4);
        }
    }
    if (!c.isEmpty() && c.size() <= 3 && c != QLatin1String("?"))
        return c;
    return {};
}

double luminance(const QColor &c)
{
    auto lin = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

QFont badgeFont(const MarkBadge &b, double height)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                   QStringLiteral("Arial")});
    f.setStyleHint(QFont::SansSerif);
    f.setBold(true);
    f.setHintingPreference(QFont::PreferNoHinting);
    const double share = b.text.size() >= 3 ? 0.56 : 0.64;
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(height * share))));
    return f;
}

} // namespace

QHash<QString, QString> markBadgeTexts(const Session &s)
{
    QHash<QString, QString> texts;
    QSet<QString> used;
    QStringList pending;
    for (const Participant &pt : s.participants) {
        if (texts.contains(pt.id) || pending.contains(pt.id))
            continue;
        const QString t = shortCode(pt.code);
        if (t.isEmpty() || used.contains(t)) {
            pending << pt.id;
        } else {
            texts.insert(pt.id, t);
            used.insert(t);
        }
    }
    int next = 1;
    for (const QString &id : pending) {
        while (used.contains(QString::number(next)))
            ++next;
        texts.insert(id, QString::number(next));
        used.insert(QString::number(next));
    }
    return texts;
}

MarkBadge markBadge(const Session &s, const QString &participantId,
                    const QHash<QString, QString> &texts)
{
    MarkBadge b;
    b.participantId = participantId;
    const Participant *pt = s.participant(participantId);
    b.known = pt != nullptr && texts.contains(participantId);
    if (b.known) {
        b.roleGroup = pt->roleGroup;
        b.text = texts.value(participantId);
        b.fill = roleColor(pt->roleGroup);
        b.outline = QColor(0x1a, 0x1a, 0x1a);
    } else {
        b.text = QStringLiteral("?");
        b.fill = Qt::white;
        b.outline = QColor(0x70, 0x70, 0x70);
    }
    b.textColor = b.known ? markTextColor(b.fill) : QColor(0x40, 0x40, 0x40);
    return b;
}

MarkBadge markBadge(const Session &s, const QString &participantId)
{
    return markBadge(s, participantId, markBadgeTexts(s));
}

std::vector<MarkBadge> markBadges(const Session &s, const QStringList &participantIds)
{
    std::vector<MarkBadge> out;
    if (participantIds.isEmpty())
        return out;
    const QHash<QString, QString> texts = markBadgeTexts(s);
    QSet<QString> seen;
    for (const Participant &pt : s.participants)
        if (participantIds.contains(pt.id) && !seen.contains(pt.id)) {
            out.push_back(markBadge(s, pt.id, texts));
            seen.insert(pt.id);
        }
    for (const QString &id : participantIds)
        if (!seen.contains(id)) {
            out.push_back(markBadge(s, id, texts));
            seen.insert(id);
        }
    return out;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor markTextColor(const QColor &fill)
{
    // Asked for every badge of every partner at each layout, of a few colours (the
    // luminance takes powers): remembered per thread by the colour's 16-bit components,
    // all that redF(), greenF() and blueF() read.
    thread_local QHash<quint64, bool> darkFor;
    const QColor dark(0x10, 0x10, 0x10);
    const QColor light(Qt::white);
    const quint64 key = fill.isValid() ? fill.rgba64() : ~quint64(0);
    auto it = darkFor.constFind(key);
    if (it == darkFor.cend()) {
        if (darkFor.size() > 4096)
            darkFor.clear();
        it = darkFor.insert(key, contrastRatio(fill, dark) >= contrastRatio(fill, light));
    }
    return *it ? dark : light;
}

QSizeF markBadgeSize(const MarkBadge &badge, double height)
{
    const detail::TextMetrics tm(badgeFont(badge, height));
    return {std::max(height, tm.width(badge.text) + 0.42 * height), height};
}

void paintMarkBadge(QPainter &p, const MarkBadge &badge, QPointF centre, double height)
{
    const QSizeF size = markBadgeSize(badge, height);
    const QRectF r(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
                   size.height());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(badge.outline, std::max(0.5, 0.075 * height)));
    p.setBrush(badge.fill);
    QPainterPath outline;
    outline.addRoundedRect(r, height / 2, height / 2);
    p.drawPath(outline);
    const QFont f = badgeFont(badge, height);
    const detail::TextMetrics tm(f);
    p.setFont(f);
    p.setPen(badge.textColor);
    detail::drawTextLine(p,
                         QPointF(centre.x() - tm.width(badge.text) / 2,
                                 centre.y() + (tm.ascent() - tm.descent()) / 2),
                         badge.text);
    p.restore();
}

namespace detail {

namespace {
constexpr double kBadgePerLabel = 1.45; ///< badge height per label pixel size
constexpr double kLeastBadge = 16.0;    ///< map units at partnerRadius 15
constexpr double kLargestBadge = 26.0;
} // namespace

double markBadgeHeight(const MapStyle &st)
{
    const double k = st.partnerRadius / 15.0;
    return std::clamp(kBadgePerLabel * st.labelFont.pixelSize(), kLeastBadge * k,
                      kLargestBadge * k);
}

int labelSizeOfLargestBadges(const MapStyle &st)
{
    return static_cast<int>(std::ceil(kLargestBadge * st.partnerRadius / 15.0 / kBadgePerLabel));
}

std::vector<PlacedMark> layoutMarks(const Session &s, const Partner &pa, const MapStyle &st,
                                    double clearance)
{
    std::vector<PlacedMark> out;
    for (const MarkBadge &b : markBadges(s, pa.marks))
        out.push_back({b, QRectF()});
    if (out.empty())
        return out;
    // Rows of at most four above the marker, centred, the first participants on top.
    const double h = markBadgeHeight(st);
    const double gap = 0.2 * h;
    const int n = static_cast<int>(out.size());
    const int rows = (n + 3) / 4;
    const int perRow = (n + rows - 1) / rows;
    for (int row = 0; row < rows; ++row) {
        const int first = row * perRow;
        const int last = std::min(n, first + perRow);
        double width = gap * (last - first - 1);
        for (int i = first; i < last; ++i)
            width += markBadgeSize(out[static_cast<std::size_t>(i)].badge, h).width();
        const double cy = -(clearance + 0.6 * gap + h / 2 + (rows - 1 - row) * (h + gap));
        double x = -width / 2;
        for (int i = first; i < last; ++i) {
            PlacedMark &m = out[static_cast<std::size_t>(i)];
            const double w = markBadgeSize(m.badge, h).width();
            m.rect = QRectF(x, cy - h / 2, w, h);
            x += w + gap;
        }
    }
    return out;
}

QString markTitle(const Session &s, const MarkBadge &b, const RenderOptions &o)
{
    const Participant *pt = b.known ? s.participant(b.participantId) : nullptr;
    if (!pt)
        return nlEn(o, "onbekende deelnemer", "unknown participant");
    const QString group = roleGroupText(pt->roleGroup, o);
    const QString role = pt->role.trimmed();
    const QString code = pt->code.trimmed();
    QString who = code;
    if (!role.isEmpty())
        who = code.isEmpty() ? role : code + QLatin1Char(' ') + role;
    if (who.isEmpty())
        return group;
    return who + QStringLiteral(" (") + group + QLatin1Char(')');
}

void paintMarks(QPainter &p, const Session &s, const std::vector<PlacedMark> &marks,
                const RenderOptions &o, const QString &partnerId, PaintGroups *groups)
{
    int unknown = 0;
    for (const PlacedMark &m : marks) {
        const QString who = m.badge.known ? m.badge.participantId
                                          : QStringLiteral("unknown") + QString::number(++unknown);
        const QString cls = m.badge.known
                                ? QStringLiteral("mark participant-") + m.badge.participantId +
                                      QStringLiteral(" role-") + roleGroupClass(m.badge.roleGroup)
                                : QStringLiteral("mark mark-unknown");
        const GroupScope scope(groups, QStringLiteral("mark-") + partnerId + QLatin1Char('-') + who,
                               cls, markTitle(s, m.badge, o));
        paintMarkBadge(p, m.badge, m.rect.center(), m.rect.height());
    }
}

QString roleGroupClass(RoleGroup g)
{
    const std::string_view name = toString(g);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

} // namespace detail

} // namespace nwk
