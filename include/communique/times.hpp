// communique/times.hpp: date and time expressions in news text, normalised to ISO 8601
// against a publication date.
#ifndef COMMUNIQUE_TIMES_HPP
#define COMMUNIQUE_TIMES_HPP

#include <communique/types.hpp>

#include <optional>
#include <string_view>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE

struct civil_date {
    int year = 0;
    unsigned month = 0; ///< 1..12
    unsigned day = 0;   ///< 1..31
    friend constexpr bool operator==(civil_date a, civil_date b) noexcept {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
};

/// "2017-04-12" -> {2017, 4, 12}; nullopt for anything else (including impossible dates).
std::optional<civil_date> parse_iso_date(std::string_view text);

/// The date and time expressions inside `within` ("April 14th", "on the 4th", "12 APR",
/// "Tuesday", "last week", "2017-04-12"), in text order and without overlaps. Each carries
/// its ISO 8601 value when `published` or the expression itself fixes it, else an empty `iso`.
std::vector<time_mention> find_times(std::string_view text, span within,
                                     std::optional<civil_date> published);

/// A publication date stated by the article itself (a dateline or a "Published" line), if any.
std::optional<civil_date> find_publication_date(std::string_view text, const structure& layout);

COMMUNIQUE_END_NAMESPACE

#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/detail/times-inl.hpp>
#endif

#endif
