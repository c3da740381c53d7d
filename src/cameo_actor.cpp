// Compiled body of communique/io/cameo_actor.hpp.
#include <communique/detail/cameo_actor-inl.hpp>
