// The attribution grammar works on a *tag string*: one character per unit of a sentence (a
// word, a multi-word lexicon phrase, a punctuation mark), produced by the tagger
// (detail/tagging.hpp). Matching patterns over tags keeps the grammar small, linear and
// independent of spelling: "Russian Foreign Minister Sergei Lavrov" is one `N`, "expressed
// Russia's concern about" one `V`.
//
//   N named actor        C capitalised unknown name   P he/she/they   W I/we
//   D description ("the minister", "the two sides", "both")
//   S say cue   V act cue   J stance cue   M modal cue   R "according to"   O nominal cue
//   b be   h have   d do   n not   a adverb   t that   & and   u but   y by   , comma/semicolon
//   : colon   q opening quote   Q closing quote   . sentence end   w other word   x other mark
//   p preposition   o actor after a preposition (a place or object)   G actor with a possessive
//   l an unknown name in such a place ("residents of Donetsk")
//   m object pronoun (him, them, us, me)   Z a cue phrase that is a passive ("was discussed")
//   s content signal ("must", "failed"): gives a neutral reporting cue its kind, never a cue
#ifndef COMMUNIQUE_GRAMMAR_ATTRIBUTION_AST_HPP
#define COMMUNIQUE_GRAMMAR_ATTRIBUTION_AST_HPP

#include <communique/config.hpp>

#include <boost/range/iterator_range.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::attribution::ast {

using tag_iterator = const char*;
using tag_range = boost::iterator_range<tag_iterator>;

/// Which pattern matched; the meaning of `first` and `second` depends on it.
enum pattern : char {
    source_cue = 'A',    ///< SOURCE [adverbs, auxiliaries] CUE       first=source second=cue
    cue_source = 'I',    ///< , or ” CUE SOURCE ("said Putin")         first=cue    second=source
    according_to = 'R',  ///< according to SOURCE                      first=cue    second=source
    passive = 'P',       ///< be CUE [by SOURCE] ("were discussed")    first=cue    second=source (may be empty)
    label = 'L',         ///< SOURCE: (a headline or a speaker label)  first=source second=colon
    coordinated = 'K',   ///< and CUE (the previous source goes on)    first=cue    second=empty
    bare_cue = 'B'       ///< a nominal cue with no source of its own  first=cue    second=empty
};

struct found {
    char which = 0;
    tag_range first;
    tag_range second;
};

} // namespace grammar::attribution::ast
COMMUNIQUE_END_NAMESPACE

#endif
