// communique/extract.hpp: from an article to its diplomatic statements.
#ifndef COMMUNIQUE_EXTRACT_HPP
#define COMMUNIQUE_EXTRACT_HPP

#include <communique/lexicon.hpp>
#include <communique/times.hpp>
#include <communique/types.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE

struct options {
    std::string id;                       ///< copied into document::id
    std::optional<civil_date> published;  ///< fixes relative dates; else the article's own
    std::size_t max_document_bytes = std::size_t(1) << 30; ///< larger input: cut, with a warning
    std::size_t max_statements = 100000;  ///< more: the rest dropped, with a warning
};

/// Extracts statements with one lexicon. Build it once and share it: it is immutable after
/// construction, so `extract` may be called from many threads at once.
class extractor {
public:
    /// With the embedded default lexicon.
    extractor();
    explicit extractor(communique::lexicon lex);

    document extract(std::string_view text, const options& opts = {}) const;

    /// Extracts many documents on `jobs` threads (0: all cores). The result is in the order of
    /// `texts`, whatever the scheduling.
    std::vector<document> extract_many(const std::vector<std::string_view>& texts,
                                       const options& opts = {}, unsigned jobs = 0) const;

    const communique::lexicon& lexicon() const noexcept { return lexicon_; }

private:
    communique::lexicon lexicon_;
};

/// The common case: one article with the default lexicon.
document extract(std::string_view text, const options& opts = {});

COMMUNIQUE_END_NAMESPACE

#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/detail/extract-inl.hpp>
#endif

#endif
