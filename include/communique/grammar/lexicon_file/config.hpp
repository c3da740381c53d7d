// The lexicon file grammar, part 3 of 5: the one place that names the iterator and context
// the rules are compiled for. parse_lexicon (detail/lexicon_file-inl.hpp) calls the rules
// with exactly these, one line at a time, through x3::parse with no skipper.
#ifndef COMMUNIQUE_GRAMMAR_LEXICON_FILE_CONFIG_HPP
#define COMMUNIQUE_GRAMMAR_LEXICON_FILE_CONFIG_HPP

#include <communique/config.hpp>

#include <boost/spirit/home/x3.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::lexicon_file {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;
/// x3::parse without a skipper passes an unused context: lines are lexemes throughout (TABs
/// and '|' are syntax), so there is nothing to skip.
using context_type = x3::unused_type;

} // namespace grammar::lexicon_file
COMMUNIQUE_END_NAMESPACE

#endif
