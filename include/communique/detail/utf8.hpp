// UTF-8 helpers: validation and a replacement view for output. Offsets always stay byte
// offsets into the caller's original text; only what is written out is repaired.
#ifndef COMMUNIQUE_DETAIL_UTF8_HPP
#define COMMUNIQUE_DETAIL_UTF8_HPP

#include <communique/config.hpp>

#include <cstddef>
#include <string>
#include <string_view>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// Length of the valid UTF-8 sequence starting at `p` (1..4), or 0 when it is invalid
/// (overlong forms, surrogates and code points past U+10FFFF are invalid).
inline std::size_t utf8_sequence(const unsigned char* p, const unsigned char* end) noexcept {
    const unsigned char c = *p;
    if (c < 0x80) return 1;
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c == 0xE0) { n = 3; lo = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) n = 3;
    else if (c == 0xED) { n = 3; hi = 0x9F; }
    else if (c >= 0xEE && c <= 0xEF) n = 3;
    else if (c == 0xF0) { n = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) n = 4;
    else if (c == 0xF4) { n = 4; hi = 0x8F; }
    else return 0;
    if (static_cast<std::size_t>(end - p) < n) return 0;
    if (p[1] < lo || p[1] > hi) return 0;
    for (std::size_t i = 2; i < n; ++i)
        if (p[i] < 0x80 || p[i] > 0xBF) return 0;
    return n;
}

/// Number of invalid sequences in `text` (each replaced by one U+FFFD on output).
inline std::size_t count_invalid_utf8(std::string_view text) noexcept {
    auto p = reinterpret_cast<const unsigned char*>(text.data());
    const auto end = p + text.size();
    std::size_t bad = 0;
    while (p < end) {
        if (*p < 0x80) { ++p; continue; }
        const std::size_t n = utf8_sequence(p, end);
        if (n == 0) { ++bad; ++p; }
        else p += n;
    }
    return bad;
}

/// `text` as valid UTF-8: each invalid byte becomes U+FFFD, NUL becomes U+FFFD too (so the
/// output is safe for C-string consumers).
inline void append_valid_utf8(std::string& out, std::string_view text) {
    auto p = reinterpret_cast<const unsigned char*>(text.data());
    const auto end = p + text.size();
    while (p < end) {
        if (*p < 0x80 && *p != 0) { out.push_back(static_cast<char>(*p++)); continue; }
        const std::size_t n = *p == 0 ? 0 : utf8_sequence(p, end);
        if (n == 0) { out += "\xEF\xBF\xBD"; ++p; continue; }
        out.append(reinterpret_cast<const char*>(p), n);
        p += n;
    }
}

inline std::string valid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_valid_utf8(out, text);
    return out;
}

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
