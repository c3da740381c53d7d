// The lexicon file grammar, compiled once for the library (see grammar/lexicon_file/config.hpp
// for the iterator and context every caller must use).
#include <communique/grammar/lexicon_file/config.hpp>
#include <communique/grammar/lexicon_file/lexicon_file_def.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::lexicon_file {

BOOST_SPIRIT_INSTANTIATE(section_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(actor_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(demonym_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(title_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(cue_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(topic_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(given_line_type, iterator_type, context_type)

} // namespace grammar::lexicon_file
COMMUNIQUE_END_NAMESPACE
