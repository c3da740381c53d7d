// Compiles the structure grammar once, for the iterator and context named in its config.hpp.
#include <communique/grammar/structure/structure_def.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::structure::parser {
BOOST_SPIRIT_INSTANTIATE(list_marker_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(speaker_label_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(dateline_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(by_name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(credit_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(furniture_word_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(date_word_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(abbreviation_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(sentence_opener_type, iterator_type, context_type)
} // namespace grammar::structure::parser
COMMUNIQUE_END_NAMESPACE
