// Scanning JSON string bodies sixteen bytes (SSE2) or a word at a time, shared by the JSON Lines writer (which stops
// at anything to escape or to check as UTF-8) and reader (which stops at quotes, backslashes
// and control characters). Most string bytes need nothing done, so finding the next byte that
// does is most of the work; Boost.JSON 1.81 does it a byte at a time after the first escape.
#ifndef COMMUNIQUE_DETAIL_JSON_SCAN_HPP
#define COMMUNIQUE_DETAIL_JSON_SCAN_HPP

#include <communique/config.hpp>
#include <communique/kinds.hpp>
#include <communique/types.hpp>

#include <boost/core/bit.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define COMMUNIQUE_JSON_SSE2 1
#endif

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// Whether any of the 8 bytes of `x` is a control character, '"' or '\\' (and, when
/// `ascii_only`, a byte of 0x80 and up). This is the "has a zero byte" test of SWAR code, (v -
/// 0x01..01) & ~v & 0x80..80, for v = x - 0x1f (below 0x20: borrows start only there),
/// x ^ '"' and x ^ '\\'; the three ~v share their high bits with ~x, so one mask serves them
/// all, and with ascii_only any high bit of x stops anyway. Exact about whether some byte
/// matches, not about which one, so a caller that gets true looks at the bytes one by one.
constexpr bool json_word_stops(std::uint64_t x, bool ascii_only) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    const std::uint64_t borrows = (x - 0x20 * ones) | ((x ^ ('"' * ones)) - ones) | ((x ^ ('\\' * ones)) - ones);
    return ((ascii_only ? borrows | x : borrows & ~x) & highs) != 0;
}

/// `p` moved past the whole words before `end` in which json_word_stops finds nothing.
inline const unsigned char* json_skip_words_swar(const unsigned char* p, const unsigned char* end,
                                                 bool ascii_only) noexcept {
    while (end - p >= 8) {
        std::uint64_t x;
        std::memcpy(&x, p, 8); // one unaligned load
        if (json_word_stops(x, ascii_only)) break;
        p += 8;
    }
    return p;
}

#ifdef COMMUNIQUE_JSON_SSE2
/// Bit k set where byte k of the sixteen at `p` is a control character, '"' or '\\' (or, when
/// `ascii_only`, 0x80 and up).
inline unsigned json_stops16(const unsigned char* p, bool ascii_only) noexcept {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    if (ascii_only) {
        // With bit 1 flipped, '"' (0x22) becomes 0x20, the controls stay below it and the bytes
        // from 0x80 are negative: one signed compare takes all three (the writer's every string).
        const __m128i flipped = _mm_xor_si128(x, _mm_set1_epi8(0x02));
        const __m128i low_quote_high = _mm_cmplt_epi8(flipped, _mm_set1_epi8(0x21));
        return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(low_quote_high, _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')))));
    }
    const __m128i marks = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                       _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
    const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x);
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(marks, low)));
}

/// Whether the `n` bytes at `p` are printable ASCII other than '"' and '\\' (nothing to escape
/// or to check as UTF-8). Reads whole blocks of sixteen: the fifteen bytes past `p + n` must
/// be readable and plain (the writer puts them there), so no block needs a mask.
inline bool json_plain_ascii(const unsigned char* p, std::size_t n) noexcept {
    for (std::size_t k = 0; k < n; k += 16)
        if (json_stops16(p + k, true) != 0) return false;
    return true;
}

/// How many of the `n` bytes at `p` are plain before the first that is not (n when all are),
/// read as json_plain_ascii reads them: the writer keeps that many already copied.
inline std::size_t json_plain_ascii_length(const unsigned char* p, std::size_t n) noexcept {
    for (std::size_t k = 0; k < n; k += 16)
        if (const unsigned stops = json_stops16(p + k, true)) return k + boost::core::countr_zero(stops);
    return n;
}
#endif

/// `p` moved forward over bytes in which json_word_stops finds nothing, never past the first
/// one it would stop at: with SSE2 onto that byte exactly when the string has sixteen bytes
/// (the last block read overlapping the one before), else past whole words. The caller looks
/// at the bytes from there one by one.
inline const unsigned char* json_skip_words(const unsigned char* p, const unsigned char* end,
                                            bool ascii_only) noexcept {
#ifdef COMMUNIQUE_JSON_SSE2
    if (end - p >= 16) {
        for (;;) {
            if (p == end) return end;
            // The last block ends at `end`: its first bytes were seen already and passed.
            const unsigned char* q = end - p >= 16 ? p : end - 16;
            const unsigned mask = json_stops16(q, ascii_only);
            if (mask != 0) return q + boost::core::countr_zero(mask);
            if (q == end - 16) return end;
            p = q + 16;
        }
    }
#endif
    return json_skip_words_swar(p, end, ascii_only);
}

#ifdef COMMUNIQUE_JSON_SSE2
/// json_stops16 of a loaded block for strings of any bytes, in fewer steps: with bit 1 flipped,
/// '"' (0x22) becomes 0x20, the controls stay below it and nothing else falls to 0x20 or below.
inline unsigned json_stops16_any(__m128i x) noexcept {
    const __m128i flipped = _mm_xor_si128(x, _mm_set1_epi8(0x02));
    const __m128i low_or_quote = _mm_cmpeq_epi8(_mm_min_epu8(flipped, _mm_set1_epi8(0x20)), flipped);
    const __m128i backslash = _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(low_or_quote, backslash)));
}
#endif

/// Copies bytes from `p` to `o`, both moved forward, up to the first one that json_word_stops
/// stops at (non-ASCII bytes go through): the reader's unescaping, which copies and scans in
/// one pass. Whole blocks are stored before they are checked, so `o` must have room for `end -
/// p` bytes (an unescaping writer never gets ahead of its reader).
inline void json_copy_plain(const unsigned char*& p, const unsigned char* end, unsigned char*& o) noexcept {
#ifdef COMMUNIQUE_JSON_SSE2
    // Thirty-two bytes a turn: the loop's own steps are paid half as often (and it compares
    // with the last turn's start, a step fewer than `end - p`).
    if (end - p >= 32) {
        const unsigned char* const last = end - 32;
        do {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(o), a);
            _mm_storeu_si128(reinterpret_cast<__m128i*>(o + 16), b);
            const std::uint32_t mask = json_stops16_any(a) | json_stops16_any(b) << 16;
            if (mask != 0) {
                const auto n = boost::core::countr_zero(mask);
                p += n;
                o += n;
                return;
            }
            p += 32;
            o += 32;
        } while (p <= last);
    }
    if (end - p >= 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(o), a);
        const unsigned mask = json_stops16_any(a);
        const auto n = mask != 0 ? boost::core::countr_zero(mask) : 16;
        p += n;
        o += n;
        if (mask != 0) return;
    }
#else
    while (end - p >= 8) {
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        std::memcpy(o, &x, 8);
        if (json_word_stops(x, false)) break;
        p += 8;
        o += 8;
    }
#endif
    while (p != end && *p >= 0x20 && *p != '"' && *p != '\\') *o++ = *p++;
}

/// `s` (our own name, which needs no escaping) between quotes at `o`: the general way.
inline char* put_quoted_name(char* o, std::string_view s) noexcept {
    o[0] = '"';
    if (!s.empty()) std::memcpy(o + 1, s.data(), s.size());
    o[s.size() + 1] = '"';
    return o + s.size() + 2;
}

/// One of our own names (a kind, a mode) as a JSON string, quotes included, in sixteen bytes:
/// the JSONL writer copies these whole, a copy of a length known when compiled, where a name
/// of run-time length was a call of the library's memcpy (tests/io/jsonl_writer_test.cpp
/// compares them with put_quoted_name).
struct quoted_name {
    char bytes[16];
    std::size_t size;
};

/// A name of a quoted_names table at `o`, its sixteen bytes copied whole (the bytes past its
/// closing quote are written over later). Needs 16 bytes at `o`.
inline char* put_quoted(char* o, const quoted_name& n) noexcept {
    std::memcpy(o, n.bytes, sizeof n.bytes);
    return o + n.size;
}

/// put_quoted_name's text for the first N values of the enumeration E (named by to_string),
/// built when compiled; a name too long for sixteen bytes stops the build.
template <typename E, std::size_t N> constexpr std::array<quoted_name, N> quoted_names() {
    std::array<quoted_name, N> out{};
    for (std::size_t i = 0; i < N; ++i) {
        const std::string_view s = to_string(static_cast<E>(i));
        if (s.size() + 2 > sizeof out[i].bytes) throw "a name longer than 14 bytes";
        out[i].bytes[0] = '"';
        for (std::size_t k = 0; k < s.size(); ++k) out[i].bytes[k + 1] = s[k];
        out[i].bytes[s.size() + 1] = '"';
        out[i].size = s.size() + 2;
    }
    return out;
}
inline constexpr auto kind_names = quoted_names<statement_kind, kind_table.size()>();
inline constexpr auto mode_names = quoted_names<mode, 4>();
inline constexpr auto actor_kind_names = quoted_names<actor_kind, 5>();

/// put_quoted_name(o, to_string(e)), from `names` where it holds e (a value past its end,
/// were one added to the enumeration and not to the table, is written the general way).
/// Needs 16 bytes at `o`.
template <typename E, std::size_t N>
char* put_enum_name(char* o, const std::array<quoted_name, N>& names, E e) noexcept {
    const auto i = static_cast<std::size_t>(e);
    if (i < N) return put_quoted(o, names[i]);
    return put_quoted_name(o, to_string(e));
}
/// A statement kind's name: kind_table has a row for each kind (info() reads it so).
inline char* put_enum_name(char* o, statement_kind k) noexcept {
    return put_quoted(o, kind_names[static_cast<std::size_t>(k)]);
}

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
