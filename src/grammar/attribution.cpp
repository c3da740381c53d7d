// The one instantiation of the attribution grammar (compiled library only).
#include <communique/grammar/attribution/attribution_def.hpp>

COMMUNIQUE_BEGIN_NAMESPACE
namespace grammar::attribution {
BOOST_SPIRIT_INSTANTIATE(pattern_type, iterator_type, context_type)
}
COMMUNIQUE_END_NAMESPACE
