// operator<< for the library's enums and spans, so that Boost.Test can print them in a
// failing assertion. Test-only: the library itself has no iostream operators.
#ifndef COMMUNIQUE_TESTS_PRINTERS_HPP
#define COMMUNIQUE_TESTS_PRINTERS_HPP

#include <communique/communique.hpp>

#include <ostream>

COMMUNIQUE_BEGIN_NAMESPACE
inline std::ostream& operator<<(std::ostream& os, statement_kind k) { return os << to_string(k); }
inline std::ostream& operator<<(std::ostream& os, mode m) { return os << to_string(m); }
inline std::ostream& operator<<(std::ostream& os, block_kind k) { return os << to_string(k); }
inline std::ostream& operator<<(std::ostream& os, actor_kind k) { return os << to_string(k); }
inline std::ostream& operator<<(std::ostream& os, cue_frame f) { return os << to_string(f); }
inline std::ostream& operator<<(std::ostream& os, given_sex s) { return os << to_string(s); }
inline std::ostream& operator<<(std::ostream& os, severity s) { return os << to_string(s); }
inline std::ostream& operator<<(std::ostream& os, quad_class q) { return os << static_cast<int>(q); }
inline std::ostream& operator<<(std::ostream& os, span s) {
    return os << '[' << s.begin << ',' << s.end << ')';
}
COMMUNIQUE_END_NAMESPACE

#endif
