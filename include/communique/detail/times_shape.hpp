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
#include <communique/detail/byte_masks16.hpp>

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>

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

/// Whether `c` is an ASCII letter (the bytes a word of the date grammar is spelt with).
inline bool ascii_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// `p` past the grammar's ws (blanks, tabs and no-break spaces) before `last`.
inline const char* after_date_blanks(const char* p, const char* last) noexcept {
    for (;;) {
        if (p != last && (*p == ' ' || *p == '\t')) ++p;
        else if (last - p >= 2 && p[0] == '\xC2' && p[1] == '\xA0') p += 2;
        else return p;
    }
}

/// Whether the word at `first` ([first, last) readable, first < last) may open a date, when it
/// is a shift word of the grammar ("this", "next", "last", or capitalised: shift_words in
/// times_def.hpp); true for any other word. A shift word is no month, weekday or day word, so
/// only two forms start with it: relative ("last week": blanks, then a unit word, week, month
/// or year) and weekday_ref ("next Monday": blanks, then a full weekday, a word of the lead
/// tables). `may_lead(p, last)` tells whether a lead word may start at p (the scan asks its
/// lead_filter). Most shift words of news text are the pronoun ("this is", "this,", "next
/// to"), which the grammar turned down only after trying each of its forms. A necessary
/// condition only: it hides no date (tests/grammar/times_test.cpp runs it and the grammar over
/// every shift word with a vocabulary of followers).
template <typename MayLead>
inline bool shift_may_open_date(const char* first, const char* last, const MayLead& may_lead) {
    if (last - first < 4) return true;
    const char c0 = static_cast<char>(first[0] | 0x20); // the table has "this" and "This"
    const std::string_view rest(first + 1, 3);
    const bool shift = (c0 == 't' && rest == "his") || (c0 == 'n' && rest == "ext") || (c0 == 'l' && rest == "ast");
    if (!shift) return true;
    const char* p = first + 4;
    if (p != last && ascii_letter(*p)) return true; // a longer word: the grammar's to judge
    const char* const word_end = p;
    p = after_date_blanks(p, last);
    if (p == word_end || p == last) return false;
    const std::string_view next(p, static_cast<std::size_t>(last - p));
    for (const std::string_view unit : {"week", "month", "year"})
        if (next.substr(0, unit.size()) == unit) return true;
    return may_lead(p, last);
}

/// Whether the two bytes at `first` are those a month name of the grammar starts with,
/// capitalised or in capitals ("Ja", "JA", "Se", ...; times_test checks them against the
/// tables).
inline bool opens_like_month(const char* first) noexcept {
    const char second = static_cast<char>(first[1] | 0x20); // folds only 'A'-'Z' onto letters
    switch (first[0]) {
    case 'J': return second == 'a' || second == 'u';
    case 'A': return second == 'p' || second == 'u';
    case 'F': case 'S': case 'D': return second == 'e';
    case 'M': return second == 'a';
    case 'O': return second == 'c';
    case 'N': return second == 'o';
    default: return false;
    }
}

/// Whether the word at `first` ([first, last) readable, first < last) may open a date, when its
/// first two bytes are those of a month name (opens_like_month); true for any other word. No
/// weekday, shift or day word of the grammar starts with those two bytes, so only the forms
/// that open with a month name can start here, month_day ("April 14", "Nov. 12") and
/// month_year ("July 2014", "May, 2015"), and both need, after the name's letters, an optional
/// '.', an optional ',', blanks and a digit. Most month names of news text have none ("in
/// March.", "March budget", "Marx", "Junior"), and the grammar turned each down only after
/// trying every one of its forms. A necessary condition only: it hides no date
/// (tests/grammar/times_test.cpp runs it and the grammar over month-like words and followers).
inline bool month_may_open_date(const char* first, const char* last) noexcept {
    if (last - first < 2 || !opens_like_month(first)) return true;
    const char* p = first + 2;
    while (p != last && ascii_letter(*p)) ++p;
    if (p != last && *p == '.') ++p;
    if (p != last && *p == ',') ++p;
    const char* const gap = p;
    p = after_date_blanks(p, last);
    return p != gap && p != last && *p >= '0' && *p <= '9';
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

/// byte_masks sixteen bytes at a time, with a backend of detail/byte_masks16.hpp.
template <typename B> byte_masks byte_masks_with(const unsigned char* p) noexcept {
    const auto x = B::load(p);
    const auto digit = B::in_range(x, '0', '9');
    const auto letter = B::in_range(B::fold(x), 'a', 'z');
    const auto lower_lead = B::either(B::either(B::equal(x, 'l'), B::equal(x, 't')),
                                      B::either(B::equal(x, 'n'), B::equal(x, 'y')));
    byte_masks out;
    out.word = B::mask(B::either(digit, letter));
    out.lead = B::mask(B::either(B::either(digit, B::in_range(x, 'A', 'Z')), lower_lead));
    return out;
}

/// byte_masks with portable word arithmetic: the way of targets without SSE2, tested on all.
inline byte_masks byte_masks_swar(const unsigned char* p) noexcept { return byte_masks_with<bytes16::swar>(p); }

/// byte_masks of the sixteen bytes at `p`, the fastest way this target has.
inline byte_masks byte_masks_at(const unsigned char* p) noexcept { return byte_masks_with<bytes16::fastest>(p); }

/// byte_masks for the sixteen bytes at `i`; bytes at or past `hi` count as no word bytes.
/// The last block of a span is read as the sixteen bytes that end at `hi`, its masks shifted
/// down to start at `i` (a byte's bits depend on that byte alone), instead of being copied
/// into a zeroed block at the end of every sentence.
inline byte_masks masks_at(std::string_view text, std::size_t i, std::size_t hi) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + i;
    if (hi - i >= 16) return byte_masks_at(p);
    if (hi >= 16 && hi > i) {
        const auto before = static_cast<unsigned>(16 - (hi - i)); // bytes read before `i`
        byte_masks m = byte_masks_at(p - before);
        m.word >>= before;
        m.lead >>= before;
        return m;
    }
    unsigned char bytes[16] = {};
    if (hi > i) std::memcpy(bytes, p, hi - i); // never memcpy from the nullptr of an empty text
    return byte_masks_at(bytes);
}

/// byte_masks for the thirty-two bytes at `i` (i < hi), bit k for byte i + k, as two sixteen-byte
/// halves of masks_at: the scan's loop steps half as often. Bytes at or past `hi` count as no
/// word bytes.
inline byte_masks masks32_at(std::string_view text, std::size_t i, std::size_t hi) noexcept {
    if (hi - i >= 32) { // all but the last block of a span: one test instead of masks_at's two
        const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + i;
        const byte_masks low = byte_masks_at(p), high = byte_masks_at(p + 16);
        return {low.word | high.word << 16, low.lead | high.lead << 16};
    }
    const byte_masks low = masks_at(text, i, hi);
    if (hi - i <= 16) return low;
    const byte_masks high = masks_at(text, i + 16, hi);
    return {low.word | high.word << 16, low.lead | high.lead << 16};
}

/// Whether [first, last) holds four ASCII digits in a row: the definition.
inline bool has_four_digits_reference(const char* first, const char* last) noexcept {
    int run = 0;
    for (; first != last; ++first)
        if ((run = *first >= '0' && *first <= '9' ? run + 1 : 0) == 4) return true;
    return false;
}

/// has_four_digits_reference sixteen bytes at a time. Every year the grammar reads is four
/// digits (year_number, iso_date), so a line without them holds no full date
/// (find_publication_date passes it over).
inline bool has_four_digits(const char* first, const char* last) noexcept {
    using B = bytes16::fastest;
    const auto* p = reinterpret_cast<const unsigned char*>(first);
    const auto* const end = reinterpret_cast<const unsigned char*>(last);
    std::uint32_t before = 0; // the digit bits of the three bytes before `p`, as bits 0-2
    const auto digit_bytes = [](const unsigned char* block) { return B::in_range(B::load(block), '0', '9'); };
    const auto digits = [&digit_bytes](const unsigned char* block) { return B::mask(digit_bytes(block)); };
    const auto run_of_four = [&before](std::uint32_t found) {
        const std::uint32_t x = found << 3 | before;
        before = x >> 16;
        return (x & x >> 1 & x >> 2 & x >> 3) != 0;
    };
    // Whole blocks first, four then two at a time. Most hold no digit at all (a paragraph of
    // prose), and a run of four needs a digit in the block where it ends, so those cost only
    // the compares, one mask and a test.
    for (; end - p >= 64; p += 64) {
        const auto b0 = digit_bytes(p), b1 = digit_bytes(p + 16), b2 = digit_bytes(p + 32), b3 = digit_bytes(p + 48);
        if (B::mask(B::either(B::either(b0, b1), B::either(b2, b3))) == 0) {
            before = 0;
            continue;
        }
        if (run_of_four(B::mask(b0)) || run_of_four(B::mask(b1)) || run_of_four(B::mask(b2)) || run_of_four(B::mask(b3)))
            return true;
    }
    for (; end - p >= 32; p += 32) {
        const auto low = digit_bytes(p), high = digit_bytes(p + 16);
        if (B::mask(B::either(low, high)) == 0) {
            before = 0;
            continue;
        }
        if (run_of_four(B::mask(low)) || run_of_four(B::mask(high))) return true;
    }
    for (; end - p >= 16; p += 16) {
        const std::uint32_t found = digits(p);
        if (found == 0) {
            before = 0;
            continue;
        }
        if (run_of_four(found)) return true;
    }
    if (p == end) return false;
    if (end - reinterpret_cast<const unsigned char*>(first) >= 16) {
        // The sixteen bytes that end at `end`, shifted down to start at `p`: no copy.
        const auto back = static_cast<unsigned>(16 - (end - p));
        return run_of_four(digits(end - 16) >> back);
    }
    unsigned char rest[16] = {}; // the last few bytes, then no digits
    std::memcpy(rest, p, static_cast<std::size_t>(end - p));
    return run_of_four(digits(rest));
}

} // namespace detail::times_impl
COMMUNIQUE_END_NAMESPACE

#endif
