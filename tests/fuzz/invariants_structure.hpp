// The properties the fuzz targets check, shared with the regression suite
// (tests/fuzz_regressions/fuzz_regressions_test.cpp), which replays tests/fuzz/regressions/**.
// Each check returns nullptr when the result is sound, else a short description of the first
// violation: a fuzzer traps on it (__builtin_trap), the regression suite fails with it.
// One header per area, so that a header-only fuzzer compiles only the library code it calls.
// This one: communique::parse_structure.
#ifndef COMMUNIQUE_TESTS_FUZZ_INVARIANTS_STRUCTURE_HPP
#define COMMUNIQUE_TESTS_FUZZ_INVARIANTS_STRUCTURE_HPP

#include <communique/structure.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace fuzz_invariants {


inline bool in_bounds(communique::span s, std::size_t n) noexcept {
    return s.begin <= s.end && s.end <= n;
}

/// The structure invariants (the same as tests/golden/structure_golden_test.cpp): spans in
/// bounds and in document order, blocks disjoint, sentences disjoint and inside their block,
/// quotations inside the block they open in and disjoint at each depth.
inline const char* check_structure(std::string_view text, const communique::structure& st) {
    const std::size_t n = text.size();
    std::size_t last_end = 0;
    for (const auto& b : st.blocks) {
        if (!in_bounds(b.where, n)) return "block out of bounds";
        if (b.where.empty()) return "empty block";
        if (b.where.begin < last_end) return "blocks overlap or out of order";
        if (!b.where.contains(b.body)) return "block body outside its block";
        if (!b.label.empty() && !b.where.contains(b.label)) return "block label outside its block";
        last_end = b.where.end;
    }
    last_end = 0;
    std::uint32_t last_block = 0;
    for (const auto& s : st.sentences) {
        if (s.block >= st.blocks.size()) return "sentence with no block";
        if (s.block < last_block) return "sentences out of block order";
        if (!in_bounds(s.where, n)) return "sentence out of bounds";
        if (s.where.empty()) return "empty sentence";
        if (s.where.begin < last_end) return "sentences overlap or out of order";
        if (!st.blocks[s.block].where.contains(s.where)) return "sentence outside its block";
        last_end = s.where.end;
        last_block = s.block;
    }
    std::vector<std::size_t> end_at_depth;
    std::size_t last_begin = 0;
    for (const auto& q : st.quotations) {
        if (q.block >= st.blocks.size()) return "quotation with no block";
        if (!in_bounds(q.where, n)) return "quotation out of bounds";
        if (!in_bounds(q.inner, n)) return "quotation inner out of bounds";
        if (q.where.begin < last_begin) return "quotations out of order";
        if (!st.blocks[q.block].where.contains(q.where)) return "quotation outside its block";
        if (!q.where.contains(q.inner)) return "quotation inner outside the quotation";
        if (end_at_depth.size() <= q.depth) end_at_depth.resize(std::size_t(q.depth) + 1u, 0);
        if (q.where.begin < end_at_depth[q.depth]) return "quotations of one depth overlap";
        end_at_depth[q.depth] = q.where.end;
        last_begin = q.where.begin;
    }
    for (const auto& d : st.diagnostics)
        if (!in_bounds(d.where, n)) return "structure diagnostic out of bounds";
    return nullptr;
}

} // namespace fuzz_invariants

#endif
