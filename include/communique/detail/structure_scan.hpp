// The byte searches of parse_structure (detail/structure-inl.hpp): most bytes of a text are
// neither sentence punctuation, nor quotation marks, nor outside ASCII, so the pass spends
// most of its time finding the next one that is. Sixteen bytes at a time with SSE2 (every
// x86-64 has it), eight with portable word arithmetic (SWAR) elsewhere, and a byte loop as the
// definition both are tested against (tests/grammar/structure_sentences_test.cpp).
#ifndef COMMUNIQUE_DETAIL_STRUCTURE_SCAN_HPP
#define COMMUNIQUE_DETAIL_STRUCTURE_SCAN_HPP

#include <communique/config.hpp>

#include <boost/core/bit.hpp>
#include <boost/endian/conversion.hpp>

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define COMMUNIQUE_STRUCTURE_SSE2 1
#endif

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail::_structure {

/// The bytes the sentence and quotation scanner must look at: . ? ! " ' and the lead bytes of
/// … “ ” ‘ ’ (0xE2) and « » (0xC2).
struct hot_byte_table {
    std::array<bool, 256> hot{};
    constexpr hot_byte_table() {
        for (int c : {int{'.'}, int{'?'}, int{'!'}, int{'"'}, int{'\''}, 0xE2, 0xC2}) hot[static_cast<std::size_t>(c)] = true;
    }
};
inline constexpr hot_byte_table hot_bytes{};

/// The first hot byte in [p, end), or end: the definition.
inline const unsigned char* next_hot_reference(const unsigned char* p, const unsigned char* end) noexcept {
    while (p < end && !hot_bytes.hot[*p]) ++p;
    return p;
}

/// Bit 7 set in each of the eight bytes at `p` (little-endian order) that may be hot: a
/// non-ASCII byte, one of . ? ! " ', or one of # $ % & (a range test takes ! to ' at once; the
/// table turns these few down). On seven-bit values no sum carries into the next byte, so each
/// byte's answer is its own and the lowest bit set is the first candidate.
inline std::uint64_t hot_candidates(const unsigned char* p) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
    const std::uint64_t w = boost::endian::load_little_u64(p);
    const std::uint64_t low7 = w & ~highs;
    const auto at_least = [low7](unsigned c) { return low7 + ones * (0x80 - c); };
    const auto equal = [low7](unsigned c) { return ~((low7 ^ ones * c) + ones * 0x7F); };
    return (w | (at_least('!') & ~at_least('\'' + 1)) | equal('.') | equal('?')) & highs;
}

/// next_hot eight bytes at a time (SWAR) to the first candidate, then the table.
inline const unsigned char* next_hot_swar(const unsigned char* p, const unsigned char* end) noexcept {
    for (;;) {
        while (end - p >= 8) {
            const std::uint64_t hits = hot_candidates(p);
            if (hits != 0) {
                p += boost::core::countr_zero(hits) / 8;
                break;
            }
            p += 8;
        }
        if (p == end || hot_bytes.hot[*p]) return p;
        ++p; // a candidate the table turns down (# $ % & or another non-ASCII byte)
        if (end - p < 8) return next_hot_reference(p, end);
    }
}

#ifdef COMMUNIQUE_STRUCTURE_SSE2
/// next_hot sixteen bytes at a time: one compare per hot byte value, exact.
inline const unsigned char* next_hot_sse2(const unsigned char* p, const unsigned char* end) noexcept {
    const auto eq = [](__m128i x, int c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(c))); };
    while (end - p >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        // 0xC2 and 0xE2 differ only in bit 5: one compare after setting it takes both.
        const __m128i lead = eq(_mm_or_si128(x, _mm_set1_epi8(0x20)), 0xE2);
        const __m128i marks = _mm_or_si128(_mm_or_si128(eq(x, '.'), eq(x, '?')),
                                           _mm_or_si128(eq(x, '!'), eq(x, '"')));
        const __m128i hot = _mm_or_si128(_mm_or_si128(marks, eq(x, '\'')), lead);
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hot));
        if (mask != 0) return p + boost::core::countr_zero(mask);
        p += 16;
    }
    return next_hot_reference(p, end);
}
#endif

/// The first hot byte in [p, end), or end.
inline const unsigned char* next_hot(const unsigned char* p, const unsigned char* end) noexcept {
#ifdef COMMUNIQUE_STRUCTURE_SSE2
    return next_hot_sse2(p, end);
#else
    return next_hot_swar(p, end);
#endif
}

/// The first byte in [p, end) that is NUL or not ASCII, or end: the definition.
inline const unsigned char* next_unusual_reference(const unsigned char* p, const unsigned char* end) noexcept {
    while (p < end && *p != 0 && *p < 0x80) ++p;
    return p;
}

/// Nonzero when one of the eight bytes at `p` is NUL or not ASCII. A byte from 0x01 to 0x7F
/// has the high bit clear both as it is and less one; the subtraction borrows from the next
/// byte only below a NUL byte, which is caught itself.
inline std::uint64_t not_plain(const unsigned char* p) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return (w | (w - ones)) & (ones * 0x80);
}

/// The first NUL or non-ASCII byte in [p, end), or end: whole blocks of plain bytes at a time
/// (32 with SSE2, 16 otherwise), then byte by byte within the block that has one.
inline const unsigned char* next_unusual(const unsigned char* p, const unsigned char* end) noexcept {
#ifdef COMMUNIQUE_STRUCTURE_SSE2
    while (end - p >= 32) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16));
        // The high bits of a | b, and a zero byte in either (the lesser of the two is zero).
        const __m128i nul = _mm_cmpeq_epi8(_mm_min_epu8(a, b), _mm_setzero_si128());
        if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), nul)) != 0) break;
        p += 32;
    }
#else
    while (end - p >= 16 && (not_plain(p) | not_plain(p + 8)) == 0) p += 16;
#endif
    return next_unusual_reference(p, end);
}

} // namespace detail::_structure
COMMUNIQUE_END_NAMESPACE

#endif
