// Sixteen bytes at a time as a bit mask, bit k for byte k: the building blocks of the scans
// that look for the next interesting byte (structure_scan.hpp, times_shape.hpp,
// topic_filter.hpp). A scan is written once, as a template over a backend, from these steps:
// load sixteen bytes, test each against a range or a value, combine the answers, and take the
// mask. Two backends give the same answers: SSE2 (every x86-64 has it) and portable word
// arithmetic (SWAR) for other targets; the scans' tests check both against byte loops.
#ifndef COMMUNIQUE_DETAIL_BYTE_MASKS16_HPP
#define COMMUNIQUE_DETAIL_BYTE_MASKS16_HPP

#include <communique/config.hpp>

#include <boost/config.hpp>
#include <boost/endian/conversion.hpp>

#include <cstdint>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define COMMUNIQUE_BYTES16_SSE2 1
#endif

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail::bytes16 {

/// Sixteen bytes as two little-endian words; an answer is bit 7 of each byte. On seven-bit
/// values no sum carries into the next byte, so each byte's answer is its own; bytes from 0x80
/// are taken apart where it matters.
struct swar {
    struct bytes {
        std::uint64_t w[2];
    };
    static constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;

    static bytes load(const unsigned char* p) noexcept {
        return {{boost::endian::load_little_u64(p), boost::endian::load_little_u64(p + 8)}};
    }
    /// lo <= byte <= hi, for a range within ASCII (hi < 0x80).
    static bytes in_range(bytes x, unsigned char lo, unsigned char hi) noexcept {
        return each(x, [lo, hi](std::uint64_t w) {
            const std::uint64_t low7 = w & ~highs;
            const auto at_least = [low7](unsigned c) { return low7 + ones * (0x80 - c); };
            return at_least(lo) & ~at_least(hi + 1u) & ~w;
        });
    }
    /// byte == c, for any c: a byte of w ^ c is zero when its low seven bits plus 0x7F do not
    /// reach bit 7 and its own bit 7 is clear (the sum stays within the byte).
    static bytes equal(bytes x, unsigned char c) noexcept {
        return each(x, [c](std::uint64_t w) {
            const std::uint64_t v = w ^ (ones * c);
            return ~(((v & ~highs) + ~highs) | v);
        });
    }
    /// byte >= 0x80.
    static bytes high(bytes x) noexcept { return x; }
    /// The byte with bit 5 set: ASCII upper case onto lower case.
    static bytes fold(bytes x) noexcept {
        return each(x, [](std::uint64_t w) { return w | ones * 0x20; });
    }
    static bytes either(bytes a, bytes b) noexcept { return {{a.w[0] | b.w[0], a.w[1] | b.w[1]}}; }
    /// Bit k set where byte k's answer is.
    static std::uint32_t mask(bytes x) noexcept {
        // Bit 7 of each byte down to bit k of an eight-bit mask (the multiply gathers them).
        const auto gather = [](std::uint64_t m) {
            return static_cast<std::uint32_t>((((m & highs) >> 7) * 0x0102040810204080ULL) >> 56);
        };
        return gather(x.w[0]) | gather(x.w[1]) << 8;
    }

private:
    template <typename F> static bytes each(bytes x, F f) noexcept { return {{f(x.w[0]), f(x.w[1])}}; }
};

#ifdef COMMUNIQUE_BYTES16_SSE2
/// Sixteen bytes in an SSE2 register; an answer is a byte of all ones.
struct sse2 {
    using bytes = __m128i;

    static bytes load(const unsigned char* p) noexcept {
        return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    }
    /// lo <= byte <= hi (hi - lo < 0x7F): a signed compare after the range is moved to -128.
    static bytes in_range(bytes x, unsigned char lo, unsigned char hi) noexcept {
        const __m128i shifted = _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(-128 - lo)));
        return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + (hi - lo + 1))));
    }
    static bytes equal(bytes x, unsigned char c) noexcept {
        return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(c)));
    }
    /// byte >= 0x80: its sign bit is all mask() looks at.
    static bytes high(bytes x) noexcept { return x; }
    static bytes fold(bytes x) noexcept { return _mm_or_si128(x, _mm_set1_epi8(0x20)); }
    static bytes either(bytes a, bytes b) noexcept { return _mm_or_si128(a, b); }
    static std::uint32_t mask(bytes x) noexcept { return static_cast<std::uint32_t>(_mm_movemask_epi8(x)); }
};
using fastest = sse2;
#else
using fastest = swar;
#endif

/// Bit k set where byte k of the sixteen at `p` is one of `Bytes` (the scans of a tag string
/// for a few tags: next_tag_in, last_pattern_cue).
template <typename B, unsigned char First, unsigned char... Rest>
BOOST_FORCEINLINE std::uint32_t equal_any(const unsigned char* p) noexcept {
    const auto x = B::load(p);
    auto hit = B::equal(x, First);
    ((hit = B::either(hit, B::equal(x, Rest))), ...);
    return B::mask(hit);
}

/// The ASCII capitals and lower-case letters among sixteen bytes (in_capitals counts them).
struct letter_count {
    unsigned upper = 0, lower = 0;
};

/// letter_count of the sixteen bytes at `p`, byte by byte: the definition the SSE2 count is
/// tested against, and the count on other targets.
inline letter_count letters_reference(const unsigned char* p) noexcept {
    letter_count out;
    for (unsigned k = 0; k < 16; ++k) {
        out.upper += static_cast<unsigned char>(p[k] - 'A') < 26;
        out.lower += static_cast<unsigned char>(p[k] - 'a') < 26;
    }
    return out;
}

#ifdef COMMUNIQUE_BYTES16_SSE2
/// letters_reference with SSE2: each range hit a byte 1, summed by the sum of absolute
/// differences from zero (two eight-byte sums; no popcount instruction is assumed, and a
/// library call for one cost more than the count).
inline letter_count letters_sse2(const unsigned char* p) noexcept {
    const __m128i x = sse2::load(p), one = _mm_set1_epi8(1), zero = _mm_setzero_si128();
    const __m128i upper = _mm_and_si128(sse2::in_range(x, 'A', 'Z'), one);
    const __m128i lower = _mm_and_si128(sse2::in_range(x, 'a', 'z'), one);
    // Upper-case sums in the low half of each 64-bit lane, lower-case ones in the high half.
    const __m128i sums = _mm_or_si128(_mm_sad_epu8(upper, zero), _mm_slli_epi64(_mm_sad_epu8(lower, zero), 32));
    const __m128i both = _mm_add_epi64(sums, _mm_unpackhi_epi64(sums, sums));
    return {static_cast<unsigned>(_mm_cvtsi128_si32(both)), static_cast<unsigned>(_mm_cvtsi128_si32(_mm_srli_si128(both, 4)))};
}
#endif

/// The letters of the sixteen bytes at `p`, the fastest way this target has.
inline letter_count letters(const unsigned char* p) noexcept {
#ifdef COMMUNIQUE_BYTES16_SSE2
    return letters_sse2(p);
#else
    return letters_reference(p);
#endif
}

} // namespace detail::bytes16
COMMUNIQUE_END_NAMESPACE

#endif
