// Declarations of the attribution grammar: `pattern` matches one attribution starting at the
// current tag (see ast.hpp for the tag alphabet and the patterns).
#ifndef COMMUNIQUE_GRAMMAR_ATTRIBUTION_HPP
#define COMMUNIQUE_GRAMMAR_ATTRIBUTION_HPP

#include <communique/grammar/attribution/ast.hpp>
#include <communique/grammar/attribution/ast_adapted.hpp>
#include <communique/grammar/attribution/config.hpp>

#include <boost/spirit/home/x3.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::attribution {
namespace x3 = boost::spirit::x3;

struct pattern_class;
using pattern_type = x3::rule<pattern_class, ast::found>;
BOOST_SPIRIT_DECLARE(pattern_type)

/// The rule object callers parse with; any instance names the same separately compiled rule.
inline const pattern_type pattern{"attribution"};

} // namespace grammar::attribution
COMMUNIQUE_END_NAMESPACE

#endif
