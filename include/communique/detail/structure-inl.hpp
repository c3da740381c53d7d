// Placeholder body of parse_structure (replaced by the X3 structure grammar).
#ifndef COMMUNIQUE_DETAIL_STRUCTURE_INL_HPP
#define COMMUNIQUE_DETAIL_STRUCTURE_INL_HPP
#include <communique/structure.hpp>
COMMUNIQUE_BEGIN_NAMESPACE
COMMUNIQUE_FUNC structure parse_structure(std::string_view text) {
    structure out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        if (nl > pos) {
            block b;
            b.where = b.body = span{pos, nl};
            out.blocks.push_back(b);
            out.sentences.push_back(sentence{span{pos, nl}, static_cast<std::uint32_t>(out.blocks.size() - 1)});
        }
        pos = nl + 1;
    }
    return out;
}
COMMUNIQUE_END_NAMESPACE
#endif
