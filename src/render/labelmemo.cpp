// SPDX-License-Identifier: GPL-3.0-or-later
// layoutRemembered(): the greedy label layout, replayed. Labels are placed one after the
// other, each around what was placed before it, so a label's spot depends only on what
// lies under the candidates its search tested. After a change (a marker moved, a label
// resized), the replay re-places a label when the change, or a label re-placed before it
// that moved, touches one of those candidates; every other label is put where it was.
// The result is the one a layout from scratch gives: same grids (same area, same order of
// insertion), same tests where anything differs (#24 item 2; docs/performance.md).
#include "labelmemo.h"

#include "nwk/render/mappainter.h"

namespace nwk {

namespace detail {

namespace {

/// Past this many changed rects (a change that moved labels all over the map), a label
/// placed again tests all its candidates: finding the few the changes touch would cost
/// more.
constexpr std::size_t kResumeChanges = 128;

bool sameItem(const LabelItem &a, const LabelItem &b)
{
    return a.id == b.id && a.missing == b.missing && a.centre == b.centre && a.extent == b.extent &&
           a.size == b.size;
}

bool sameObstacles(const std::vector<LabelObstacle> &a, const std::vector<LabelObstacle> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const LabelObstacle &x, const LabelObstacle &y) {
                          return x.rect == y.rect && x.owner == y.owner;
                      });
}

/// Can the memo's layout be replayed on `scene`? The same labels in the same order, the
/// same fixed obstacles, sector glyphs, frame and grids.
bool replayable(const LabelMemo &m, const LabelScene &scene,
                const std::vector<LabelObstacle> &fixed, const QRectF &frame, double unit,
                bool labelKey, const QRectF &area, const MapStyle &st)
{
    if (labelKey &&
        (m.partnerFont != labelFontFor(st, false) || m.missingFont != labelFontFor(st, true)))
        return false; // the key's numbers would be sized in another font
    if (!m.valid || m.items.size() != scene.items.size() || m.frame != frame || m.unit != unit ||
        m.labelKey != labelKey || m.area != area || m.mapBounds != scene.mapBounds ||
        m.schoolRadius != scene.schoolRadius || m.glyphGroups != scene.glyphGroups ||
        !sameObstacles(m.fixedObstacles, fixed))
        return false;
    for (std::size_t i = 0; i < scene.items.size(); ++i)
        if (m.items[i].id != scene.items[i].id || m.items[i].missing != scene.items[i].missing)
            return false;
    return true;
}

/// A point as a tiny rect (the nearest-marker test looks at markers' centres).
QRectF pointRect(QPointF p)
{
    return QRectF(p, QSizeF(0, 0));
}

void remember(LabelMemo &m, const std::vector<LabelItem> &items, std::vector<LabelObstacle> fixed,
              const LabelScene &scene, const QRectF &frame, double unit, bool labelKey,
              const QRectF &area)
{
    m.items = items;
    m.fixedObstacles = std::move(fixed);
    m.glyphGroups = scene.glyphGroups;
    m.mapBounds = scene.mapBounds;
    m.schoolRadius = scene.schoolRadius;
    m.frame = frame;
    m.unit = unit;
    m.labelKey = labelKey;
    m.area = area;
    m.valid = true;
}

/// The rect and key number item `i` got in `result`.
std::pair<QRectF, int> placedOf(const FullLayout &result, const LabelItem &it)
{
    const auto &rects = it.missing ? result.missing : result.partners;
    const auto &keyed = it.missing ? result.keyedMissing : result.keyedPartners;
    return {rects.value(it.id), keyed.value(it.id, 0)};
}

/// Places item `i` again in the replay (`known`: its last search): in full when it changed
/// or the changes are many (a cascade), else testing again only the far candidates the
/// changes touch.
LabelTrace placeAgain(LabelLayouter &layouter, std::size_t i, bool changed, const LabelTrace &known,
                      const std::vector<QRectF> &removed, const std::vector<QRectF> &added,
                      const MapStyle &st, FullLayout &result)
{
    if (changed || removed.size() + added.size() > kResumeChanges)
        return layouter.place(i, st, result);
    return layouter.place(i, st, result, &known, [&] {
        std::vector<int> touched;
        layouter.farTouched(i, known, removed, added, touched);
        return touched;
    });
}

FullLayout layoutFresh(LabelLayouter &layouter, const MapStyle &st, LabelMemo &m)
{
    FullLayout result;
    const std::size_t n = layouter.itemCount();
    m.best.assign(n, QRectF());
    m.keyNumber.assign(n, 0);
    m.traces.assign(n, LabelTrace());
    for (std::size_t i = 0; i < n; ++i) {
        m.traces[i] = layouter.place(i, st, result);
        std::tie(m.best[i], m.keyNumber[i]) = placedOf(result, m.items[i]);
    }
    m.placed = static_cast<int>(n);
    m.result = result;
    return result;
}

} // namespace

FullLayout layoutRemembered(LabelScene scene, const QRectF &frame, double unit, bool labelKey,
                            const MapStyle &st, LabelMemo &memo)
{
    const std::size_t n = scene.items.size();
    const std::vector<LabelItem> items = scene.items;
    std::vector<LabelObstacle> fixed(
        scene.obstacles.begin() + static_cast<std::ptrdiff_t>(std::min(n, scene.obstacles.size())),
        scene.obstacles.end());
    const LabelScene kept{{}, {}, scene.glyphGroups, scene.mapBounds, scene.schoolRadius};
    LabelLayouter layouter(std::move(scene), frame, unit, labelKey);
    const bool replay =
        replayable(memo, LabelScene{items, {}, kept.glyphGroups, kept.mapBounds, kept.schoolRadius},
                   fixed, frame, unit, labelKey, layouter.area(), st);
    const std::vector<LabelItem> before = replay ? std::move(memo.items) : std::vector<LabelItem>();
    remember(memo, items, std::move(fixed), kept, frame, unit, labelKey, layouter.area());
    memo.partnerFont = labelFontFor(st, false);
    memo.missingFont = labelFontFor(st, true);
    if (!replay)
        return layoutFresh(layouter, st, memo);

    // What differs: the markers (and centres) of changed items, before and after.
    std::vector<QRectF> removed;
    std::vector<QRectF> added;
    std::vector<bool> changed(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        if (sameItem(before[i], items[i]))
            continue;
        changed[i] = true;
        removed.push_back(before[i].extent.translated(before[i].centre));
        removed.push_back(pointRect(before[i].centre));
        added.push_back(items[i].extent.translated(items[i].centre));
        added.push_back(pointRect(items[i].centre));
    }
    if (removed.empty()) {
        memo.placed = 0;
        return memo.result;
    }

    FullLayout result;
    int placed = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const LabelItem &it = items[i];
        if (!changed[i] && !layouter.reaches(i, memo.traces[i], removed, added)) {
            layouter.reuse(i, memo.best[i], memo.keyNumber[i], result);
            continue;
        }
        ++placed;
        memo.traces[i] =
            placeAgain(layouter, i, changed[i], memo.traces[i], removed, added, st, result);
        const auto [best, number] = placedOf(result, it);
        if ((number > 0) != (memo.keyNumber[i] > 0)) {
            // A label went to the key or came back: the numbers after it change. Start over.
            LabelScene again{items, {}, kept.glyphGroups, kept.mapBounds, kept.schoolRadius};
            // (The fixed obstacles were moved into the memo: rebuild the whole scene.)
            again.obstacles.reserve(n + memo.fixedObstacles.size());
            for (std::size_t k = 0; k < n; ++k)
                again.obstacles.push_back(
                    {items[k].extent.translated(items[k].centre), static_cast<int>(k)});
            again.obstacles.insert(again.obstacles.end(), memo.fixedObstacles.begin(),
                                   memo.fixedObstacles.end());
            LabelLayouter fresh(std::move(again), frame, unit, labelKey);
            return layoutFresh(fresh, st, memo);
        }
        const QRectF was = memo.best[i].translated(before[i].centre);
        if (best.translated(it.centre) != was) {
            removed.push_back(was);
            added.push_back(best.translated(it.centre));
        }
        memo.best[i] = best;
        memo.keyNumber[i] = number;
    }
    memo.placed = placed;
    memo.result = result;
    return result;
}

} // namespace detail

LabelLayoutMemo::LabelLayoutMemo()
    : m_d(std::make_unique<detail::LabelMemo>())
{
}

LabelLayoutMemo::~LabelLayoutMemo() = default;

int LabelLayoutMemo::lastPlaced() const
{
    return m_d->placed;
}

int LabelLayoutMemo::lastLabels() const
{
    return static_cast<int>(m_d->items.size());
}

void LabelLayoutMemo::clear()
{
    *m_d = detail::LabelMemo();
}

} // namespace nwk
