// communique/grammar/structure/config.hpp: the one place that names the iterator and context
// the structure rules are compiled for. parse_structure calls them with exactly these (a
// `const char*` over the caller's bytes, no skipper), so users never build X3 contexts.
#ifndef COMMUNIQUE_GRAMMAR_STRUCTURE_CONFIG_HPP
#define COMMUNIQUE_GRAMMAR_STRUCTURE_CONFIG_HPP

#include <communique/config.hpp>

#include <boost/spirit/home/x3.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::structure {

using iterator_type = const char*;
using context_type = boost::spirit::x3::unused_type;

} // namespace grammar::structure
COMMUNIQUE_END_NAMESPACE

#endif
