// Compiled body of communique/io/jsonl_reader.hpp.
#include <communique/detail/jsonl_reader-inl.hpp>
