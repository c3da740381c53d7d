// The lexicon file grammar, part 1 of 5: what a line of a lexicon file parses into.
//
// A record line parses straight into the public entry structs of communique/lexicon.hpp
// (they are plain aggregates of strings, vectors and enums, exactly the shape of a line),
// so the AST adds only what the public API has no type for: the section a header opens.
#ifndef COMMUNIQUE_GRAMMAR_LEXICON_FILE_AST_HPP
#define COMMUNIQUE_GRAMMAR_LEXICON_FILE_AST_HPP

#include <communique/lexicon.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::lexicon_file::ast {

/// The section a `[name]` header opens; it decides how the lines below it are read.
enum class section : unsigned char { actor, demonym, title, cue, topic, given };

using actor_line = actor_entry;     ///< names \t kind \t country [\t title]
using demonym_line = demonym_entry; ///< forms \t country
using title_line = title_entry;     ///< forms [\t role]
using cue_line = cue_entry;         ///< forms \t kind \t cameo \t goldstein \t frame
using topic_line = topic_entry;     ///< forms \t topic
using given_line = given_name_entry; ///< forms \t sex

} // namespace grammar::lexicon_file::ast
COMMUNIQUE_END_NAMESPACE

#endif
