// Placeholder bodies of the time functions (replaced by the X3 times grammar).
#ifndef COMMUNIQUE_DETAIL_TIMES_INL_HPP
#define COMMUNIQUE_DETAIL_TIMES_INL_HPP
#include <communique/times.hpp>
COMMUNIQUE_BEGIN_NAMESPACE
COMMUNIQUE_FUNC std::optional<civil_date> parse_iso_date(std::string_view) { return std::nullopt; }
COMMUNIQUE_FUNC std::vector<time_mention> find_times(std::string_view, span, std::optional<civil_date>) { return {}; }
COMMUNIQUE_FUNC std::optional<civil_date> find_publication_date(std::string_view, const structure&) { return std::nullopt; }
COMMUNIQUE_END_NAMESPACE
#endif
