// communique/grammar/times/times.hpp: the declaration of the times grammar's entry rule. One
// call parses one date or time expression starting exactly at `first` (no skipping); the
// driver in detail/times-inl.hpp chooses where to try it.
#ifndef COMMUNIQUE_GRAMMAR_TIMES_TIMES_HPP
#define COMMUNIQUE_GRAMMAR_TIMES_TIMES_HPP

#include <communique/grammar/times/ast.hpp>
#include <communique/grammar/times/config.hpp>

#include <boost/spirit/home/x3.hpp>

#include <string>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::times::parser {
namespace x3 = boost::spirit::x3;

struct expression_class;
using expression_type = x3::rule<expression_class, ast::expression>;
BOOST_SPIRIT_DECLARE(expression_type)

/// A date or time expression: see times_def.hpp for the forms.
inline const expression_type expression = "date or time expression";

struct number_expression_class;
using number_expression_type = x3::rule<number_expression_class, ast::expression>;
BOOST_SPIRIT_DECLARE(number_expression_type)

/// expression where the first byte is a digit: the same match, trying only the forms that
/// can open with one.
inline const number_expression_type number_expression = "date or time expression";

struct word_expression_class;
using word_expression_type = x3::rule<word_expression_class, ast::expression>;
BOOST_SPIRIT_DECLARE(word_expression_type)

/// expression where the first byte is not a digit: the same match, trying only the forms
/// that can open with a word.
inline const word_expression_type word_expression = "date or time expression";

struct lead_word_class;
using lead_word_type = x3::rule<lead_word_class>;
BOOST_SPIRIT_DECLARE(lead_word_type)

/// A word that can open a date expression ("April", "Mon", "last", "today"): the driver tries
/// the whole grammar at a letter only where one of these stands, which is rare in prose.
inline const lead_word_type lead_word = "date word";

/// Every word of the tables lead_word reads, as spelled there ("April", "APR", "Mon", "last",
/// "today"). The driver builds its cheap first look at a word from these, so the look and the
/// grammar cannot disagree about which words may open a date.
COMMUNIQUE_FUNC std::vector<std::string> lead_words();
/// The same words read from the built tables themselves (slower): the definition lead_words
/// is tested against.
COMMUNIQUE_FUNC std::vector<std::string> lead_words_in_tables();

} // namespace grammar::times::parser
COMMUNIQUE_END_NAMESPACE

#endif
