// Bodies of communique/times.hpp: the driver around the X3 times grammar.
//
// How expressions are found: the scan walks `within` once, a word at a time, and tries the
// grammar only at a word start that can begin an expression: a number of a date's shape
// (digits_may_open_date: "19:17", "4th", "12 April", "2017"; not "5,000" or "10 people"), or
// a word whose first three bytes are those of a month, weekday or relative word of the
// grammar's tables (a bitset lookup, see lead_filter). The grammar is anchored and reads a bounded window, and
// after a match the scan resumes at its end, so the whole pass is linear and mentions come out
// in text order without overlaps. Prepositions are context, not part of a span: "on the 4th"
// reports "4th", "in 2016" reports "2016", "on Monday" reports "Monday".
//
// How they are resolved against the publication date P (all of this needs P unless the
// expression carries its own year; without it `iso` stays empty):
//   - a day and month without a year takes the year that puts it nearest P: P's year, or the
//     year before when that would land more than 183 days after P, or the year after when it
//     would land more than 183 days before P;
//   - "the 4th" (only after "on", "on the", "by the", ...) takes its month (and year) from the
//     next day-and-month expression within 160 bytes ("on 4th and ... on 7th April"), else the
//     month of P, the one before or the one after, whichever is nearest P;
//   - a weekday is the most recent such day on or before P ("Tuesday" in an article of
//     Tuesday 11 April 2017 is that day); "last Friday" is strictly before P, "next Monday"
//     strictly after. A dateline date found by find_publication_date can serve as P;
//   - today/tonight = P, yesterday = P - 1, tomorrow = P + 1;
//   - this/last/next week = P's ISO week, shifted ("2017-W15"); month = "2017-04"; year = "2017";
//   - a range "April 3-4" gives "2017-04-03/2017-04-04";
//   - a time next to a date joins it ("2018-09-11T19:17"); a time alone is "T19:17"; a known
//     zone adds its offset ("T12:42-04:00"), an ambiguous one ("ET") adds nothing;
//   - an impossible date ("April 31", "February 29, 2017", "25:70") keeps its span and gets no
//     iso. So does a range whose end is not after its start.
#ifndef COMMUNIQUE_DETAIL_TIMES_INL_HPP
#define COMMUNIQUE_DETAIL_TIMES_INL_HPP

#include <communique/times.hpp>

#include <communique/detail/ascii.hpp>
#include <communique/detail/times_format.hpp>
#include <communique/detail/times_shape.hpp>
#include <communique/grammar/times/times.hpp>
#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/grammar/times/times_def.hpp>
#endif

#include <boost/config.hpp>
#include <boost/core/bit.hpp>
#include <boost/endian/conversion.hpp>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail::times_impl {

namespace tast = grammar::times::ast;

// ---- calendar arithmetic (proleptic Gregorian, days since 1970-01-01) ---------------------

inline bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

inline unsigned month_length(int y, unsigned m) noexcept {
    constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return (m == 2 && is_leap(y)) ? 29u : lengths[m - 1];
}

inline bool is_valid(civil_date d) noexcept {
    return d.year >= 1000 && d.year <= 2999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= month_length(d.year, d.month);
}

inline long days_from_civil(civil_date d) noexcept {
    const long y = static_cast<long>(d.year) - (d.month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = d.month > 2 ? static_cast<long>(d.month) - 3 : static_cast<long>(d.month) + 9;
    const long doy = (153 * mp + 2) / 5 + static_cast<long>(d.day) - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

inline civil_date civil_from_days(long z) noexcept {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp < 10 ? mp + 3 : mp - 9;
    const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return civil_date{static_cast<int>(y), static_cast<unsigned>(m), static_cast<unsigned>(d)};
}

/// 1 Monday .. 7 Sunday (1970-01-01 was a Thursday).
inline unsigned iso_weekday(long days) noexcept {
    const long w = ((days % 7) + 7) % 7;
    return static_cast<unsigned>((w + 3) % 7 + 1);
}

inline std::string format_week(long days) {
    const long thursday = days - static_cast<long>(iso_weekday(days)) + 4;
    const civil_date t = civil_from_days(thursday);
    const long week = (thursday - days_from_civil(civil_date{t.year, 1, 1})) / 7 + 1;
    return format_iso_week(t.year, week);
}

/// The year that puts month/day nearest `p` (see the header comment); nullopt if impossible.
inline std::optional<civil_date> nearest_year(unsigned month, unsigned day, civil_date p) {
    civil_date d{p.year, month, day};
    // 29 February: look at the neighbouring leap years too.
    if (!is_valid(d)) {
        for (int y : {p.year - 1, p.year + 1, p.year - 3, p.year + 3, p.year - 2, p.year + 2}) {
            civil_date c{y, month, day};
            if (is_valid(c) && std::abs(days_from_civil(c) - days_from_civil(p)) <= 366) return c;
        }
        return std::nullopt;
    }
    const long diff = days_from_civil(d) - days_from_civil(p);
    if (diff > 183) d.year -= 1;
    else if (diff < -183) d.year += 1;
    if (!is_valid(d)) return std::nullopt;
    return d;
}

/// The day `day` in P's month, the month before or the month after, whichever is nearest P.
inline std::optional<civil_date> nearest_month(unsigned day, civil_date p) {
    std::optional<civil_date> best;
    long best_gap = 0;
    const long pd = days_from_civil(p);
    for (int shift = -1; shift <= 1; ++shift) {
        int y = p.year;
        int m = static_cast<int>(p.month) + shift;
        if (m < 1) { m += 12; --y; }
        if (m > 12) { m -= 12; ++y; }
        const civil_date c{y, static_cast<unsigned>(m), day};
        if (!is_valid(c)) continue;
        const long gap = std::abs(days_from_civil(c) - pd);
        if (!best || gap < best_gap) { best = c; best_gap = gap; }
    }
    return best;
}

// ---- scanning -----------------------------------------------------------------------------

inline bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
/// ASCII letters and digits: the bytes words are made of, for finding where words start.
inline bool is_ascii_alnum(char c) noexcept {
    return is_ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// A cheap first look at a word that starts with a letter: could one of lead_word's words
/// stand here? It looks up the word's first byte, then its first three bytes in a bitset keyed
/// on those of every word in the grammar's tables (hashed, so a few other words get through
/// and the grammar turns them down). It is built from those tables, so it never hides a date.
/// Most words ("the", "said", "Russia") stop here instead of walking five symbol tables.
class lead_filter {
public:
    explicit lead_filter(const std::vector<std::string>& words) {
        for (const std::string& w : words) {
            if (w.empty()) continue;
            first_[static_cast<unsigned char>(w[0])] = true;
            unsigned char first[16] = {};
            first[0] = static_cast<unsigned char>(w[0]);
            if ((byte_masks_reference(first).lead & 1) == 0) every_start_ = true;
            if (w.size() < prefix) bits_.set(); // a shorter word: its first byte must do
            else bits_[slot(w.data())] = true;
        }
    }
    /// Whether a lead word may start at `first`; [first, last) are the bytes that may be read
    /// (at least one). The first byte alone turns most words down ("said", "Russia").
    bool may_lead(const char* first, const char* last) const noexcept {
        if (!first_[static_cast<unsigned char>(*first)]) return false;
        if (last - first < static_cast<std::ptrdiff_t>(prefix)) return true;
        return bits_[slot(first)];
    }
    /// Whether a word may lead only where byte_masks::lead is set (true unless the grammar's
    /// tables gain a word whose first byte it does not cover).
    bool leads_are_masked() const noexcept { return !every_start_; }

private:
    static constexpr std::size_t prefix = 3, slot_bits = 14;
    static std::size_t slot(const char* p) noexcept {
        const auto byte = [p](int k) {
            return static_cast<std::uint32_t>(static_cast<unsigned char>(p[k]));
        };
        const std::uint32_t key = byte(0) | byte(1) << 8 | byte(2) << 16;
        // Fibonacci hashing: the top bits of the product mix all three bytes.
        return static_cast<std::size_t>((key * 0x9E3779B1u) >> (32 - slot_bits));
    }
    std::array<bool, 256> first_{};
    bool every_start_ = false;
    std::bitset<std::size_t{1} << slot_bits> bits_;
};

inline const lead_filter& lead_words_filter() {
    static const lead_filter filter(grammar::times::parser::lead_words());
    return filter;
}

template <std::size_t N>
inline bool is_one_of(std::string_view word, const std::string_view (&set)[N]) noexcept {
    for (const auto& s : set)
        if (equals_lower(word, s)) return true;
    return false;
}

/// The ASCII word that ends just before `at` (spaces and no-break spaces skipped), not looking
/// before `lo`. Sets `at` to the word's start.
inline std::string_view word_before(std::string_view text, std::size_t lo, std::size_t& at) {
    std::size_t i = at;
    while (i > lo) {
        if (text[i - 1] == ' ' || text[i - 1] == '\t') --i;
        else if (i - lo >= 2 && text[i - 1] == '\xA0' && text[i - 2] == '\xC2') i -= 2;
        else break;
    }
    const std::size_t end = i;
    while (i > lo && is_ascii_alnum(text[i - 1])) --i;
    at = i;
    return text.substr(i, end - i);
}

/// One expression found by the scan, with what the driver made of it.
struct found {
    span where;
    tast::expression e;
    std::string iso;
    std::optional<civil_date> date; ///< the (first) day it names, when fixed
};

/// "4th" stands for a date only after one of these (optionally followed by "the").
inline bool ordinal_context(std::string_view text, std::size_t lo, std::size_t at) {
    static constexpr std::string_view before[] = {"on", "by", "until", "till", "since",
                                                  "from", "before", "after"};
    std::string_view w = word_before(text, lo, at);
    if (equals_lower(w, "the")) w = word_before(text, lo, at);
    return is_one_of(w, before);
}

/// "2016" stands for a year only after one of these ("in 2016", "since 2014", "mid-2016").
inline bool year_context(std::string_view text, std::size_t lo, std::size_t at) {
    static constexpr std::string_view before[] = {
        "in", "since", "by", "until", "till", "from", "before", "after", "during", "through",
        "throughout", "early", "late", "mid", "end", "of", "spring", "summer", "autumn",
        "fall", "winter"};
    if (at > lo && text[at - 1] == '-') {
        std::size_t p = at - 1;
        return equals_lower(word_before(text, lo, p), "mid");
    }
    return is_one_of(word_before(text, lo, at), before);
}

/// Fixes the iso value of every form but the ordinal day (which needs its neighbours).
inline void resolve(found& f, const std::optional<civil_date>& published) {
    const tast::expression& e = f.e;
    switch (e.kind) {
    case tast::form::iso_date:
    case tast::form::calendar: {
        std::optional<civil_date> first;
        if (e.year != 0) {
            first = civil_date{e.year, e.month, e.day};
        } else if (published) {
            first = nearest_year(e.month, e.day, *published);
        }
        if (!first || !is_valid(*first)) return;
        if (e.day_end != 0) {
            const civil_date last{first->year, first->month, e.day_end};
            if (!is_valid(last) || e.day_end <= e.day) return;
            f.date = first;
            f.iso = format_date(*first) + "/" + format_date(last);
            return;
        }
        f.date = first;
        f.iso = format_date(*first);
        if (e.time) {
            const std::string t = format_clock(*e.time);
            if (!t.empty()) f.iso += t;
        }
        return;
    }
    case tast::form::month_year:
        if (e.month >= 1 && e.month <= 12 && e.year >= 1000) f.iso = format_month(e.year, e.month);
        return;
    case tast::form::year_only:
        f.iso = format_year(e.year);
        return;
    case tast::form::clock:
        if (e.time) f.iso = format_clock(*e.time);
        return;
    case tast::form::ordinal_day:
    case tast::form::none:
        return;
    default:
        break;
    }
    if (!published || !is_valid(*published)) return;
    const long p = days_from_civil(*published);
    switch (e.kind) {
    case tast::form::day_word: {
        f.date = civil_from_days(p + e.shift);
        f.iso = format_date(*f.date);
        return;
    }
    case tast::form::weekday: {
        const long pw = static_cast<long>(iso_weekday(p));
        const long w = static_cast<long>(e.weekday);
        long day = p - ((pw - w + 7) % 7); // on or before P
        if (e.has_shift && e.shift < 0 && day == p) day -= 7;
        if (e.has_shift && e.shift > 0) day = p + ((w - pw + 7) % 7 == 0 ? 7 : (w - pw + 7) % 7);
        f.date = civil_from_days(day);
        f.iso = format_date(*f.date);
        return;
    }
    case tast::form::relative: {
        switch (e.step) {
        case tast::unit::week: f.iso = format_week(p + 7L * e.shift); return;
        case tast::unit::month: {
            int m = static_cast<int>(published->month) + e.shift;
            int y = published->year;
            if (m < 1) { m += 12; --y; }
            if (m > 12) { m -= 12; ++y; }
            f.iso = format_month(y, static_cast<unsigned>(m));
            return;
        }
        case tast::unit::year: f.iso = format_year(published->year + e.shift); return;
        case tast::unit::day: return;
        }
        return;
    }
    default:
        return;
    }
}

/// How far the grammar may look ahead from one position. The longest form
/// ("Wednesday, September 12, 2017, at 12:42 p.m. CEST") is about 50 bytes.
constexpr std::size_t window = 96;

/// Parses the expression that starts at `i`, if any, into `e`; returns its end, or `i` when
/// there is none. A word that starts with a letter must read as a lead word first. Out of
/// line: the scan's loop runs for every word start and calls it for few of them.
BOOST_NOINLINE inline std::size_t parse_at(std::string_view text, std::size_t i, std::size_t hi,
                            tast::expression& e) {
    namespace x3 = boost::spirit::x3;
    const char* const base = text.data();
    const char* const limit = base + std::min(hi, i + window);
    const char* first = base + i;
    const bool number = is_ascii_digit(*first);
    if (!number) {
        // Here rather than in the scan's loop, which runs for every word start: the few words
        // the lead filter lets by come here.
        const lead_filter& leads = lead_words_filter();
        const auto may_lead = [&leads](const char* from, const char* to) { return leads.may_lead(from, to); };
        if (!shift_may_open_date(first, base + hi, may_lead) || !month_may_open_date(first, base + hi)) return i;
        const char* word = first;
        if (!x3::parse(word, limit, grammar::times::parser::lead_word)) return i;
    }
    // The grammar's expression, trying only the forms that can open with the first byte.
    const auto parse = [&](const char* last) {
        return number ? x3::parse(first, last, grammar::times::parser::number_expression, e)
                      : x3::parse(first, last, grammar::times::parser::word_expression, e);
    };
    bool ok = parse(limit);
    if (ok && first == limit && limit < base + hi) {
        // The window cut the expression short: parse again against the whole range.
        e = tast::expression{};
        first = base + i;
        ok = parse(base + hi);
    }
    return ok ? static_cast<std::size_t>(first - base) : i;
}

/// Whether the expression `e` found at `i` stands for a date where it is: an ordinal day or a
/// bare year needs its preposition, and "Theresa May" is nobody's month.
inline bool stands_for_date(std::string_view text, std::size_t lo, std::size_t i,
                            const tast::expression& e) {
    if (e.kind == tast::form::ordinal_day) return ordinal_context(text, lo, i);
    if (e.kind == tast::form::year_only)
        return e.year >= 1900 && e.year <= 2099 && year_context(text, lo, i);
    if ((e.kind == tast::form::calendar || e.kind == tast::form::month_year) &&
        text.substr(i, 3) == "May") {
        std::size_t at = i;
        return !equals_lower(word_before(text, lo, at), "theresa");
    }
    return true;
}

/// Every expression that starts in `within` before `last_start` (all of it by default).
inline std::vector<found> scan(std::string_view text, span within,
                               const std::optional<civil_date>& published,
                               std::size_t last_start = std::string_view::npos) {
    std::vector<found> out;
    const std::size_t lo = std::min(within.begin, text.size());
    const std::size_t hi = std::min(within.end, text.size());
    const std::size_t stop = last_start < hi ? last_start + 1 : hi;
    // Thirty-two bytes at a time, the grammar is tried at each word start that may open a date
    // (a number of a date's shape, or a word the lead filter lets by); after a match the scan
    // goes on from its end, so expressions never overlap.
    const lead_filter& leads = lead_words_filter();
    const bool masked = leads.leads_are_masked();
    const char* const data = text.data();
    std::size_t i = lo;
    std::uint32_t word_before = 0; // 1 when the byte before `i` is part of a word
    while (i < stop) {
        const byte_masks m = masks32_at(text, i, hi);
        const std::uint32_t starts_all = m.word & ~(m.word << 1 | word_before);
        std::uint32_t starts = masked ? starts_all & m.lead : starts_all;
        word_before = (m.word >> 31) & 1;
        std::size_t next = i + 32;
        for (; starts != 0; starts &= starts - 1) {
            const std::size_t at = i + static_cast<std::size_t>(boost::core::countr_zero(starts));
            if (at >= stop) break;
            const bool may_open = is_ascii_digit(data[at])
                                      ? digits_may_open_date(data + at, data + hi)
                                      : leads.may_lead(data + at, data + hi);
            if (!may_open) continue;
            tast::expression e;
            const std::size_t end = parse_at(text, at, hi, e);
            if (end <= at) continue;
            if (stands_for_date(text, lo, at, e)) {
                found f;
                f.where = span{at, end};
                f.e = e;
                resolve(f, published);
                out.push_back(std::move(f));
            }
            next = end;
            word_before = is_ascii_alnum(data[end - 1]) ? 1 : 0;
            break;
        }
        i = next;
    }
    // "on 4th and ... on 7th April": an ordinal day borrows the month of the next date.
    for (std::size_t k = 0; k < out.size(); ++k) {
        found& f = out[k];
        if (f.e.kind != tast::form::ordinal_day) continue;
        std::optional<civil_date> d;
        bool borrowed = false;
        for (std::size_t j = k + 1; j < out.size(); ++j) {
            const found& n = out[j];
            if (n.where.begin > f.where.end + 160) break;
            if (n.e.kind != tast::form::calendar && n.e.kind != tast::form::month_year) continue;
            borrowed = true;
            if (n.e.year != 0) d = civil_date{n.e.year, n.e.month, f.e.day};
            else if (n.date) d = civil_date{n.date->year, n.e.month, f.e.day};
            else if (published) d = nearest_year(n.e.month, f.e.day, *published);
            break;
        }
        if (!borrowed && published) d = nearest_month(f.e.day, *published);
        if (d && is_valid(*d)) {
            f.date = d;
            f.iso = format_date(*d);
        }
    }
    return out;
}

} // namespace detail::times_impl

COMMUNIQUE_FUNC std::optional<civil_date> parse_iso_date(std::string_view text) {
    using namespace detail::times_impl;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    unsigned v[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f) {
        for (std::size_t k = 0; k < lengths[f]; ++k) {
            const char c = text[starts[f] + k];
            if (c < '0' || c > '9') return std::nullopt;
            v[f] = v[f] * 10 + static_cast<unsigned>(c - '0');
        }
    }
    const civil_date d{static_cast<int>(v[0]), v[1], v[2]};
    if (!is_valid(d)) return std::nullopt;
    return d;
}

COMMUNIQUE_FUNC std::vector<time_mention> find_times(std::string_view text, span within,
                                                     std::optional<civil_date> published) {
    std::vector<time_mention> out;
    for (auto& f : detail::times_impl::scan(text, within, published))
        out.push_back(time_mention{f.where, std::move(f.iso)});
    return out;
}

/// Looks at the top of the article only: the first 10 blocks, and no more than 20 non-empty
/// lines or 6000 bytes (block kinds are not trusted). Each full date (day, month and year) on
/// a line scores by where it stands:
///   4  at the start of its line ("11 September 201819:17", "Aug. 2, 2017 (EIRNS)—", "August 4,
///      2017"), after a dateline separator ("Brussels, 4 November 2022", "Daily Press Briefing
///      – April 9, 2015") or after "Published"/"Posted"/"Dated" (3 after "Updated");
///   2  an ISO date near the start of a line (" date 2018-11-21 MANILA");
///   1  otherwise within the first 40 bytes of its line.
/// A weekday in front ("Thu. Jul 18th, 2024", usually a site's clock) costs 1. The best
/// score wins, the earlier line on a tie; a date deeper into a line is never taken.
namespace detail::times_impl {
/// The body of find_publication_date. With `skip_yearless` a line without four digits in a
/// row is passed over unscanned; without it every line is scanned (the definition the skip is
/// tested against).
inline std::optional<civil_date> publication_date(std::string_view text, const structure& layout,
                                                  bool skip_yearless) {
    std::size_t region = std::min<std::size_t>(text.size(), 6000);
    if (!layout.blocks.empty()) {
        const std::size_t n = std::min<std::size_t>(layout.blocks.size(), 10);
        region = std::min(region, std::max(layout.blocks[n - 1].where.end, std::size_t{1}));
    }
    std::optional<civil_date> best;
    int best_score = 0;
    std::size_t pos = 0;
    int lines = 0;
    while (pos < region && lines < 20) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos || eol > region) eol = region;
        const std::size_t line_begin = pos;
        pos = eol + 1;
        bool blank = true;
        for (std::size_t k = line_begin; k < eol && blank; ++k)
            blank = text[k] == ' ' || text[k] == '\t' || text[k] == '\r';
        if (blank) continue;
        ++lines;
        // Only a full date with its year written can count, and a year is four digits: a line
        // without four in a row is passed over. The look covers the whole line, not only the
        // first 121 bytes the scan starts expressions in, since an expression may run past
        // them; it is still cheaper than the scan (most paragraphs hold no year at all).
        if (skip_yearless && !has_four_digits(text.data() + line_begin, text.data() + eol)) continue;
        // A date more than 120 bytes (and the spaces after them) into its line scores
        // nothing: the expressions that start there are not looked for.
        std::size_t last_start = line_begin + 121;
        while (last_start < eol && (text[last_start - 1] == ' ' || text[last_start - 1] == '\t')) ++last_start;
        for (const found& f : scan(text, span{line_begin, eol}, std::nullopt, last_start)) {
            if (!f.date || f.e.year < 1990 || f.e.year > 2100 || f.e.day_end != 0) continue;
            std::size_t at = f.where.begin;
            while (at > line_begin && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
            const std::size_t prefix = at - line_begin;
            int score = 0;
            if (f.e.kind == tast::form::iso_date) {
                score = prefix <= 24 ? 2 : 0;
            } else if (prefix == 0) {
                score = 4;
            } else if (prefix <= 120) {
                const char last = text[at - 1];
                std::size_t w = at;
                const std::string_view word = word_before(text, line_begin, w);
                std::size_t w2 = w;
                const std::string_view word2 = word_before(text, line_begin, w2);
                static constexpr std::string_view stated[] = {"published", "posted", "dated",
                                                              "date"};
                const bool after_on = equals_lower(word, "on");
                const std::string_view lead = after_on ? word2 : word;
                const bool dash_before = at >= 3 && (text.substr(at - 3, 3) == "\xE2\x80\x93" ||
                                                     text.substr(at - 3, 3) == "\xE2\x80\x94");
                if (last == ',' || last == '|' || last == ':' || last == '-' || dash_before)
                    score = 4;
                else if (is_one_of(lead, stated))
                    score = 4;
                else if (equals_lower(lead, "updated"))
                    score = 3;
                else if (prefix <= 40)
                    score = 1;
            }
            if (score > 0 && f.e.weekday_lead) --score;
            if (score > best_score) {
                best_score = score;
                best = f.date;
            }
        }
    }
    return best;
}
} // namespace detail::times_impl

COMMUNIQUE_FUNC std::optional<civil_date> find_publication_date(std::string_view text,
                                                                const structure& layout) {
    return detail::times_impl::publication_date(text, layout, true);
}

COMMUNIQUE_END_NAMESPACE
#endif
