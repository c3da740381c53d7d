// communique/grammar/times/times_def.hpp: the definition of the times grammar. Compiled once
// by src/grammar/times.cpp, or included by detail/times-inl.hpp in header-only mode.
//
// The grammar reads the bytes in place, without a skipper, and is anchored: it matches an
// expression that starts exactly where it is called, and looks at most a few dozen bytes ahead,
// so the driver can try it at each candidate position and stay linear in the text.
//
// Forms (each keyword ends at a word boundary; month and weekday names are capitalised or all
// capitals, so the modal "may" and the verb "march" never match):
//   iso_date    2017-04-12, 2017-04-12T10:30
//   day_month   [weekday] 14 April, 7th April, 3-4 April, 12 APR, 4th of July, 11 September 2018,
//               11 September 201819:17 (a timestamp glued to the year)
//   month_day   [weekday] April 14th, Nov. 12, November 12, 2017, April 3-4, Thu. Jul 18th, 2024
//   month_year  July 2014
//   relative    last week, this month, next year
//   weekday     Tuesday, last Friday, next Monday (full names only: "Sun" is a newspaper)
//   day_word    today, yesterday, tomorrow, tonight
//   ordinal     4th (the driver keeps it only after "on" or "on the")
//   clock       19:17, 12:42 p.m. EDT, 2:40 p.m. ET
//   year_only   2016 (the driver keeps it only after "in", "since", ...)
#ifndef COMMUNIQUE_GRAMMAR_TIMES_TIMES_DEF_HPP
#define COMMUNIQUE_GRAMMAR_TIMES_TIMES_DEF_HPP

#include <communique/grammar/times/ast.hpp>
#include <communique/grammar/times/ast_adapted.hpp>
#include <communique/grammar/times/times.hpp>
#include <communique/detail/structure_times_tables.hpp>

#include <boost/spirit/home/x3.hpp>

#include <cstddef>
#include <iterator>
#include <string>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::times::parser {
namespace x3 = boost::spirit::x3;

// ---- dictionaries -------------------------------------------------------------------------

/// A word of a table and its value. The tables that lead_word reads are built from arrays of
/// these, so that lead_words can list them without walking the built tables.
template <typename T> struct table_word {
    const char* word;
    T value;
};

/// Full month names, capitalised or in capitals. "May" is here and nowhere else.
inline constexpr const char* full_month_names[][2] = {
    {"January", "JANUARY"}, {"February", "FEBRUARY"}, {"March", "MARCH"},
    {"April", "APRIL"},     {"May", "MAY"},           {"June", "JUNE"},
    {"July", "JULY"},       {"August", "AUGUST"},     {"September", "SEPTEMBER"},
    {"October", "OCTOBER"}, {"November", "NOVEMBER"}, {"December", "DECEMBER"}};
struct full_month_table : x3::symbols<unsigned> {
    full_month_table() {
        unsigned month = 1;
        for (const auto& n : full_month_names) {
            add(n[0], month)(n[1], month);
            ++month;
        }
    }
};

/// Adds each of `words` to `table`.
template <typename Table, typename T, std::size_t N>
void add_words(Table& table, const table_word<T> (&words)[N]) {
    for (const auto& w : words) table.add(w.word, w.value);
}

/// Abbreviated month names ("Nov", "NOV", "Sept"); a full stop may follow them.
inline constexpr table_word<unsigned> short_month_words[] = {
    {"Jan", 1u}, {"JAN", 1u}, {"Feb", 2u}, {"FEB", 2u}, {"Mar", 3u}, {"MAR", 3u}, {"Apr", 4u},
    {"APR", 4u}, {"Jun", 6u}, {"JUN", 6u}, {"Jul", 7u}, {"JUL", 7u}, {"Aug", 8u}, {"AUG", 8u},
    {"Sep", 9u}, {"SEP", 9u}, {"Sept", 9u}, {"SEPT", 9u}, {"Oct", 10u}, {"OCT", 10u},
    {"Nov", 11u}, {"NOV", 11u}, {"Dec", 12u}, {"DEC", 12u}};
struct short_month_table : x3::symbols<unsigned> {
    short_month_table() { add_words(*this, short_month_words); }
};

/// Full weekday names: these stand alone as expressions.
inline constexpr table_word<unsigned> full_weekday_words[] = {
    {"Monday", 1u}, {"Tuesday", 2u}, {"Wednesday", 3u}, {"Thursday", 4u}, {"Friday", 5u},
    {"Saturday", 6u}, {"Sunday", 7u}, {"MONDAY", 1u}, {"TUESDAY", 2u}, {"WEDNESDAY", 3u},
    {"THURSDAY", 4u}, {"FRIDAY", 5u}, {"SATURDAY", 6u}, {"SUNDAY", 7u}};
struct full_weekday_table : x3::symbols<unsigned> {
    full_weekday_table() { add_words(*this, full_weekday_words); }
};

/// Any weekday name, abbreviations included: only in front of a date ("Thu. Jul 18th, 2024").
inline constexpr table_word<unsigned> short_weekday_words[] = {
    {"Mon", 1u}, {"Tue", 2u}, {"Tues", 2u}, {"Wed", 3u}, {"Thu", 4u}, {"Thur", 4u}, {"Thurs", 4u},
    {"Fri", 5u}, {"Sat", 6u}, {"Sun", 7u}, {"MON", 1u}, {"TUE", 2u}, {"WED", 3u}, {"THU", 4u},
    {"FRI", 5u}, {"SAT", 6u}, {"SUN", 7u}};
struct any_weekday_table : full_weekday_table {
    any_weekday_table() { add_words(*this, short_weekday_words); }
};

inline constexpr table_word<int> shift_words[] = {
    {"last", -1}, {"Last", -1}, {"this", 0}, {"This", 0}, {"next", 1}, {"Next", 1}};
struct shift_table : x3::symbols<int> {
    shift_table() { add_words(*this, shift_words); }
};

struct unit_table : x3::symbols<ast::unit> {
    unit_table() { add("week", ast::unit::week)("month", ast::unit::month)("year", ast::unit::year); }
};

/// Days counted from the publication date.
inline constexpr table_word<int> day_word_words[] = {
    {"today", 0}, {"Today", 0}, {"tonight", 0}, {"Tonight", 0}, {"yesterday", -1},
    {"Yesterday", -1}, {"tomorrow", 1}, {"Tomorrow", 1}};
struct day_word_table : x3::symbols<int> {
    day_word_table() { add_words(*this, day_word_words); }
};

struct meridiem_table : x3::symbols<char> {
    meridiem_table() {
        add("a.m.", 'a')("p.m.", 'p')("a.m", 'a')("p.m", 'p')("am", 'a')("pm", 'p')
            ("AM", 'a')("PM", 'p')("A.M.", 'a')("P.M.", 'p');
    }
};

/// Time zones as minutes east of UTC.
struct zone_table : x3::symbols<int> {
    zone_table() {
        add("UTC", 0)("GMT", 0)("Z", 0)("EDT", -240)("EST", -300)("CDT", -300)("CST", -360)
            ("PDT", -420)("PST", -480)("BST", 60)("CET", 60)("CEST", 120)("MSK", 180)
            ("ET", ast::unknown_offset)("PT", ast::unknown_offset)("CT", ast::unknown_offset);
    }
};

inline const communique::detail::table_on_first_use<full_month_table> full_months;
inline const communique::detail::table_on_first_use<short_month_table> short_months;
inline const communique::detail::table_on_first_use<full_weekday_table> full_weekdays;
inline const communique::detail::table_on_first_use<any_weekday_table> any_weekdays;
inline const communique::detail::table_on_first_use<shift_table> shifts;
inline const communique::detail::table_on_first_use<unit_table> units;
inline const communique::detail::table_on_first_use<day_word_table> day_words;
inline const communique::detail::table_on_first_use<meridiem_table> meridiems;
inline const communique::detail::table_on_first_use<zone_table> zones;

// ---- tokens -------------------------------------------------------------------------------

inline const auto letter = x3::char_('a', 'z') | x3::char_('A', 'Z');
inline const auto digit = x3::char_('0', '9');
/// Spaces between the words of one expression: blanks, tabs, no-break spaces (never a newline).
inline const auto ws = x3::omit[+(x3::char_(" \t") | x3::lit("\xC2\xA0"))];
/// A hyphen, en dash or em dash between the two days of a range.
inline const auto dash = x3::omit[-ws >> (x3::lit('-') | x3::lit("\xE2\x80\x93") |
                                          x3::lit("\xE2\x80\x94")) >> -ws];
inline const auto ordinal_suffix =
    x3::omit[(x3::lit("st") | x3::lit("nd") | x3::lit("rd") | x3::lit("th")) >> !letter];

// ---- rules --------------------------------------------------------------------------------

inline const x3::rule<struct day_number_class, unsigned> day_number = "day";
inline const x3::rule<struct year_number_class, unsigned> year_number = "year";
inline const x3::rule<struct month_name_class, unsigned> month_name = "month";
inline const x3::rule<struct weekday_lead_class> weekday_lead = "weekday";
inline const x3::rule<struct clock_class, ast::clock> clock = "time";
inline const x3::rule<struct time_tail_class, ast::clock> time_tail = "time";
inline const x3::rule<struct day_month_class, ast::day_month> day_month = "day and month";
inline const x3::rule<struct month_day_class, ast::month_day> month_day = "month and day";
inline const x3::rule<struct month_year_class, ast::month_year> month_year = "month and year";
inline const x3::rule<struct iso_date_class, ast::iso_date> iso_date = "ISO date";
inline const x3::rule<struct relative_class, ast::relative> relative = "relative date";
inline const x3::rule<struct weekday_ref_class, ast::weekday_ref> weekday_ref = "weekday";

/// 1 or 2 digits, then an optional ordinal suffix, and no letter or digit after.
inline const auto day_number_def =
    x3::uint_parser<unsigned, 10, 1, 2>{} >> !digit >> -ordinal_suffix >> !letter;

/// 4 digits; a 5th digit is allowed only as the start of a glued "hh:mm" ("201819:17").
inline const auto year_number_def = x3::uint_parser<unsigned, 10, 4, 4>{} >>
                                    !(digit >> !(digit >> ':' >> digit >> digit));

inline const auto month_name_def =
    (full_months >> !letter) | (short_months >> !letter >> -x3::lit('.'));

inline const auto weekday_lead_def =
    any_weekdays >> !letter >> -x3::lit('.') >> -x3::lit(',') >> ws;

inline const auto clock_def = x3::uint_parser<unsigned, 10, 1, 2>{} >> ':' >>
                              x3::uint_parser<unsigned, 10, 2, 2>{} >> !digit >>
                              -(-ws >> meridiems >> !letter) >> -(ws >> zones >> !letter);

/// A time after a date: "..., 12:42 p.m.", "... at 19:17", or glued "201819:17".
inline const auto time_tail_def = -x3::lit(',') >> -ws >> -(x3::lit("at") >> ws) >> clock;

inline const auto day_month_def = x3::matches[weekday_lead] >> day_number >>
                                  -(dash >> day_number) >> ws >> -(x3::lit("of") >> ws) >>
                                  month_name >> -(-x3::lit(',') >> ws >> year_number) >>
                                  -time_tail;

inline const auto month_day_def = x3::matches[weekday_lead] >> month_name >> ws >> day_number >>
                                  -(dash >> day_number) >>
                                  -(-x3::lit(',') >> ws >> year_number) >> -time_tail;

inline const auto month_year_def = month_name >> -x3::lit(',') >> ws >> year_number;

inline const auto iso_date_def = x3::uint_parser<unsigned, 10, 4, 4>{} >> '-' >>
                                 x3::uint_parser<unsigned, 10, 2, 2>{} >> '-' >>
                                 x3::uint_parser<unsigned, 10, 2, 2>{} >> !digit >>
                                 -('T' >> clock);

inline const auto relative_def = shifts >> ws >> units >> !letter;

inline const auto weekday_ref_def = -(shifts >> ws) >> full_weekdays >> !letter;

// ---- semantic actions: each form into the flat ast::expression ----------------------------

namespace actions {
/// "14 April 2017" and "April 14, 2017": both orders carry the same fields.
struct on_calendar {
    template <typename Context> void operator()(Context& ctx) const {
        const auto& a = x3::_attr(ctx); // ast::day_month or ast::month_day
        ast::expression& e = x3::_val(ctx);
        e.kind = ast::form::calendar;
        e.weekday_lead = a.weekday_lead;
        e.day = a.day;
        e.day_end = a.day_end.value_or(0u);
        e.month = a.month;
        e.year = static_cast<int>(a.year.value_or(0u));
        e.time = a.time;
    }
};
struct on_month_year {
    template <typename Context> void operator()(Context& ctx) const {
        ast::expression& e = x3::_val(ctx);
        e.kind = ast::form::month_year;
        e.month = x3::_attr(ctx).month;
        e.year = static_cast<int>(x3::_attr(ctx).year);
    }
};
struct on_iso_date {
    template <typename Context> void operator()(Context& ctx) const {
        const ast::iso_date& a = x3::_attr(ctx);
        ast::expression& e = x3::_val(ctx);
        e.kind = ast::form::iso_date;
        e.year = static_cast<int>(a.year);
        e.month = a.month;
        e.day = a.day;
        e.time = a.time;
    }
};
struct on_relative {
    template <typename Context> void operator()(Context& ctx) const {
        ast::expression& e = x3::_val(ctx);
        e.kind = ast::form::relative;
        e.shift = x3::_attr(ctx).shift;
        e.has_shift = true;
        e.step = x3::_attr(ctx).step;
    }
};
// GCC 12 at -O3 reports boost::optional's storage as maybe uninitialised here although it is
// read only when engaged (a known false positive of -Wmaybe-uninitialized with optional).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
struct on_weekday {
    template <typename Context> void operator()(Context& ctx) const {
        ast::expression& e = x3::_val(ctx);
        e.kind = ast::form::weekday;
        e.weekday = x3::_attr(ctx).weekday;
        e.has_shift = x3::_attr(ctx).shift.has_value();
        e.shift = x3::_attr(ctx).shift.value_or(0);
    }
};
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
struct on_day_word {
    template <typename Context> void operator()(Context& ctx) const {
        ast::expression& e = x3::_val(ctx);
        e.kind = ast::form::day_word;
        e.shift = x3::_attr(ctx);
        e.has_shift = true;
        e.step = ast::unit::day;
    }
};
struct on_ordinal {
    template <typename Context> void operator()(Context& ctx) const {
        ast::expression& e = x3::_val(ctx);
        e.kind = ast::form::ordinal_day;
        e.day = x3::_attr(ctx);
    }
};
struct on_clock {
    template <typename Context> void operator()(Context& ctx) const {
        ast::expression& e = x3::_val(ctx);
        e.kind = ast::form::clock;
        e.time = x3::_attr(ctx);
    }
};
struct on_year {
    template <typename Context> void operator()(Context& ctx) const {
        ast::expression& e = x3::_val(ctx);
        e.kind = ast::form::year_only;
        e.year = static_cast<int>(x3::_attr(ctx));
    }
};
} // namespace actions

// Each form with the action that fills the flat ast::expression from it.
inline const auto iso_date_form = iso_date[actions::on_iso_date{}];
inline const auto day_month_form = day_month[actions::on_calendar{}];
inline const auto month_day_form = month_day[actions::on_calendar{}];
inline const auto month_year_form = month_year[actions::on_month_year{}];
inline const auto relative_form = relative[actions::on_relative{}];
inline const auto weekday_form = weekday_ref[actions::on_weekday{}];
inline const auto day_word_form = (day_words >> !letter)[actions::on_day_word{}];
inline const auto ordinal_form =
    (x3::uint_parser<unsigned, 10, 1, 2>{} >> !digit >> ordinal_suffix)[actions::on_ordinal{}];
inline const auto clock_form = clock[actions::on_clock{}];
inline const auto year_form = (x3::uint_parser<unsigned, 10, 4, 4>{} >> !digit >> !letter)[actions::on_year{}];

/// The entry rule. Order matters: the longer, more specific forms come first, and every
/// alternative is tried from the same position (X3 restores the iterator on failure). The
/// alternatives sit under omit[] so each action gets its own fresh attribute to read from.
inline const auto expression_def =
    x3::omit[iso_date_form | day_month_form | month_day_form | month_year_form | relative_form |
             weekday_form | day_word_form | ordinal_form | clock_form | year_form];

/// expression where it starts with a digit: only the forms that can, in the same order (a
/// weekday, month, shift or day word is letters, so day_month can open with a digit only
/// after no weekday, and the others not at all). The driver, which knows the first byte,
/// spares the grammar the five forms that would fail.
inline const auto number_expression_def =
    x3::omit[iso_date_form | day_month_form | ordinal_form | clock_form | year_form];

/// expression where it starts with anything but a digit: every form but those that open with
/// digits (iso_date, ordinal, clock, year), in the same order.
inline const auto word_expression_def = x3::omit[day_month_form | month_day_form | month_year_form |
                                                 relative_form | weekday_form | day_word_form];

/// Every form that starts with a letter starts with one of these words.
inline const auto lead_word_def = (full_months >> !letter) | (short_months >> !letter) |
                                  (any_weekdays >> !letter) | (shifts >> !letter) |
                                  (day_words >> !letter);

/// The words of exactly the tables lead_word_def reads (keep the two lists together), from the
/// arrays those tables are built from: walking the built tables (for_each) copies a string at
/// each of their nodes, some 0.15M instructions at the first scan of a process.
COMMUNIQUE_FUNC std::vector<std::string> lead_words() {
    std::vector<std::string> out;
    for (const auto& n : full_month_names) out.insert(out.end(), std::begin(n), std::end(n));
    const auto collect = [&out](const auto& words) {
        for (const auto& w : words) out.emplace_back(w.word);
    };
    collect(short_month_words);
    collect(full_weekday_words); // any_weekdays: the full names and the short ones
    collect(short_weekday_words);
    collect(shift_words);
    collect(day_word_words);
    return out;
}

COMMUNIQUE_FUNC std::vector<std::string> lead_words_in_tables() {
    std::vector<std::string> out;
    const auto collect = [&out](const std::string& word, const auto&) { out.push_back(word); };
    full_months.table().for_each(collect);
    short_months.table().for_each(collect);
    any_weekdays.table().for_each(collect);
    shifts.table().for_each(collect);
    day_words.table().for_each(collect);
    return out;
}

BOOST_SPIRIT_DEFINE(day_number, year_number, month_name, weekday_lead, clock, time_tail,
                    day_month, month_day, month_year, iso_date, relative, weekday_ref,
                    expression, number_expression, word_expression, lead_word)

} // namespace grammar::times::parser
COMMUNIQUE_END_NAMESPACE

#endif
