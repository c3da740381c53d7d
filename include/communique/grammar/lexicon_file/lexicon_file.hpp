// The lexicon file grammar, part 4 of 5: the rules a caller may use, declared. Each parses
// one line (without its line end) of the section it is named after, and reports a malformed
// line by throwing x3::expectation_failure, whose which() reads "a statement kind (...)" etc.
#ifndef COMMUNIQUE_GRAMMAR_LEXICON_FILE_LEXICON_FILE_HPP
#define COMMUNIQUE_GRAMMAR_LEXICON_FILE_LEXICON_FILE_HPP

#include <communique/grammar/lexicon_file/ast.hpp>
#include <communique/grammar/lexicon_file/config.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::lexicon_file {

using section_line_type = x3::rule<class section_line_class, ast::section>;
using actor_line_type = x3::rule<class actor_line_class, ast::actor_line>;
using demonym_line_type = x3::rule<class demonym_line_class, ast::demonym_line>;
using title_line_type = x3::rule<class title_line_class, ast::title_line>;
using cue_line_type = x3::rule<class cue_line_class, ast::cue_line>;
using topic_line_type = x3::rule<class topic_line_class, ast::topic_line>;
using given_line_type = x3::rule<class given_line_class, ast::given_line>;

BOOST_SPIRIT_DECLARE(section_line_type, actor_line_type, demonym_line_type, title_line_type,
                     cue_line_type, topic_line_type, given_line_type)

/// `[actor]`, `[demonym]`, `[title]`, `[cue]`, `[topic]`, `[given]` (plurals accepted, and
/// `[given names]`).
COMMUNIQUE_FUNC const section_line_type& section_line();
/// names \t actor kind \t country [\t title]
COMMUNIQUE_FUNC const actor_line_type& actor_line();
/// forms \t country
COMMUNIQUE_FUNC const demonym_line_type& demonym_line();
/// forms [\t role]
COMMUNIQUE_FUNC const title_line_type& title_line();
/// forms \t statement kind \t CAMEO code \t Goldstein weight \t frame
COMMUNIQUE_FUNC const cue_line_type& cue_line();
/// forms \t topic
COMMUNIQUE_FUNC const topic_line_type& topic_line();
/// forms \t sex (female|male)
COMMUNIQUE_FUNC const given_line_type& given_line();

} // namespace grammar::lexicon_file
COMMUNIQUE_END_NAMESPACE

#endif
