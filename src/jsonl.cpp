// Compiled body of communique/io/jsonl.hpp.
#include <communique/detail/jsonl-inl.hpp>
