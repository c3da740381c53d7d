// communique/grammar/structure/structure.hpp: the rules of the article-structure grammar.
// Each rule is anchored at a known position (the start of a line or of a word) and reads a
// bounded number of bytes, so parse_structure stays linear however long a line is.
#ifndef COMMUNIQUE_GRAMMAR_STRUCTURE_STRUCTURE_HPP
#define COMMUNIQUE_GRAMMAR_STRUCTURE_STRUCTURE_HPP

#include <communique/grammar/structure/ast.hpp>
#include <communique/grammar/structure/config.hpp>

#include <boost/spirit/home/x3.hpp>

#include <cstddef>
#include <string>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::structure {
namespace x3 = boost::spirit::x3;

// The rules live in `parser` (their ID classes too, so that argument-dependent lookup finds
// their parse_rule there); the accessors below hand them out, as in X3's rexpr example.
namespace parser {
/// A list marker and the blank after it: "• ", "- ", "* ", "1. ", "2) ", "(3) ".
using list_marker_type = x3::rule<class list_marker_class, ast::marker>;
/// A transcript speaker label up to its colon: "Q", "QUESTION", "MR RATHKE", "Maria
/// Zakharova", "Sergey Lavrov". The attribute is the name; the colon follows it.
using speaker_label_type = x3::rule<class speaker_label_class, ast::range>;
/// A wire dateline up to its dash: "WASHINGTON --", "MOSCOW, 12 APR –", "DA’NANG, Vietnam —",
/// "MANILA (XINHUA) -". The attribute is the place.
using dateline_type = x3::rule<class dateline_class, ast::range>;
/// "By" and one to five capitalised names, to the end of the line.
using by_name_type = x3::rule<class by_name_class, ast::range>;
/// A wire report's credits, alone on their line: "(Reporting by A in B; Additional reporting
/// by C; Editing by D)". Each part is a role, "by" and what follows it up to the next ";".
using credit_line_type = x3::rule<class credit_line_class>;
/// A furniture word or phrase at a word boundary, any case ("Menu", "sign up", "Published").
using furniture_word_type = x3::rule<class furniture_word_class, ast::furniture>;
/// One word of a timestamp: a month or weekday (optionally abbreviated with a dot), a number,
/// a clock time, an ordinal, "a.m."/"p.m.", a time-zone code.
using date_word_type = x3::rule<class date_word_class, bool>;
/// An abbreviation, up to and including its full stop: "Mr.", "Gen.", "Jan.", "e.g.".
using abbreviation_type = x3::rule<class abbreviation_class, ast::abbreviation>;
/// A word that plainly opens a sentence ("The", "He", "But"), at a word boundary.
using sentence_opener_type = x3::rule<class sentence_opener_class, bool>;

BOOST_SPIRIT_DECLARE(list_marker_type, speaker_label_type, dateline_type, by_name_type,
                     credit_line_type, furniture_word_type, date_word_type, abbreviation_type,
                     sentence_opener_type)
} // namespace parser

COMMUNIQUE_FUNC parser::list_marker_type const& list_marker();
COMMUNIQUE_FUNC parser::speaker_label_type const& speaker_label();
COMMUNIQUE_FUNC parser::dateline_type const& dateline();
COMMUNIQUE_FUNC parser::by_name_type const& by_name();
COMMUNIQUE_FUNC parser::credit_line_type const& credit_line();
COMMUNIQUE_FUNC parser::furniture_word_type const& furniture_word();
COMMUNIQUE_FUNC parser::date_word_type const& date_word();
COMMUNIQUE_FUNC parser::abbreviation_type const& abbreviation();
COMMUNIQUE_FUNC parser::sentence_opener_type const& sentence_opener();
/// The length of the longest word of the abbreviation table (without its full stop): a longer
/// word before a full stop is no abbreviation, and is not looked up.
COMMUNIQUE_FUNC std::size_t longest_abbreviation();
/// Every word of the abbreviation table, read from the built table: the definition
/// longest_abbreviation is tested against.
COMMUNIQUE_FUNC std::vector<std::string> abbreviation_words();

/// The words and phrases furniture_word reads (lower case; the rule matches them in any case),
/// for the cheap look at a line's head before the rule is called (detail/structure_scan.hpp).
COMMUNIQUE_FUNC std::vector<std::string> furniture_phrases();

} // namespace grammar::structure
COMMUNIQUE_END_NAMESPACE

#endif
