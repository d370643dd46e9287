// SPDX-License-Identifier: GPL-3.0-or-later
// A small undirected binary graph for the measures (measures.cpp): nodes 0..n-1,
// adjacency as sorted neighbour lists. Internal to core.
#pragma once

#include "nwk/core/measures.h"

#include <vector>

namespace nwk::analysis {

class Graph {
public:
    explicit Graph(int nodes);

    /// Adds the tie a-b once; self ties and repeated ties are ignored.
    void addTie(int a, int b);
    /// Sorts and de-duplicates the neighbour lists; call once after the last addTie().
    void finish();

    int nodeCount() const { return static_cast<int>(m_adjacent.size()); }
    int degree(int node) const;
    const std::vector<int> &neighbours(int node) const;
    bool tied(int a, int b) const;
    int tieCount() const;

    /// Burt's effective size (Borgatti's n - 2t/n) and constraint of `node`.
    Brokerage brokerage(int node) const;
    /// Connected components among the nodes with `include[node]` true (ties to excluded
    /// nodes do not count).
    int components(const std::vector<bool> &include) const;

private:
    std::vector<std::vector<int>> m_adjacent;
};

} // namespace nwk::analysis
