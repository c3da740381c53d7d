// communique/grammar/times/config.hpp: the one place that names the iterator and context the
// times grammar is instantiated for. The driver parses the caller's bytes in place with
// x3::parse (no skipper), so the context is x3::unused_type.
#ifndef COMMUNIQUE_GRAMMAR_TIMES_CONFIG_HPP
#define COMMUNIQUE_GRAMMAR_TIMES_CONFIG_HPP

#include <communique/config.hpp>

#include <boost/spirit/home/x3.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::times::parser {
using iterator_type = const char*;
using context_type = boost::spirit::x3::unused_type;
} // namespace grammar::times::parser
COMMUNIQUE_END_NAMESPACE

#endif
