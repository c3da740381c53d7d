// Scanning JSON string bodies a word at a time, shared by the JSON Lines writer (which stops
// at anything to escape or to check as UTF-8) and reader (which stops at quotes, backslashes
// and control characters). Most string bytes need nothing done, so finding the next byte that
// does is most of the work; Boost.JSON 1.81 does it a byte at a time after the first escape.
#ifndef COMMUNIQUE_DETAIL_JSON_SCAN_HPP
#define COMMUNIQUE_DETAIL_JSON_SCAN_HPP

#include <communique/config.hpp>

#include <cstdint>
#include <cstring>

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
inline const unsigned char* json_skip_words(const unsigned char* p, const unsigned char* end,
                                            bool ascii_only) noexcept {
    while (end - p >= 8) {
        std::uint64_t x;
        std::memcpy(&x, p, 8); // one unaligned load
        if (json_word_stops(x, ascii_only)) break;
        p += 8;
    }
    return p;
}

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
