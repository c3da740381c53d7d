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
#include <bitset>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail::_structure {

inline bool is_ascii_space(unsigned char c) noexcept {
    // ' ' \t \n \v \f \r as bits of one word: a compare and a bit test instead of six compares.
    constexpr std::uint64_t spaces = std::uint64_t{1} << ' ' | std::uint64_t{1} << '\t' | std::uint64_t{1} << '\n' |
                                     std::uint64_t{1} << '\v' | std::uint64_t{1} << '\f' | std::uint64_t{1} << '\r';
    return c <= ' ' && ((spaces >> c) & 1) != 0;
}
inline bool is_lower(unsigned char c) noexcept { return c >= 'a' && c <= 'z'; }
inline bool is_upper(unsigned char c) noexcept { return c >= 'A' && c <= 'Z'; }
inline bool is_digit(unsigned char c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_alpha(unsigned char c) noexcept { return is_lower(c) || is_upper(c); }
inline bool is_alnum(unsigned char c) noexcept { return is_alpha(c) || is_digit(c); }

/// Length of the Unicode white space (ASCII, U+00A0, U+2000..U+200A, U+202F, U+3000) at `p`,
/// or 0.
inline std::size_t space_at(const unsigned char* p, const unsigned char* end) noexcept {
    if (p >= end) return 0;
    if (is_ascii_space(*p)) return 1;
    if (*p == 0xC2 && end - p >= 2 && p[1] == 0xA0) return 2;
    if (*p == 0xE2 && end - p >= 3 && p[1] == 0x80 && (p[2] <= 0x8A || p[2] == 0xAF)) return 3;
    if (*p == 0xE3 && end - p >= 3 && p[1] == 0x80 && p[2] == 0x80) return 3;
    return 0;
}
/// What the bytes of a line's words tell features_of (structure-inl.hpp): the first four
/// over the whole line, the last two over one word.
struct word_marks {
    std::size_t commas = 0;
    bool pipe = false;
    bool slash = false; ///< a "/" between a letter and a capital ("Yuri Gripas/Reuters")
    bool digit = false;
    bool letters = true;     ///< the word is letters and the marks a name may have inside
    bool any_letter = false; ///< the word has a letter (a non-ASCII byte other than 0xE2 counts)
};

/// Reads the word that starts at base[w] up to the first white space (space_at) or `e`, and
/// returns its end: the definition, a byte at a time.
inline std::size_t read_word_reference(const unsigned char* base, std::size_t w, std::size_t e, word_marks& m) noexcept {
    std::size_t i = w;
    while (i < e && space_at(base + i, base + e) == 0) {
        const unsigned char c = base[i];
        if (c == '|') m.pipe = true;
        if (c == ',') ++m.commas;
        if (c == '/' && i > w && i + 1 < e && is_alpha(base[i - 1]) && is_upper(base[i + 1]))
            m.slash = true;
        if (is_digit(c)) { m.digit = true; m.letters = false; }
        else if (is_alpha(c) || c >= 0x80) m.any_letter = m.any_letter || c < 0xE2 || c > 0xE2;
        else if (!(c == '\'' || c == '-' || c == '.' || c == ',' || c == ';' || c == ':'
                   || c == '(' || c == ')' || c == '"' || c == '?' || c == '!'))
            m.letters = false;
        ++i;
    }
    return i;
}

/// What read_word does with a byte: its kind, plus may_space when white space can start at
/// it (ASCII white space, and the lead bytes of U+00A0, U+2000..U+202F, U+3000).
enum word_byte : unsigned char {
    wb_other, wb_letter, wb_inert, wb_comma, wb_pipe, wb_slash, wb_digit,
    wb_may_space = 0x10, wb_kind = 0x0F
};
struct word_byte_table {
    std::array<unsigned char, 256> kind{};
    constexpr word_byte_table() {
        for (unsigned c = 0; c < 256; ++c) {
            unsigned char k = wb_other;
            if (c >= '0' && c <= '9') k = wb_digit;
            else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) k = c == 0xE2 ? wb_inert : wb_letter;
            for (char p : {'\'', '-', '.', ';', ':', '(', ')', '"', '?', '!'})
                if (c == static_cast<unsigned char>(p)) k = wb_inert;
            if (c == ',') k = wb_comma;
            if (c == '|') k = wb_pipe;
            if (c == '/') k = wb_slash;
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0xC2 || c == 0xE2 || c == 0xE3)
                k = static_cast<unsigned char>(k | wb_may_space);
            kind[c] = k;
        }
    }
};
inline constexpr word_byte_table word_bytes{};

/// read_word_reference with one table look-up a byte: most bytes are letters, and only the
/// few that may start white space are checked for it.
inline std::size_t read_word(const unsigned char* base, std::size_t w, std::size_t e, word_marks& m) noexcept {
    std::size_t i = w;
    for (; i < e; ++i) {
        const unsigned char k = word_bytes.kind[base[i]];
        if (k == wb_letter) {
            m.any_letter = true;
            continue;
        }
        if ((k & wb_may_space) != 0 && space_at(base + i, base + e) != 0) break;
        switch (k & wb_kind) {
        case wb_letter: m.any_letter = true; break;
        case wb_inert: break;
        case wb_comma: ++m.commas; break;
        case wb_pipe: m.pipe = true; m.letters = false; break;
        case wb_digit: m.digit = true; m.letters = false; break;
        case wb_slash:
            if (i > w && i + 1 < e && is_alpha(base[i - 1]) && is_upper(base[i + 1])) m.slash = true;
            m.letters = false;
            break;
        default: m.letters = false;
        }
    }
    return i;
}

/// The word before a full stop at base[dot], as full_stop_ends reads it: back over ASCII
/// letters, full stops and apostrophes, not before `from` nor more than 24 bytes; its start.
/// `dotted` tells whether it holds a full stop ("U.S" of "U.S.", "p.m"). The definition, a
/// byte at a time.
inline std::size_t word_before_stop_reference(const unsigned char* base, std::size_t from, std::size_t dot,
                                              bool& dotted) noexcept {
    std::size_t t = dot;
    while (t > from && dot - t < 24 && (is_alpha(base[t - 1]) || base[t - 1] == '.' || base[t - 1] == '\''))
        --t;
    dotted = false;
    for (std::size_t i = t; i < dot; ++i)
        if (base[i] == '.') dotted = true;
    return t;
}

/// Bytes of the word before a full stop: 1 for a letter or apostrophe, 3 for a full stop.
struct stop_word_byte_table {
    std::array<unsigned char, 256> kind{};
    constexpr stop_word_byte_table() {
        for (unsigned c = 'a'; c <= 'z'; ++c) kind[c] = kind[c - 'a' + 'A'] = 1;
        kind['\''] = 1;
        kind['.'] = 3;
    }
};
inline constexpr stop_word_byte_table stop_word_bytes{};

/// word_before_stop_reference with one table look-up a byte, and the full stops noted on
/// the way instead of by a second pass over the word (most full stops end a plain word).
inline std::size_t word_before_stop(const unsigned char* base, std::size_t from, std::size_t dot, bool& dotted) noexcept {
    const std::size_t lo = dot - from > 24 ? dot - 24 : from;
    std::size_t t = dot;
    unsigned seen = 0;
    while (t > lo) {
        const unsigned k = stop_word_bytes.kind[base[t - 1]];
        if (k == 0) break;
        seen |= k;
        --t;
    }
    dotted = seen > 1;
    return t;
}

/// The bytes the sentence and quotation scanner must look at: . ? ! " ' and the lead bytes of
/// … “ ” ‘ ’ (0xE2) and « » (0xC2).
struct hot_byte_table {
    std::array<bool, 256> hot{};
    constexpr hot_byte_table() {
        for (int c : {int{'.'}, int{'?'}, int{'!'}, int{'"'}, int{'\''}, 0xE2, 0xC2}) hot[static_cast<std::size_t>(c)] = true;
    }
};
inline constexpr hot_byte_table hot_bytes{};

/// The bytes the scanner's searches stop at: the hot bytes and # $ % &, since ! " ' are found
/// as the range '!' to '\'' (two operations a block instead of five); the scanner passes over
/// those four as over any byte that opens no mark. `ascii` leaves out the lead bytes 0xC2 and
/// 0xE2, for a text without a byte above 0x7F (most news text), where they cannot stand.
struct stop_byte_table {
    std::array<bool, 256> any{}, ascii{};
    constexpr stop_byte_table() {
        for (unsigned c = '!'; c <= '\''; ++c) any[c] = ascii[c] = true;
        any['.'] = ascii['.'] = any['?'] = ascii['?'] = true;
        any[0xC2] = any[0xE2] = true;
    }
};
inline constexpr stop_byte_table stop_bytes{};

/// The first hot byte in [p, end), or end: the definition.
inline const unsigned char* next_hot_reference(const unsigned char* p, const unsigned char* end) noexcept {
    while (p < end && !hot_bytes.hot[*p]) ++p;
    return p;
}

/// The first byte in [p, end) of stop_bytes (its `ascii` set when `Ascii`), or end: the
/// definition.
template <bool Ascii>
inline const unsigned char* next_stop_reference(const unsigned char* p, const unsigned char* end) noexcept {
    const auto& stops = Ascii ? stop_bytes.ascii : stop_bytes.any;
    while (p < end && !stops[*p]) ++p;
    return p;
}

/// Bit k set where byte k of the sixteen at `p` is a stop byte (stop_byte_table), with a
/// backend of detail/byte_masks16.hpp: exact.
template <typename B, bool Ascii> std::uint32_t stop_mask(const unsigned char* p) noexcept {
    const auto x = B::load(p);
    auto marks = B::either(B::in_range(x, '!', '\''), B::either(B::equal(x, '.'), B::equal(x, '?')));
    // 0xC2 and 0xE2 differ only in bit 5: one test after setting it takes both.
    if constexpr (!Ascii) marks = B::either(marks, B::equal(B::fold(x), 0xE2));
    return B::mask(marks);
}

/// next_stop sixteen bytes at a time with backend B, then the byte loop for the last few.
/// Inlined into the pass's loop, as the hand-written SSE2 search before it was: called on its
/// own, it sets up its constants again at every one of the pass's stops.
template <typename B, bool Ascii>
BOOST_FORCEINLINE const unsigned char* next_stop_with(const unsigned char* p, const unsigned char* end) noexcept {
    if (end - p >= 16) {
        // The loop compares with the last block's start: a step fewer a block than `end - p`.
        const unsigned char* const last = end - 16;
        do {
            const std::uint32_t mask = stop_mask<B, Ascii>(p);
            if (mask != 0) return p + boost::core::countr_zero(mask);
            p += 16;
        } while (p <= last);
    }
    return next_stop_reference<Ascii>(p, end);
}

/// next_stop with portable word arithmetic: the way of targets without SSE2, tested on all.
template <bool Ascii>
inline const unsigned char* next_stop_swar(const unsigned char* p, const unsigned char* end) noexcept {
    return next_stop_with<bytes16::swar, Ascii>(p, end);
}

/// The first stop byte in [p, end) (stop_byte_table; its `ascii` set when `Ascii`), or end.
template <bool Ascii>
BOOST_FORCEINLINE const unsigned char* next_stop(const unsigned char* p, const unsigned char* end) noexcept {
    return next_stop_with<bytes16::fastest, Ascii>(p, end);
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
    // Sixty-four bytes a turn while there are (most texts are plain ASCII throughout), then 32.
    while (end - p >= 64) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16));
        const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 32));
        const __m128i d = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 48));
        // As below, over four blocks: the least of all four is zero when one byte is.
        const __m128i least = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));
        const __m128i nul = _mm_cmpeq_epi8(least, _mm_setzero_si128());
        const __m128i high = _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d));
        if (_mm_movemask_epi8(_mm_or_si128(high, nul)) != 0) break;
        p += 64;
    }
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

/// Whether the head [b, e) of a line can open a speaker label (grammar/structure rule
/// speaker_label): its first name word starts with an ASCII capital or a non-ASCII byte, and
/// the colon after the label lies on that stretch. Most lines fail this, and checking it here
/// costs a fraction of calling the rule (structure_blocks_test.cpp runs both on every line).
inline bool may_open_speaker_label(const char* b, const char* e) noexcept {
    if (b == e) return false;
    const auto c = static_cast<unsigned char>(*b);
    if (!is_upper(c) && c < 0x80) return false;
    return std::memchr(b, ':', static_cast<std::size_t>(e - b)) != nullptr;
}

/// Whether the head [b, e) of a line can open a list marker (rule list_marker): its first byte
/// is one of a bullet's ("•", "▪", "◦", "–" start with 0xE2, "·" with 0xC2), '-', '*', '(' or
/// a digit. Most lines start with a letter and are not handed to the rule.
inline bool may_open_list_marker(const char* b, const char* e) noexcept {
    if (b == e) return false;
    const auto c = static_cast<unsigned char>(*b);
    return c == 0xE2 || c == 0xC2 || c == '-' || c == '*' || c == '(' || is_digit(c);
}

/// Whether the head [b, e) of a line can open a dateline (rule dateline): its first place
/// word is an ASCII capital and then a capital, ' . or the first byte of ’, or a place in
/// title case with a "(" and a capital in the head's first 48 bytes. Running text ("The talks ...") fails on
/// its second byte or on the look for the parenthesis.
inline bool may_open_dateline(const char* b, const char* e) noexcept {
    if (e - b < 2 || !is_upper(static_cast<unsigned char>(b[0]))) return false;
    const auto c = static_cast<unsigned char>(b[1]);
    if (is_upper(c) || c == '\'' || c == '.' || c == 0xE2) return true;
    // (A place in title case needs an agency in capitals in parentheses soon after it: "Hanoi
    // (VNA) –".)
    const std::size_t head = e - b > 48 ? 48 : static_cast<std::size_t>(e - b);
    const auto* const open = static_cast<const char*>(std::memchr(b, '(', head));
    return open && open + 1 < b + head && is_upper(static_cast<unsigned char>(open[1]));
}

/// Whether a furniture word or phrase (rule furniture_word, matched in any case) may start the
/// head [b, e) of a line: its first two bytes, ASCII capitals folded to lower case, must be
/// the first two of one of the rule's phrases ("Me" for "menu", "PH" for "photo"). The rule
/// walks its table under no_case for every line, a few hundred instructions, and most lines
/// ("The talks", "He said", "Mr Lavrov") fail here on a bit test. A necessary condition only,
/// built from the rule's own table: a non-ASCII byte, a short head or a phrase this look cannot
/// describe lets the rule decide (structure_blocks_test.cpp runs both on every line).
///
/// A head of four ASCII bytes is looked at further: its four bytes, folded so, hashed to a bit
/// set with those of the phrases (all of four bytes or more). Two bytes let by many a name and
/// party ("Tony", "Labour", "Conservatives"), four few.
class furniture_heads {
public:
    explicit furniture_heads(const std::vector<std::string>& phrases) {
        const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
        for (const std::string& w : phrases) {
            if (w.size() < 2 || !lower(w[0]) || !lower(w[1])) every_ = true;
            else pairs_[key(static_cast<unsigned char>(w[0]), static_cast<unsigned char>(w[1]))] = true;
            bool plain = w.size() >= 4;
            for (std::size_t k = 0; plain && k < 4; ++k)
                plain = static_cast<unsigned char>(w[k]) < 0x80 && !is_upper(static_cast<unsigned char>(w[k]));
            if (plain) fours_[slot(w.data())] = true;
            else every_four_ = true;
        }
    }
    bool may_open(const char* b, const char* e) const noexcept {
        if (every_ || e - b < 2) return true;
        const auto c0 = static_cast<unsigned char>(b[0]), c1 = static_cast<unsigned char>(b[1]);
        if (c0 >= 0x80 || c1 >= 0x80) return true; // the rule's case folding is the locale's
        if (!pairs_[key(fold(c0), fold(c1))]) return false;
        if (every_four_ || e - b < 4) return true;
        const auto c2 = static_cast<unsigned char>(b[2]), c3 = static_cast<unsigned char>(b[3]);
        if (c2 >= 0x80 || c3 >= 0x80) return true;
        const char folded[4] = {static_cast<char>(fold(c0)), static_cast<char>(fold(c1)), static_cast<char>(fold(c2)),
                                static_cast<char>(fold(c3))};
        return fours_[slot(folded)];
    }

private:
    static unsigned char fold(unsigned char c) noexcept { return is_upper(c) ? static_cast<unsigned char>(c | 0x20) : c; }
    static std::size_t key(unsigned char c0, unsigned char c1) noexcept { return std::size_t{c0} << 7 | c1; }
    static constexpr std::size_t four_bits = 12;
    /// The bit of four bytes: the top bits of their product with the golden ratio's word.
    static std::size_t slot(const char* p) noexcept {
        std::uint32_t k;
        std::memcpy(&k, p, 4);
        return static_cast<std::size_t>((k * 0x9E3779B1u) >> (32 - four_bits));
    }
    std::bitset<std::size_t{1} << 14> pairs_; // two ASCII bytes
    std::bitset<std::size_t{1} << four_bits> fours_;
    bool every_ = false;
    bool every_four_ = false; ///< a phrase of under four bytes, or with one not ASCII
};

/// The look before rule abbreviation at a full stop: the word before the stop must be one of
/// the rule's words, as written (the rule reads a word of its table and then the stop, so it
/// reaches the stop only when the word is all of [t, dot)). A bit per word's hash, built from
/// the rule's table: a necessary condition only, so any word it lets by still goes to the rule
/// (structure_sentences_test.cpp checks it over the table and the words of the dev corpus).
/// Most full stops end a plain word ("said.", "year.") and stop at one multiply and a bit test
/// instead of a walk of the table.
class abbreviation_heads {
public:
    explicit abbreviation_heads(const std::vector<std::string>& words) {
        for (const std::string& w : words) {
            if (w.size() > max_bytes) every_ = true;
            else bits_[slot(w.data(), w.size())] = true;
        }
    }
    /// Whether the `n` bytes at `p` may be a word of the table.
    bool may_be(const char* p, std::size_t n) const noexcept {
        if (every_ || n > max_bytes) return true;
        return bits_[slot(p, n)];
    }

private:
    static constexpr std::size_t max_bytes = 8, slot_bits = 12;
    static std::size_t slot(const char* p, std::size_t n) noexcept {
        std::uint64_t key = n;
        for (std::size_t k = 0; k < n; ++k) key = key << 8 ^ static_cast<unsigned char>(p[k]);
        // Fibonacci hashing: the top bits of the product mix every byte.
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - slot_bits));
    }
    std::bitset<std::size_t{1} << slot_bits> bits_;
    bool every_ = false;
};

/// A set of lines of one article (classify's repeated lines and titles): a short array
/// searched in order while the article has few of them, as a news page does (a dozen or so;
/// hashing each and allocating its node cost more than the searches), then a hash set, so the
/// pass stays linear on a page of thousands of short lines.
class line_set {
public:
    /// Adds `s`; false when it was there already.
    bool insert(std::string_view s) {
        if (!many_.empty()) return many_.insert(s).second; // one hash, not a look and an insert
        if (contains(s)) return false;
        if (count_ < few_.size()) {
            few_[count_++] = s;
        } else {
            many_.insert(few_.begin(), few_.end());
            many_.insert(s);
        }
        return true;
    }
    bool contains(std::string_view s) const {
        if (!many_.empty()) return many_.count(s) != 0;
        for (std::size_t k = 0; k < count_; ++k)
            if (few_[k] == s) return true;
        return false;
    }

private:
    std::array<std::string_view, 32> few_{};
    std::size_t count_ = 0;
    std::unordered_set<std::string_view> many_;
};

} // namespace detail::_structure
COMMUNIQUE_END_NAMESPACE

#endif
