// Compiled body of communique/structure (see detail/structure-inl.hpp).
#include <communique/detail/structure-inl.hpp>
