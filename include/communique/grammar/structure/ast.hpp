// communique/grammar/structure/ast.hpp: what the structure grammar's rules hand back. The
// rules look only at the head of one line (a bullet marker, a speaker label, a dateline, a
// byline lead) or at one word (an abbreviation, a date word, a furniture word), so their
// attributes are small: an enum, or a range of the caller's bytes.
#ifndef COMMUNIQUE_GRAMMAR_STRUCTURE_AST_HPP
#define COMMUNIQUE_GRAMMAR_STRUCTURE_AST_HPP

#include <communique/config.hpp>

#include <boost/range/iterator_range_core.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::structure::ast {

/// A range of the caller's bytes (never a copy).
using range = boost::iterator_range<const char*>;

/// What opens a list item.
enum class marker : unsigned char {
    symbol,  ///< "•", "-", "*", "·", "▪"
    numbered ///< "1." "12)" "(3)"
};

/// What a furniture word says about its line.
enum class furniture : unsigned char {
    weak,   ///< a menu word ("Menu", "Search", "Close"): chrome when the line is short and bare
    strong, ///< a call to act ("Sign up", "Please enter", "Share this"): chrome even with a period
    byline, ///< "Published", "Updated", "Posted": a byline when the line is short
    caption ///< "Image", "Photo", "Video" followed by a colon: a caption
};

/// What kind of word precedes a full stop.
enum class abbreviation : unsigned char {
    title, ///< "Mr", "Dr", "Gen": never ends a sentence
    other  ///< "Jan", "No", "vs", "e.g": ends a sentence only before a clear sentence opener
};

} // namespace grammar::structure::ast
COMMUNIQUE_END_NAMESPACE

#endif
