// SPDX-License-Identifier: GPL-3.0-or-later
// The one lookup of the session's objects by id (every object type with an `id`).
// Linear: sessions hold hundreds of objects, not millions. With (invalid) duplicate
// ids the first one wins everywhere.
#pragma once

#include <QString>

#include <algorithm>
#include <vector>

namespace nwk {

/// Index of the first object with `id`, or -1. `List`: a std::vector or SharedVector.
template <typename List> int indexOfId(const List &items, const QString &id)
{
    using T = typename List::value_type;
    auto it = std::find_if(items.begin(), items.end(), [&](const T &x) { return x.id == id; });
    return it == items.end() ? -1 : static_cast<int>(it - items.begin());
}

/// The first object with `id`, or nullptr.
template <typename List>
const typename List::value_type *findId(const List &items, const QString &id)
{
    const int i = indexOfId(items, id);
    return i < 0 ? nullptr : &items[static_cast<std::size_t>(i)];
}
template <typename List> typename List::value_type *findId(List &items, const QString &id)
{
    const int i = indexOfId(items, id);
    return i < 0 ? nullptr : &items[static_cast<std::size_t>(i)];
}

} // namespace nwk
