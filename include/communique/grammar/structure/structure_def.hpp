// communique/grammar/structure/structure_def.hpp: the definitions of the structure rules.
// Compiled once by src/grammar/structure.cpp, or included by detail/structure-inl.hpp in
// header-only mode.
//
// Every rule is anchored: parse_structure calls it at the start of a line or of a word, over
// that line only, so no rule reads more than a bounded stretch of bytes. Character classes are
// ASCII (`x3::ascii`), and UTF-8 is spelled out where it matters: curly apostrophes in names
// ("DA’NANG"), dashes in datelines, no-break spaces as blanks, and any non-ASCII byte as part
// of a word so that accented names are not cut.
#ifndef COMMUNIQUE_GRAMMAR_STRUCTURE_STRUCTURE_DEF_HPP
#define COMMUNIQUE_GRAMMAR_STRUCTURE_STRUCTURE_DEF_HPP

#include <communique/grammar/structure/ast.hpp>
#include <communique/grammar/structure/structure.hpp>
#include <communique/detail/abbreviations.hpp>
#include <communique/detail/structure_times_tables.hpp>

#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::structure {
namespace x3 = boost::spirit::x3;

namespace parser {
namespace _tables {
/// Words of site furniture, lower case (they are matched under `no_case`). Generic UI
/// vocabulary, not the names of any site. Listed here once for the table below and for
/// furniture_phrases() (walking the table to list them costs more than a page of text).
inline constexpr const char* furniture_weak_words[] = {
    "menu", "search", "close", "home", "share", "comments", "comment",
    "login", "log in", "sign in", "register", "newsletter",
    "newsletters", "advertisement", "advertising", "sponsored",
    "related", "related posts", "related articles", "related stories",
    "follow us", "find us", "contact us", "about us", "read more",
    "more", "next", "previous", "back to top", "skip to content",
    "print", "email", "tweet", "watch", "listen", "tags", "topics",
    "categories", "category", "trending", "most read", "most popular",
    "latest", "latest news", "advanced settings", "settings",
    "text version", "publication status", "publication date",
    "cookies", "privacy policy", "terms of use", "welcome to",
    "photo gallery", "commentary", "opinion", "top stories",
    "you may also like", "recommended", "load more", "see also",
    "all rights reserved", "copyright"};
inline constexpr const char* furniture_strong_words[] = {
    "sign up", "subscribe", "please enter", "click here",
    "leave a comment", "leave a reply", "enter your", "join our",
    "get the latest", "download our", "we use cookies"};
inline constexpr const char* furniture_byline_words[] = {
    "published", "updated", "posted", "last updated", "last modified",
    "written by", "reporting by", "editing by"};
inline constexpr const char* furniture_caption_words[] = {
    "image", "photo", "picture", "photograph", "video", "caption",
    "credit", "file photo", "pictured", "photo credit"};

struct furniture_words_ : x3::symbols<ast::furniture> {
    furniture_words_() {
        using ast::furniture;
        for (const char* w : furniture_weak_words) add(w, furniture::weak);
        for (const char* w : furniture_strong_words) add(w, furniture::strong);
        for (const char* w : furniture_byline_words) add(w, furniture::byline);
        for (const char* w : furniture_caption_words) add(w, furniture::caption);
    }
};
inline const communique::detail::table_on_first_use<furniture_words_> furniture_words;

/// Months and weekdays, full and abbreviated, lower case (matched under `no_case`).
struct calendar_words_ : x3::symbols<bool> {
    calendar_words_() {
        for (const char* w : {"january", "february", "march", "april", "may", "june", "july",
                              "august", "september", "october", "november", "december", "jan",
                              "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                              "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
                              "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
                              "thu", "thur", "thurs", "fri", "sat", "sun", "a.m.", "p.m.", "am",
                              "pm", "at", "on", "updated", "gmt", "utc"})
            add(w, true);
    }
};
inline const communique::detail::table_on_first_use<calendar_words_> calendar_words;

/// Abbreviations that take a full stop (detail/abbreviations.hpp, shared with the tagger). A
/// title ("Mr.") never ends a sentence; the others ("Jan.", "etc.") end one only before a
/// clear sentence opener.
using communique::detail::other_abbreviations;
using communique::detail::title_abbreviations;
struct abbreviations_ : x3::symbols<ast::abbreviation> {
    abbreviations_() {
        using ast::abbreviation;
        for (std::string_view w : title_abbreviations) add(std::string(w), abbreviation::title);
        for (std::string_view w : other_abbreviations) add(std::string(w), abbreviation::other);
    }
};
inline const communique::detail::table_on_first_use<abbreviations_> abbreviations;

/// Words that plainly open a sentence, used after an ambiguous full stop ("in the U.S. The
/// talks ..." splits; "the U.S. Embassy" does not).
struct sentence_openers_ : x3::symbols<bool> {
    sentence_openers_() {
        for (const char* w : {"The", "He", "She", "It", "They", "We", "I", "You", "But", "And",
                              "In", "This", "That", "These", "Those", "There", "A", "An", "On",
                              "At", "However", "His", "Her", "Their", "Our", "Its", "As", "If",
                              "What", "When", "Meanwhile", "After", "Before", "Some", "Many",
                              "Both", "Yet", "So", "Still", "Then", "Now", "Last", "Earlier",
                              "Later", "According", "While", "Although", "For", "One", "Mr",
                              "Mrs", "Ms", "Dr"})
            add(w, true);
    }
};
inline const communique::detail::table_on_first_use<sentence_openers_> sentence_openers;
} // namespace _tables

namespace _chars {
using x3::lit;
/// A blank inside a line: space, tab or a UTF-8 no-break space.
auto const blank = lit(' ') | lit('\t') | lit("\xC2\xA0");
/// Any byte of a multi-byte UTF-8 sequence (accented and non-Latin letters, curly marks).
auto const non_ascii = ~x3::ascii::char_;
/// The end of a word: no ASCII letter or digit follows.
auto const word_end = !x3::ascii::alnum;
/// A dash that separates a dateline from its report: "--", "—", "–", "-".
auto const dash = lit("--") | lit("\xE2\x80\x94") | lit("\xE2\x80\x93") | lit('-');
/// A capitalised word of a name: "Maria", "Zakharova", "Mr.", "O'Brien", "RATHKE", "José".
auto const name_word = (x3::ascii::upper | non_ascii)
                       >> *(x3::ascii::alpha | non_ascii | x3::char_("'.-"));
/// An upper-case word of a dateline place: "WASHINGTON", "DA’NANG", "ST. PETERSBURG".
auto const place_word = x3::ascii::upper
                        >> +(x3::ascii::upper | lit("\xE2\x80\x99") | x3::char_("'."));
/// A capitalised word of a dateline place as some agencies write it: "Pyongyang", "Kuala",
/// "São", "Al-Quds".
auto const title_place_word = x3::ascii::upper >> +(x3::ascii::lower | non_ascii | x3::char_("'-"));
} // namespace _chars

list_marker_type const list_marker = "list_marker";
speaker_label_type const speaker_label = "speaker_label";
dateline_type const dateline = "dateline";
by_name_type const by_name = "by_name";
credit_line_type const credit_line = "credit_line";
furniture_word_type const furniture_word = "furniture_word";
date_word_type const date_word = "date_word";
abbreviation_type const abbreviation = "abbreviation";
sentence_opener_type const sentence_opener = "sentence_opener";

// list_marker: "•", "▪", "◦", "·", "-", "*", "–" or a number of up to three digits with "."
// or ")" ("(3)" too), then at least one blank. A "-" with no blank after it is a hyphen.
auto const list_marker_def =
    ((x3::lit("\xE2\x80\xA2") | x3::lit("\xE2\x96\xAA") | x3::lit("\xE2\x97\xA6")
      | x3::lit("\xC2\xB7") | x3::lit("\xE2\x80\x93") | x3::lit('-') | x3::lit('*'))
         >> x3::attr(ast::marker::symbol)
     | x3::omit[-x3::lit('(') >> x3::repeat(1, 3)[x3::ascii::digit]
                >> (x3::lit('.') | x3::lit(')'))]
           >> x3::attr(ast::marker::numbered))
    >> &_chars::blank;

// speaker_label: one to six capitalised words, then a colon and a blank (or the line's end).
// "Here are the key points:" fails at "are"; "He continued:" at "continued". A comma may
// part a title from the name ("Official Spokesperson, Shri Randhir Jaiswal:").
// A name's particle in lower case may stand between its words ("President von der Leyen:",
// "Luiz Inácio Lula da Silva:"): the lower-case words of detail::is_name_particle, the
// tagger's list (words.hpp), which this one follows. (The longer of two with the same start
// first: "den", "del" before "de", "dos" before "do", "bint" before "bin".)
auto const name_particle = (x3::lit("von") | x3::lit("van") | x3::lit("der") | x3::lit("den") | x3::lit("del")
                            | x3::lit("dos") | x3::lit("das") | x3::lit("de") | x3::lit("la") | x3::lit("da")
                            | x3::lit("do") | x3::lit("di") | x3::lit("du") | x3::lit("bint") | x3::lit("bin")
                            | x3::lit("ibn") | x3::lit("al") | x3::lit("el"))
                           >> &x3::lit(' ');
auto const speaker_label_def =
    x3::raw[_chars::name_word
            >> x3::repeat(0, 5)[-x3::lit(',') >> x3::lit(' ') >> *(name_particle >> x3::lit(' ')) >> _chars::name_word]]
    >> x3::lit(':') >> (&_chars::blank | x3::eoi);

// dateline: an upper-case place of up to four words, an optional ", 12 APR" or ", Vietnam"
// (up to four ASCII words, with the year after a comma: ", Aug 12, 2008"), an optional agency
// ("(XINHUA)", "(Reuters)", "(Dow Jones)"), then
// a dash that no letter or digit follows ("UK-based bank ..." opens with a hyphen, no dateline).
// After an agency the dash may be left out, as India's agencies do ("NEW DELHI, Aug 28 (PTI)
// Leaders of ..."), or be a colon, as Pakistan's do ("ISLAMABAD, Sept 12 (APP): Pakistan on
// Friday ..."): a capital then opens the report.
// Some agencies write the place in title case ("Pyongyang, April 21 (KCNA) --", "Kuala Lumpur
// (ANTARA) -", "Hanoi (VNA) –"): then the agency in parentheses, in capitals, and the dash are
// required, as running text opens with a capitalised word too.
auto const dateline_dash = *_chars::blank >> _chars::dash >> !x3::ascii::alnum >> *_chars::blank;
auto const dateline_date = x3::lit(',') >> *_chars::blank
                           >> x3::repeat(1, 4)[+(x3::ascii::alnum | x3::lit('.')) >> -x3::lit(',') >> *_chars::blank];
auto const dateline_def =
    x3::raw[_chars::place_word >> x3::repeat(0, 3)[x3::lit(' ') >> _chars::place_word]]
        >> x3::omit[-dateline_date
                    >> (*_chars::blank >> x3::lit('(') >> x3::ascii::upper
                            >> x3::repeat(0, 24)[x3::ascii::alpha | x3::lit(' ')] >> x3::lit(')')
                            >> (dateline_dash | -x3::lit(':') >> +_chars::blank >> &x3::ascii::upper)
                        | dateline_dash)]
        >> !x3::eoi
    | x3::raw[_chars::title_place_word >> x3::repeat(0, 3)[x3::lit(' ') >> _chars::title_place_word]]
        >> x3::omit[-dateline_date >> *_chars::blank >> x3::lit('(') >> x3::repeat(2, 12)[x3::ascii::upper]
                    >> x3::lit(')') >> dateline_dash]
        >> !x3::eoi;

// by_name: "By Alice Cuddy", "by John Smith and Jane Doe", alone on its line.
auto const by_name_def =
    x3::no_case[x3::lit("by")] >> +_chars::blank
    >> x3::raw[_chars::name_word
               >> x3::repeat(0, 5)[+_chars::blank >> (x3::lit("and") | _chars::name_word)]]
    >> *_chars::blank >> x3::eoi;

// credit_line: "Reporting by Idrissa Kane in Niamey; Additional reporting by Mark Henley;
// Writing by Nadia Ferrand; Editing by Peter Gwynne", in parentheses or not, alone on its
// line. Such a line can be longer than a byline, and its "reporting" and "Writing" are no
// acts of saying. A part names people and places: capitalised words and a few small words
// ("and", "in", "staff"), up to twenty-four, so the rule reads a bounded run; a sentence
// ("Reporting by the agency said ...") is none.
auto const credit_role = x3::no_case[-(x3::lit("additional") >> +_chars::blank)
                                     >> (x3::lit("reporting") | x3::lit("writing") | x3::lit("editing")
                                         | x3::lit("compiled") | x3::lit("research") | x3::lit("graphics")
                                         | x3::lit("fact-checking") | x3::lit("production"))];
auto const credit_word = _chars::name_word
                         | (x3::lit("and") | x3::lit("in") | x3::lit("from") | x3::lit("at") | x3::lit("with")
                            | x3::lit("of") | x3::lit("the") | x3::lit("staff") | x3::lit("newsroom")
                            | x3::lit("bureau") | x3::lit("desk") | x3::lit("team"))
                               >> _chars::word_end;
auto const credit_part = credit_role >> +_chars::blank >> x3::no_case[x3::lit("by")] >> +_chars::blank
                         >> credit_word >> x3::repeat(0, 23)[-x3::lit(',') >> +_chars::blank >> credit_word];
auto const credit_line_def = -x3::lit('(') >> *_chars::blank >> (credit_part % (x3::lit(';') >> *_chars::blank))
                             >> -x3::lit(')') >> *_chars::blank >> x3::eoi;

// furniture_word: a furniture word or phrase, any case, ending at a word boundary.
auto const furniture_word_def = x3::no_case[_tables::furniture_words] >> _chars::word_end;

// date_word: "September", "Thu.", "18th,", "2024", "12:42", "201819:17", "4/11/2022", "p.m.",
// "EDT". The caller passes one word and checks that it was read to its end.
auto const date_word_def =
    x3::omit[(x3::no_case[_tables::calendar_words] >> -x3::lit('.')
              | +x3::ascii::digit >> *(x3::char_(":/.-") >> +x3::ascii::digit)
                    >> -x3::no_case[x3::lit("st") | x3::lit("nd") | x3::lit("rd")
                                    | x3::lit("th")]
              | x3::repeat(2, 4)[x3::ascii::upper])
             >> -x3::lit(',')]
    >> x3::attr(true);

// abbreviation: the word and its full stop ("Mr.", "e.g.").
auto const abbreviation_def = _tables::abbreviations >> x3::lit('.');

// sentence_opener: a plain opener, as a whole word.
auto const sentence_opener_def = _tables::sentence_openers >> _chars::word_end;

BOOST_SPIRIT_DEFINE(list_marker, speaker_label, dateline, by_name, credit_line, furniture_word, date_word,
                    abbreviation, sentence_opener)
} // namespace parser

COMMUNIQUE_FUNC parser::list_marker_type const& list_marker() { return parser::list_marker; }
COMMUNIQUE_FUNC parser::speaker_label_type const& speaker_label() { return parser::speaker_label; }
COMMUNIQUE_FUNC parser::dateline_type const& dateline() { return parser::dateline; }
COMMUNIQUE_FUNC parser::by_name_type const& by_name() { return parser::by_name; }
COMMUNIQUE_FUNC parser::credit_line_type const& credit_line() { return parser::credit_line; }
COMMUNIQUE_FUNC parser::furniture_word_type const& furniture_word() { return parser::furniture_word; }
COMMUNIQUE_FUNC parser::date_word_type const& date_word() { return parser::date_word; }
COMMUNIQUE_FUNC parser::abbreviation_type const& abbreviation() { return parser::abbreviation; }
COMMUNIQUE_FUNC parser::sentence_opener_type const& sentence_opener() { return parser::sentence_opener; }

COMMUNIQUE_FUNC std::size_t longest_abbreviation() {
    // From the arrays the table is built from: walking the built table (for_each) copies a
    // string at each of its nodes, some 0.1M instructions at the first full stop.
    static const std::size_t longest = [] {
        std::size_t n = 0;
        for (std::string_view w : parser::_tables::title_abbreviations) n = std::max(n, w.size());
        for (std::string_view w : parser::_tables::other_abbreviations) n = std::max(n, w.size());
        return n;
    }();
    return longest;
}

COMMUNIQUE_FUNC std::vector<std::string> abbreviation_words() {
    // From the arrays the table is built from, as longest_abbreviation (not a walk of the
    // built table, which copies a string at each of its nodes).
    namespace t = parser::_tables;
    std::vector<std::string> out(std::begin(t::title_abbreviations), std::end(t::title_abbreviations));
    out.insert(out.end(), std::begin(t::other_abbreviations), std::end(t::other_abbreviations));
    return out;
}

COMMUNIQUE_FUNC std::vector<std::string> furniture_phrases() {
    namespace t = parser::_tables;
    std::vector<std::string> out;
    out.insert(out.end(), std::begin(t::furniture_weak_words), std::end(t::furniture_weak_words));
    out.insert(out.end(), std::begin(t::furniture_strong_words), std::end(t::furniture_strong_words));
    out.insert(out.end(), std::begin(t::furniture_byline_words), std::end(t::furniture_byline_words));
    out.insert(out.end(), std::begin(t::furniture_caption_words), std::end(t::furniture_caption_words));
    return out;
}

} // namespace grammar::structure
COMMUNIQUE_END_NAMESPACE

#endif
