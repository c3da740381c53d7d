// A cheap first look at a number before the times grammar reads it (see detail/times-inl.hpp).
// Most numbers in news text ("5,000", "3.5 billion", "10 people", "100") open no date, and
// the grammar turns each down only after trying every one of its forms. The forms that open
// with a digit (times_def.hpp) are few, and each needs one of a handful of shapes right after
// its digits; a number without one is passed over here. This is a necessary condition only:
// whatever passes still goes to the grammar, so it can hide no date the grammar finds
// (tests/grammar/times_test.cpp compares the two over generated numbers).
#ifndef COMMUNIQUE_DETAIL_TIMES_SHAPE_HPP
#define COMMUNIQUE_DETAIL_TIMES_SHAPE_HPP

#include <communique/config.hpp>

#include <boost/endian/conversion.hpp>

#include <cstdint>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define COMMUNIQUE_TIMES_SSE2 1
#endif

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail::times_impl {

/// Whether a date expression may start at the digit `first` ([first, last) readable, first <
/// last). The forms, by the digits they open with:
///   4 digits   iso_date ("2017-04-12": a '-' next) or year_only (no letter next);
///   1-2 digits day_month ("14 April", "7th April", "3-4 April", "12 APR", "4th of July":
///              blanks then a capital, "of" or a dash; or a dash or an ordinal suffix next),
///              ordinal ("4th": a suffix next) or clock ("19:17": a ':' next);
///   3, 5 or more digits: none (every digit run of the grammar is 1-2 or exactly 4 long).
inline bool digits_may_open_date(const char* first, const char* last) noexcept {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const char* p = first;
    while (p != last && digit(*p) && p - first < 5) ++p;
    const auto n = p - first;
    if (n == 4) {
        if (p == last) return true;
        const char c = *p; // a '-' for an ISO date; not a letter for a year
        return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }
    if (n != 1 && n != 2) return false;
    if (p == last) return false; // every 1-2 digit form has something after its digits
    const char c = *p;
    if (c == ':' || c == '-' || c == '\xE2') return true; // clock, range, dash
    if (c == 's' || c == 'n' || c == 'r' || c == 't') return true; // ordinal suffix
    // Blanks (space, tab, U+00A0), then a month name, "of" or a range's dash.
    bool blank = false;
    for (;;) {
        if (p != last && (*p == ' ' || *p == '\t')) ++p;
        else if (last - p >= 2 && p[0] == '\xC2' && p[1] == '\xA0') p += 2;
        else break;
        blank = true;
    }
    if (!blank || p == last) return false;
    const char d = *p;
    return (d >= 'A' && d <= 'Z') || d == 'o' || d == '-' || d == '\xE2';
}

/// Sixteen bytes as bit masks, bit k for byte k: `word` where the byte is an ASCII letter or
/// digit (what words are made of, for finding where they start), `lead` where it is a digit,
/// an upper-case letter or one of l t n y (the first bytes of every word that can open a date:
/// "last", "this", "next", "today", "yesterday"; lead_filter checks that the grammar's tables
/// agree). Starts of words that cannot lead are dropped before any per-word work.
struct byte_masks {
    std::uint32_t word = 0, lead = 0;
};

/// byte_masks one byte at a time: the definition the fast versions are tested against.
inline byte_masks byte_masks_reference(const unsigned char* p) noexcept {
    byte_masks m;
    for (unsigned k = 0; k < 16; ++k) {
        const unsigned char c = p[k];
        const bool digit = c >= '0' && c <= '9', upper = c >= 'A' && c <= 'Z';
        const bool lower = c >= 'a' && c <= 'z';
        if (digit || upper || lower) m.word |= 1u << k;
        if (digit || upper || c == 'l' || c == 't' || c == 'n' || c == 'y') m.lead |= 1u << k;
    }
    return m;
}

/// byte_masks eight bytes at a time (SWAR), for targets without SSE2. On seven-bit values no
/// sum carries into the next byte, so each byte's answer is exact; bytes with the high bit set
/// (UTF-8) are neither.
inline byte_masks byte_masks_swar(const unsigned char* p) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
    const auto at_least = [](std::uint64_t v, unsigned c) { return (v + ones * (0x80 - c)) & highs; };
    const auto equal = [](std::uint64_t v, unsigned c) { return ~((v ^ ones * c) + ones * 0x7F) & highs; };
    // Bit 7 of each byte down to bit k of an eight-bit mask (the multiply gathers them).
    const auto gather = [](std::uint64_t m) {
        return static_cast<std::uint32_t>(((m >> 7) * 0x0102040810204080ULL) >> 56);
    };
    byte_masks out;
    for (unsigned half = 0; half < 2; ++half) {
        const std::uint64_t w = boost::endian::load_little_u64(p + 8 * half);
        const std::uint64_t low7 = w & ~highs, ascii = ~w & highs;
        const std::uint64_t folded = low7 | ones * 0x20; // upper case onto lower case
        const std::uint64_t digit = at_least(low7, '0') & ~at_least(low7, '9' + 1);
        const std::uint64_t upper = at_least(low7, 'A') & ~at_least(low7, 'Z' + 1);
        const std::uint64_t letter = at_least(folded, 'a') & ~at_least(folded, 'z' + 1);
        const std::uint64_t lower_lead = equal(low7, 'l') | equal(low7, 't') | equal(low7, 'n') | equal(low7, 'y');
        out.word |= gather((digit | letter) & ascii) << (8 * half);
        out.lead |= gather((digit | upper | lower_lead) & ascii) << (8 * half);
    }
    return out;
}

#ifdef COMMUNIQUE_TIMES_SSE2
/// byte_masks with SSE2: range tests as signed compares after a shift of the range to -128.
inline byte_masks byte_masks_sse2(const unsigned char* p) noexcept {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const auto in_range = [](__m128i v, char lo, char n) { // lo <= v < lo + n (n < 128)
        const __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(-128 - lo)));
        return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + n)));
    };
    const __m128i digit = in_range(x, '0', 10);
    const __m128i upper = in_range(x, 'A', 26);
    const __m128i letter = in_range(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 26);
    const auto eq = [&x](char c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(c)); };
    const __m128i lower_lead = _mm_or_si128(_mm_or_si128(eq('l'), eq('t')), _mm_or_si128(eq('n'), eq('y')));
    byte_masks out;
    out.word = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
    out.lead = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, upper), lower_lead)));
    return out;
}
#endif

/// byte_masks of the sixteen bytes at `p`, the fastest way this target has.
inline byte_masks byte_masks_at(const unsigned char* p) noexcept {
#ifdef COMMUNIQUE_TIMES_SSE2
    return byte_masks_sse2(p);
#else
    return byte_masks_swar(p);
#endif
}

} // namespace detail::times_impl
COMMUNIQUE_END_NAMESPACE

#endif
