// The iterator and context types of the attribution grammar, named once.
#ifndef COMMUNIQUE_GRAMMAR_ATTRIBUTION_CONFIG_HPP
#define COMMUNIQUE_GRAMMAR_ATTRIBUTION_CONFIG_HPP

#include <communique/grammar/attribution/ast.hpp>

#include <boost/spirit/home/x3.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::attribution {
using iterator_type = ast::tag_iterator;
using context_type = boost::spirit::x3::unused_type;
} // namespace grammar::attribution
COMMUNIQUE_END_NAMESPACE

#endif
