// communique/structure.hpp: an article seen the way a reader sees it: blocks, sentences and
// quotations, each a byte span into the caller's text (nothing is copied or rewritten).
#ifndef COMMUNIQUE_STRUCTURE_HPP
#define COMMUNIQUE_STRUCTURE_HPP

#include <communique/diagnostic.hpp>
#include <communique/span.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE

enum class block_kind : unsigned char {
    title,     ///< the article's headline
    paragraph, ///< running text
    bullet,    ///< an item of a bulleted or numbered list
    turn,      ///< a speaker's turn in a transcript ("Question:", "Sergey Lavrov:", "Q:")
    dateline,  ///< "MOSCOW, 12 APR – RIA Novosti." or "WASHINGTON-" opening a report
    byline,    ///< "By Alice Cuddy", "Published on ..."
    caption,   ///< a photo or video caption
    chrome     ///< site furniture: menus, share and sign-up lines, comment forms, ads
};

constexpr std::string_view to_string(block_kind k) noexcept {
    switch (k) {
    case block_kind::title: return "title";
    case block_kind::paragraph: return "paragraph";
    case block_kind::bullet: return "bullet";
    case block_kind::turn: return "turn";
    case block_kind::dateline: return "dateline";
    case block_kind::byline: return "byline";
    case block_kind::caption: return "caption";
    case block_kind::chrome: return "chrome";
    }
    return "paragraph";
}

struct block {
    block_kind kind = block_kind::paragraph;
    span where; ///< the whole block, trimmed of surrounding white space
    span body;  ///< the text after a bullet marker or a speaker label; equal to `where` otherwise
    span label; ///< a turn's speaker label without its colon ("Maria Zakharova"), a dateline's
                ///< place; empty otherwise
};

struct sentence {
    span where;              ///< trimmed; never crosses its block
    std::uint32_t block = 0; ///< index into structure::blocks
};

struct quotation {
    span where;              ///< including the quotation marks
    span inner;              ///< without them
    std::uint32_t block = 0; ///< the block it opens in
    std::uint16_t depth = 0; ///< 0 for an outer quotation, 1 for one nested inside it, ...
    bool closed = true;      ///< false when it was closed at the end of its paragraph
};

/// The structure of one article. Blocks, sentences and quotations are each in document order;
/// sentences do not overlap, and quotations of the same depth do not overlap.
struct structure {
    std::vector<block> blocks;
    std::vector<sentence> sentences;
    std::vector<quotation> quotations;
    communique::diagnostics diagnostics; ///< invalid UTF-8, NUL bytes, limits reached
};

/// Finds blocks, sentences and quotations in one pass, in time linear in the input. Never
/// throws on bad input: problems go to `structure::diagnostics`.
structure parse_structure(std::string_view text);

COMMUNIQUE_END_NAMESPACE

#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/detail/structure-inl.hpp>
#endif

#endif
