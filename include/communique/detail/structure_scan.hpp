// The byte searches of parse_structure (detail/structure-inl.hpp): most bytes of a text are
// neither sentence punctuation, nor quotation marks, nor outside ASCII, so the pass spends
// most of its time finding the next one that is. Sixteen bytes at a time with SSE2 (every
// x86-64 has it) or portable word arithmetic (SWAR) elsewhere (detail/byte_masks16.hpp), and a
// byte loop as the definition both are tested against (tests/grammar/structure_sentences_test.cpp).
#ifndef COMMUNIQUE_DETAIL_STRUCTURE_SCAN_HPP
#define COMMUNIQUE_DETAIL_STRUCTURE_SCAN_HPP

#include <communique/config.hpp>
#include <communique/detail/byte_masks16.hpp>

#include <boost/config.hpp>
#include <boost/core/bit.hpp>

#include <array>
#include <cstdint>
#include <cstring>

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

/// Bit k set where byte k of the sixteen at `p` is hot, with a backend of
/// detail/byte_masks16.hpp: one test per hot byte value, exact.
template <typename B> std::uint32_t hot_mask(const unsigned char* p) noexcept {
    const auto x = B::load(p);
    // 0xC2 and 0xE2 differ only in bit 5: one test after setting it takes both.
    const auto lead = B::equal(B::fold(x), 0xE2);
    const auto marks = B::either(B::either(B::equal(x, '.'), B::equal(x, '?')),
                                 B::either(B::equal(x, '!'), B::equal(x, '"')));
    return B::mask(B::either(B::either(marks, B::equal(x, '\'')), lead));
}

/// next_hot sixteen bytes at a time with backend B, then the byte loop for the last few.
/// Inlined into the pass's loop, as the hand-written SSE2 search before it was: called on its
/// own, it sets up its constants again at every one of the pass's stops.
template <typename B>
BOOST_FORCEINLINE const unsigned char* next_hot_with(const unsigned char* p, const unsigned char* end) noexcept {
    while (end - p >= 16) {
        const std::uint32_t mask = hot_mask<B>(p);
        if (mask != 0) return p + boost::core::countr_zero(mask);
        p += 16;
    }
    return next_hot_reference(p, end);
}

/// next_hot with portable word arithmetic: the way of targets without SSE2, tested on all.
inline const unsigned char* next_hot_swar(const unsigned char* p, const unsigned char* end) noexcept {
    return next_hot_with<bytes16::swar>(p, end);
}

/// The first hot byte in [p, end), or end.
inline const unsigned char* next_hot(const unsigned char* p, const unsigned char* end) noexcept {
    return next_hot_with<bytes16::fastest>(p, end);
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
#ifdef COMMUNIQUE_BYTES16_SSE2
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
