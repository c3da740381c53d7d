// The ISO 8601 text of a resolved time (see detail/times-inl.hpp): "2017-04-12", "2017-04",
// "2017", "2017-W15", "T19:17", "T12:42-04:00". The digits are written by hand: snprintf
// parses its format at every call, and the scan formats each date it finds, those
// find_publication_date only scores included. Outside the ranges the hand path covers (years
// 0-9999, fields below 100) each falls back on snprintf, the definition
// (tests/grammar/times_test.cpp compares the two).
#ifndef COMMUNIQUE_DETAIL_TIMES_FORMAT_HPP
#define COMMUNIQUE_DETAIL_TIMES_FORMAT_HPP

#include <communique/times.hpp>
#include <communique/grammar/times/ast.hpp>

#include <cstdio>
#include <string>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail::times_impl {

/// Writes `v` as `width` decimal digits, zero-padded, at `out` (v < 10^width); returns the end.
inline char* put_digits(char* out, unsigned v, int width) noexcept {
    for (int k = width - 1; k >= 0; --k) {
        out[k] = static_cast<char>('0' + v % 10);
        v /= 10;
    }
    return out + width;
}

/// Whether put_digits writes `year` as snprintf's "%04d" does.
inline bool plain_year(int year) noexcept { return year >= 0 && year <= 9999; }

/// "2017-04-12".
inline std::string format_date(civil_date d) {
    if (!plain_year(d.year) || d.month > 99 || d.day > 99) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", d.year, d.month, d.day);
        return buf;
    }
    char buf[10];
    char* p = put_digits(buf, static_cast<unsigned>(d.year), 4);
    *p++ = '-';
    p = put_digits(p, d.month, 2);
    *p++ = '-';
    p = put_digits(p, d.day, 2);
    return std::string(buf, p);
}

/// "2017-04".
inline std::string format_month(int year, unsigned month) {
    if (!plain_year(year) || month > 99) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "%04d-%02u", year, month);
        return buf;
    }
    char buf[7];
    char* p = put_digits(buf, static_cast<unsigned>(year), 4);
    *p++ = '-';
    p = put_digits(p, month, 2);
    return std::string(buf, p);
}

/// "2017".
inline std::string format_year(int year) {
    if (!plain_year(year)) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "%04d", year);
        return buf;
    }
    char buf[4];
    return std::string(buf, put_digits(buf, static_cast<unsigned>(year), 4));
}

/// "2017-W15": week `week` of the ISO year `year`.
inline std::string format_iso_week(int year, long week) {
    if (!plain_year(year) || week < 0 || week > 99) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "%04d-W%02ld", year, week);
        return buf;
    }
    char buf[8];
    char* p = put_digits(buf, static_cast<unsigned>(year), 4);
    *p++ = '-';
    *p++ = 'W';
    p = put_digits(p, static_cast<unsigned>(week), 2);
    return std::string(buf, p);
}

/// "T19:17", "T12:42-04:00"; empty when the clock is impossible.
inline std::string format_clock(const grammar::times::ast::clock& c) {
    unsigned hour = c.hour;
    if (c.minute > 59) return {};
    if (c.meridiem) {
        if (hour < 1 || hour > 12) return {};
        if (*c.meridiem == 'p' && hour != 12) hour += 12;
        if (*c.meridiem == 'a' && hour == 12) hour = 0;
    } else if (hour > 23) {
        return {};
    }
    char buf[12]; // "T19:17+05:30"
    char* p = buf;
    *p++ = 'T';
    p = put_digits(p, hour, 2);
    *p++ = ':';
    p = put_digits(p, c.minute, 2);
    if (!c.zone || *c.zone == grammar::times::ast::unknown_offset) return std::string(buf, p);
    const int z = *c.zone;
    const unsigned a = static_cast<unsigned>(z < 0 ? -z : z);
    if (z == 0) {
        *p++ = 'Z';
    } else if (a / 60 < 100) {
        *p++ = z < 0 ? '-' : '+';
        p = put_digits(p, a / 60, 2);
        *p++ = ':';
        p = put_digits(p, a % 60, 2);
    } else {
        char zone[48];
        std::snprintf(zone, sizeof zone, "%c%02u:%02u", z < 0 ? '-' : '+', a / 60, a % 60);
        return std::string(buf, p) + zone;
    }
    return std::string(buf, p);
}

} // namespace detail::times_impl
COMMUNIQUE_END_NAMESPACE

#endif
