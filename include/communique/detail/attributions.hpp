// Running the attribution grammar over a tagged sentence: every match, left to right.
#ifndef COMMUNIQUE_DETAIL_ATTRIBUTIONS_HPP
#define COMMUNIQUE_DETAIL_ATTRIBUTIONS_HPP

#include <communique/detail/byte_masks16.hpp>
#include <communique/grammar/attribution/attribution.hpp>
#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/grammar/attribution/attribution_def.hpp>
#endif

#include <boost/core/bit.hpp>

#include <string_view>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// One attribution found in a sentence, with unit indexes into its tagged sentence.
struct attribution {
    char pattern = 0;
    std::size_t source_begin = 0, source_end = 0; ///< units of the source; empty if implied
    std::size_t cue = 0;                          ///< unit of the cue (or the label's colon)
    std::size_t end_unit = 0;                     ///< first unit after the match
};

/// A set of tags as a table of 256 flags: one load per tag where a pass reads every unit.
struct tag_table {
    bool in[256] = {};
    constexpr explicit tag_table(std::string_view set) {
        for (char c : set) in[static_cast<unsigned char>(c)] = true;
    }
    constexpr bool operator()(char tag) const noexcept { return in[static_cast<unsigned char>(tag)]; }
};

/// The tags a pattern can open with (attribution_def.hpp): a source (N C P W D), the comma or
/// closing quote before "said X", R, a passive's "b" or Z, the "and" or "but" of a
/// coordinated cue, O.
inline bool can_open_pattern(char tag) noexcept {
    static constexpr tag_table t("NCPWD,QRbZ&uO");
    return t(tag);
}

/// Whether a tag is an actor-like unit that can open a source (N C P W D).
inline bool is_actor_like_unit(char tag) noexcept {
    static constexpr tag_table unit("NCPWD");
    return unit(tag);
}

/// The last unit tagged a cue (S V J M R Z O) or a label's colon, which every pattern holds;
/// npos for none. tags.find_last_of("SVJMRZO:") without a memchr over the set for each tag:
/// with SSE2 sixteen tags at a time from the end (the highest bit of their mask), the first
/// sixteen read again for the few left (their bits from there on cleared); else tag by tag.
inline std::size_t last_pattern_cue(std::string_view tags) noexcept {
    std::size_t n = tags.size();
#ifdef COMMUNIQUE_BYTES16_SSE2
    if (n >= 16) {
        const auto* p = reinterpret_cast<const unsigned char*>(tags.data());
        auto cues = [](const unsigned char* at) { return bytes16::equal_any<bytes16::sse2, 'S', 'V', 'J', 'M', 'R', 'Z', 'O', ':'>(at); };
        auto highest = [](unsigned m) { return static_cast<std::size_t>(31 - boost::core::countl_zero(m)); };
        for (; n >= 16; n -= 16)
            if (const unsigned m = cues(p + n - 16)) return n - 16 + highest(m);
        const unsigned m = n == 0 ? 0 : cues(p) & ((1u << n) - 1);
        return m ? highest(m) : std::string_view::npos;
    }
#endif
    static constexpr tag_table cue("SVJMRZO:");
    while (n-- > 0)
        if (cue(tags[n])) return n;
    return std::string_view::npos;
}

/// Whether a pattern may open with the actor-like unit at `at` (N C P W D), by the tag after
/// it. Only a source-and-cue pattern or a label opens there (attribution_def.hpp), and after
/// the first unit of their source comes: a list's comma or "and", an apposition's comma, a
/// modifier's preposition, an adverb, auxiliary, negation or quote between it and the cue, the
/// cue, or a label's colon. Most actors stand in no attribution and fail here, without a parse.
inline bool source_may_open(std::string_view tags, std::size_t at) noexcept {
    static constexpr tag_table after_unit(",&pabhdnqOSVJM:");
    if (at + 1 >= tags.size()) return false;
    if (after_unit(tags[at + 1])) return true;
    // (... or "of the" before where the source works: "Hannah Rowley of the Lowy Institute
    // argues", w w l; or "of" and his state: "Chair Evans Njewa of Malawi welcomed", w o.)
    if (at + 2 < tags.size() && tags[at] == 'C' && tags[at + 1] == 'w' && tags[at + 2] == 'o') return true;
    return at + 3 < tags.size() && tags[at + 1] == 'w' && tags[at + 2] == 'w' && (tags[at + 3] == 'l' || tags[at + 3] == 'o');
}

/// All attributions in a tag string, left to right, into `found` (cleared first: a caller
/// reuses its buffer sentence after sentence); after a match the scan goes on behind it, so
/// each tag is looked at a bounded number of times (the patterns are short). `look_ahead`
/// false parses at every tag a pattern can open with (the test's reference).
inline void find_attributions(std::string_view tags, std::vector<attribution>& found, bool look_ahead = true) {
    namespace ga = grammar::attribution;
    found.clear();
    // Every pattern has a cue (S V J M R Z O) or a label's colon: most sentences of news
    // prose have none, and need no parse at all.
    const std::size_t last_cue = last_pattern_cue(tags);
    if (last_cue == std::string_view::npos) return;
    const char* const base = tags.data();
    const char* const last = base + tags.size();
    // A match holds its cue, so none opens after the last one.
    const char* const last_open = base + last_cue;
    const char* it = base;
    while (it != last && it <= last_open) {
        // At any other tag no alternative can match.
        if (!can_open_pattern(*it) ||
            (look_ahead && is_actor_like_unit(*it) && !source_may_open(tags, static_cast<std::size_t>(it - base)))) {
            ++it;
            continue;
        }
        const char* from = it;
        ga::ast::found f;
        if (boost::spirit::x3::parse(from, last, ga::pattern, f)) {
            attribution a;
            a.pattern = f.which;
            a.end_unit = static_cast<std::size_t>(from - base);
            auto index = [&](const char* p) { return static_cast<std::size_t>(p - base); };
            switch (f.which) {
            case ga::ast::source_cue:
            case ga::ast::label:
                a.source_begin = index(f.first.begin());
                a.source_end = index(f.first.end());
                a.cue = index(f.second.begin());
                break;
            default:
                a.cue = index(f.first.begin());
                a.source_begin = index(f.second.begin());
                a.source_end = index(f.second.end());
                break;
            }
            // "by SOURCE": the range starts at the "by".
            if (a.pattern == ga::ast::passive && a.source_end > a.source_begin) ++a.source_begin;
            // A name right after a preposition is its object, not a subject ("condolences to
            // the Government of the Philippines and they wished ..."): look further on.
            if (a.pattern == ga::ast::source_cue && a.source_begin > 0 && tags[a.source_begin - 1] == 'p') {
                ++it;
                continue;
            }
            // A label is a headline or speaker label only at the start of a sentence.
            if (a.pattern != ga::ast::label || a.source_begin == 0) found.push_back(a);
            it = from == it ? it + 1 : from;
            continue;
        }
        ++it;
    }
}

inline std::vector<attribution> find_attributions(std::string_view tags) {
    std::vector<attribution> found;
    find_attributions(tags, found);
    return found;
}

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
