// Placeholder body of parse_lexicon (replaced by the X3 lexicon file grammar).
#ifndef COMMUNIQUE_DETAIL_LEXICON_FILE_INL_HPP
#define COMMUNIQUE_DETAIL_LEXICON_FILE_INL_HPP
#include <communique/lexicon.hpp>
COMMUNIQUE_BEGIN_NAMESPACE
COMMUNIQUE_FUNC bool parse_lexicon(std::string_view, std::string_view, lexicon_entries&, diagnostics&) { return true; }
COMMUNIQUE_END_NAMESPACE
#endif
