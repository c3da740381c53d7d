// Compiled body of communique/times (see detail/times-inl.hpp).
#include <communique/detail/times-inl.hpp>
