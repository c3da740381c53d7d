// communique/grammar/times/ast.hpp: what the times grammar hands back for one date or time
// expression. Plain structs; the fields are the numbers as written, nothing is resolved here
// (year inference, weekdays and ranges are the driver's job, in detail/times-inl.hpp).
#ifndef COMMUNIQUE_GRAMMAR_TIMES_AST_HPP
#define COMMUNIQUE_GRAMMAR_TIMES_AST_HPP

#include <communique/config.hpp>

#include <boost/optional.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::times::ast {

/// The zone is named but its offset is ambiguous ("ET" is EDT or EST).
constexpr int unknown_offset = 10000;

/// "19:17", "12:42 p.m. EDT"
struct clock {
    unsigned hour = 0;
    unsigned minute = 0;
    boost::optional<char> meridiem; ///< 'a' or 'p'
    boost::optional<int> zone;      ///< minutes east of UTC, or unknown_offset
};

/// "14 April", "7th April", "3-4 April", "12 APR", "11 September 2018", "Tue 4 April 2017"
struct day_month {
    bool weekday_lead = false; ///< a weekday name came first ("Tuesday, 4 April")
    unsigned day = 0;
    boost::optional<unsigned> day_end; ///< the end of a range: "3-4 April"
    unsigned month = 0;
    boost::optional<unsigned> year;
    boost::optional<clock> time;
};

/// "April 14th", "Nov. 12", "November 12, 2017", "April 3-4", "Thu. Jul 18th, 2024"
struct month_day {
    bool weekday_lead = false;
    unsigned month = 0;
    unsigned day = 0;
    boost::optional<unsigned> day_end;
    boost::optional<unsigned> year;
    boost::optional<clock> time;
};

/// "July 2014", "December, 2008"
struct month_year {
    unsigned month = 0;
    unsigned year = 0;
};

/// "2017-04-12", "2017-04-12T10:30"
struct iso_date {
    unsigned year = 0;
    unsigned month = 0;
    unsigned day = 0;
    boost::optional<clock> time;
};

enum class unit : unsigned char { day, week, month, year };

/// "last week", "next month", "this year"
struct relative {
    int shift = 0; ///< -1 last, 0 this, +1 next
    unit step = unit::week;
};

/// "Tuesday", "last Friday", "next Monday"
struct weekday_ref {
    boost::optional<int> shift;
    unsigned weekday = 0; ///< 1 Monday .. 7 Sunday
};

enum class form : unsigned char {
    none,
    calendar,    ///< a day (or day range) and month, maybe a year and a time
    month_year,  ///< "July 2014"
    iso_date,    ///< "2017-04-12"
    year_only,   ///< "2016", only after "in", "since", ...
    ordinal_day, ///< "4th", only after "on" or "on the"
    weekday,     ///< "Tuesday"
    day_word,    ///< "today", "yesterday", "tomorrow", "tonight"
    relative,    ///< "last week"
    clock        ///< "19:17" alone
};

/// One expression, whichever form it took, flattened for the driver.
struct expression {
    form kind = form::none;
    bool weekday_lead = false;
    int year = 0; ///< 0 when not written
    unsigned month = 0;
    unsigned day = 0;
    unsigned day_end = 0; ///< 0 unless a range
    unsigned weekday = 0;
    int shift = 0;              ///< relative, weekday (with has_shift) and day words (days)
    bool has_shift = false;
    unit step = unit::day;
    boost::optional<clock> time;
};

} // namespace grammar::times::ast
COMMUNIQUE_END_NAMESPACE

#endif
