// Body of communique/extract.hpp (placeholder until the attribution grammar lands).
#ifndef COMMUNIQUE_DETAIL_EXTRACT_INL_HPP
#define COMMUNIQUE_DETAIL_EXTRACT_INL_HPP

#include <communique/detail/utf8.hpp>
#include <communique/extract.hpp>

#include <algorithm>
#include <thread>

COMMUNIQUE_BEGIN_NAMESPACE

COMMUNIQUE_FUNC extractor::extractor() : lexicon_(communique::lexicon::builtin()) {}
COMMUNIQUE_FUNC extractor::extractor(communique::lexicon lex) : lexicon_(std::move(lex)) {}

COMMUNIQUE_FUNC document extractor::extract(std::string_view text, const options& opts) const {
    document doc;
    doc.id = opts.id;
    doc.text = text;
    doc.structure = parse_structure(text);
    return doc;
}

COMMUNIQUE_FUNC std::vector<document> extractor::extract_many(const std::vector<std::string_view>& texts,
                                                              const options& opts, unsigned) const {
    std::vector<document> out;
    for (auto t : texts) out.push_back(extract(t, opts));
    return out;
}

COMMUNIQUE_FUNC document extract(std::string_view text, const options& opts) {
    static const extractor shared;
    return shared.extract(text, opts);
}

COMMUNIQUE_END_NAMESPACE

#endif
