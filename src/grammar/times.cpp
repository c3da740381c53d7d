// The one instantiation of the times grammar for the compiled library.
#include <communique/grammar/times/times_def.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::times::parser {
BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(number_expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(word_expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(lead_word_type, iterator_type, context_type)
} // namespace grammar::times::parser
COMMUNIQUE_END_NAMESPACE
