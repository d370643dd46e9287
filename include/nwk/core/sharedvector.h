// SPDX-License-Identifier: GPL-3.0-or-later
// SharedVector<T>: a std::vector<T> that is implicitly shared (copy-on-write), so that
// copying a Session is O(1) whatever its size (the autosave copies it on the UI thread
// and writes the copy on a worker; issue #24). Reading never copies; the first change
// of a shared vector (any non-const member: begin(), operator[], push_back ...) copies
// its elements once, so that the other copies keep what they held.
//
// The API is std::vector's (size() is std::size_t), with one rule of Qt's implicitly
// shared containers: a non-const reference, pointer or iterator into a SharedVector is
// valid only until the SharedVector is copied. Take it after the copy, not before.
//
// Copies may live on other threads (the reference count is atomic); the elements of one
// SharedVector object are not synchronised, as with std::vector.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

namespace nwk {

template <typename T> class SharedVector {
public:
    using Vector = std::vector<T>;
    using value_type = T;
    using size_type = std::size_t;
    using difference_type = std::ptrdiff_t;
    using reference = T &;
    using const_reference = const T &;
    using iterator = typename Vector::iterator;
    using const_iterator = typename Vector::const_iterator;
    using reverse_iterator = typename Vector::reverse_iterator;
    using const_reverse_iterator = typename Vector::const_reverse_iterator;

    SharedVector() = default;
    SharedVector(Vector v) // NOLINT: implicit, a std::vector converts
        : d(v.empty() ? nullptr : std::make_shared<Vector>(std::move(v)))
    {
    }
    SharedVector(std::initializer_list<T> init)
        : SharedVector(Vector(init))
    {
    }
    explicit SharedVector(size_type n)
        : SharedVector(Vector(n))
    {
    }
    SharedVector(size_type n, const T &value)
        : SharedVector(Vector(n, value))
    {
    }
    template <typename It, typename = typename std::iterator_traits<It>::iterator_category>
    SharedVector(It first, It last)
        : SharedVector(Vector(first, last))
    {
    }

    /// The elements as a std::vector, for code that takes one (no copy).
    const Vector &vector() const { return d ? *d : empty_(); }
    operator const Vector &() const { return vector(); } // NOLINT: implicit on purpose
    /// True when `other` shares this one's elements (a copy not changed since).
    bool sharesWith(const SharedVector &other) const { return d && d == other.d; }

    // Reading: never copies.
    size_type size() const { return d ? d->size() : 0; }
    bool empty() const { return !d || d->empty(); }
    size_type capacity() const { return d ? d->capacity() : 0; }
    const_iterator begin() const { return vector().begin(); }
    const_iterator end() const { return vector().end(); }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }
    const_reverse_iterator rbegin() const { return vector().rbegin(); }
    const_reverse_iterator rend() const { return vector().rend(); }
    const_reverse_iterator crbegin() const { return rbegin(); }
    const_reverse_iterator crend() const { return rend(); }
    const T &operator[](size_type i) const { return (*d)[i]; }
    const T &at(size_type i) const { return vector().at(i); }
    const T &front() const { return d->front(); }
    const T &back() const { return d->back(); }
    const T *data() const { return d ? d->data() : nullptr; }

    // Changing: copies the elements first when they are shared.
    /// The elements for changing as a std::vector (copied first when shared).
    Vector &detach()
    {
        if (!d)
            d = std::make_shared<Vector>();
        else if (d.use_count() != 1)
            d = std::make_shared<Vector>(*d);
        else // the last other owner's reads happen before our writes
            std::atomic_thread_fence(std::memory_order_acquire);
        return *d;
    }
    iterator begin() { return detach().begin(); }
    iterator end() { return detach().end(); }
    reverse_iterator rbegin() { return detach().rbegin(); }
    reverse_iterator rend() { return detach().rend(); }
    T &operator[](size_type i) { return detach()[i]; }
    T &at(size_type i) { return detach().at(i); }
    T &front() { return detach().front(); }
    T &back() { return detach().back(); }
    T *data() { return detach().data(); }

    void push_back(const T &value) { detach().push_back(value); }
    void push_back(T &&value) { detach().push_back(std::move(value)); }
    template <typename... Args> T &emplace_back(Args &&...args)
    {
        return detach().emplace_back(std::forward<Args>(args)...);
    }
    void pop_back() { detach().pop_back(); }
    void clear() { d.reset(); }
    void reserve(size_type n) { detach().reserve(n); }
    void resize(size_type n) { detach().resize(n); }
    void resize(size_type n, const T &value) { detach().resize(n, value); }
    void swap(SharedVector &other) noexcept { d.swap(other.d); }

    // Positions may come from the const begin() of a shared vector: taken as offsets.
    iterator insert(const_iterator pos, const T &value)
    {
        const auto at = offset(pos);
        return detach().insert(d->begin() + at, value);
    }
    iterator insert(const_iterator pos, T &&value)
    {
        const auto at = offset(pos);
        return detach().insert(d->begin() + at, std::move(value));
    }
    template <typename It, typename = typename std::iterator_traits<It>::iterator_category>
    iterator insert(const_iterator pos, It first, It last)
    {
        const auto at = offset(pos);
        return detach().insert(d->begin() + at, first, last);
    }
    iterator insert(const_iterator pos, std::initializer_list<T> values)
    {
        const auto at = offset(pos);
        return detach().insert(d->begin() + at, values);
    }
    template <typename... Args> iterator emplace(const_iterator pos, Args &&...args)
    {
        const auto at = offset(pos);
        return detach().emplace(d->begin() + at, std::forward<Args>(args)...);
    }
    iterator erase(const_iterator pos)
    {
        const auto at = offset(pos);
        return detach().erase(d->begin() + at);
    }
    iterator erase(const_iterator first, const_iterator last)
    {
        const auto from = offset(first);
        const auto to = offset(last);
        Vector &v = detach();
        return v.erase(v.begin() + from, v.begin() + to);
    }

    friend bool operator==(const SharedVector &a, const SharedVector &b)
    {
        return a.d == b.d || a.vector() == b.vector();
    }

private:
    static const Vector &empty_()
    {
        static const Vector none;
        return none;
    }
    difference_type offset(const_iterator pos) const { return pos - vector().begin(); }

    std::shared_ptr<Vector> d; ///< nullptr = empty
};

/// std::erase_if for a SharedVector (copies only when something is removed).
template <typename T, typename Pred> std::size_t erase_if(SharedVector<T> &v, Pred pred)
{
    const auto first = std::find_if(v.cbegin(), v.cend(), pred);
    if (first == v.cend())
        return 0;
    const auto at = first - v.cbegin(); // before the copy: `first` is in the shared elements
    const std::size_t before = v.size();
    std::vector<T> &all = v.detach();
    all.erase(std::remove_if(all.begin() + at, all.end(), pred), all.end());
    return before - all.size();
}

} // namespace nwk
