// Attribution rules over one tagged sentence that need only the text and the lexicon: the
// constructions the X3 patterns leave open ("Condemning the attack, the Council urged",
// "Lavrov, who met Tillerson, said", "called Putin to express condolences"). The engine
// (extract-inl.hpp) runs them between the pattern scan and the statements it builds.
#ifndef COMMUNIQUE_DETAIL_SENTENCE_RULES_HPP
#define COMMUNIQUE_DETAIL_SENTENCE_RULES_HPP

#include <communique/detail/ascii.hpp>
#include <communique/detail/attributions.hpp>
#include <communique/detail/lexicon_tables.hpp>
#include <communique/detail/resolution.hpp>
#include <communique/detail/tagging.hpp>

#include <boost/core/bit.hpp>
#include <boost/endian/conversion.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// Whether a tag is a cue that takes a subject: say, act, stance or modal (S V J M). Four
/// compares the compiler folds, where a pass looks at every unit.
inline bool is_subject_cue_tag(char t) noexcept { return t == 'S' || t == 'V' || t == 'J' || t == 'M'; }

/// Bit 7 of each byte of `x` (little-endian order) equal to `tag`, at least of the lowest
/// such byte: it is a zero byte of `x ^ tag`, and the zero-byte test flags every zero byte,
/// and other bytes only above a zero byte (a borrow).
template <char Tag> BOOST_FORCEINLINE std::uint64_t tag_bytes(std::uint64_t x) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
    const std::uint64_t v = x ^ (ones * static_cast<unsigned char>(Tag));
    return (v - ones) & ~v & highs;
}

/// The index of the next unit from `from` on whose tag is one of `Tags` ('S', 'V', 'J', 'M'),
/// or npos; as well the next byte of a text that is one of them. Also the search for one rare
/// tag ('G', ','): inline, where memchr was a call over a tag string of a few dozen bytes.
/// Passes that look for any of a few tags (cues, named actors) read sixteen tags at a time
/// with SSE2 (byte compares, the lowest bit of their mask), else eight at a time (SWAR): the
/// lowest flag of all the tags' flags together is a true one (tag_bytes), and the first unit
/// of the set. The tags left after the last whole block are read in the block that ends the
/// string, the bytes before `from` left out (SSE2: their bits shifted off; SWAR: zeroed, and a
/// zero byte is no tag and lends no borrow); only a string shorter than eight is read tag by
/// tag.
template <char... Tags>
inline std::size_t next_tag_in(std::string_view tags, std::size_t from) noexcept {
    static_assert(((Tags != 0) && ...), "a zeroed byte must match no tag");
    const auto* p = reinterpret_cast<const unsigned char*>(tags.data());
    const std::size_t n = tags.size();
    std::size_t i = from;
    if (i >= n) return std::string::npos;
#ifdef COMMUNIQUE_BYTES16_SSE2
    if (n >= 16) {
        auto hits = [](const unsigned char* at) { return bytes16::equal_any<bytes16::sse2, Tags...>(at); };
        for (; n - i >= 16; i += 16)
            if (const unsigned m = hits(p + i)) return i + static_cast<std::size_t>(boost::core::countr_zero(m));
        if (i == n) return std::string::npos;
        const unsigned m = hits(p + n - 16) >> (16 - (n - i));
        return m ? i + static_cast<std::size_t>(boost::core::countr_zero(m)) : std::string::npos;
    }
#endif
    for (; n - i >= 8; i += 8) {
        const std::uint64_t x = boost::endian::load_little_u64(p + i);
        if (const std::uint64_t flags = (tag_bytes<Tags>(x) | ...))
            return i + static_cast<std::size_t>(boost::core::countr_zero(flags)) / 8;
    }
    if (i == n) return std::string::npos;
    if (n >= 8) {
        const std::size_t skipped = 8 - (n - i); // bytes of the last eight before `i`
        const std::uint64_t x = boost::endian::load_little_u64(p + n - 8) & (~std::uint64_t{0} << (8 * skipped));
        const std::uint64_t flags = (tag_bytes<Tags>(x) | ...);
        return flags ? n - 8 + static_cast<std::size_t>(boost::core::countr_zero(flags)) / 8 : std::string::npos;
    }
    for (; i < n; ++i)
        if (((tags[i] == Tags) || ...)) return i;
    return std::string::npos;
}

/// The first content signal (tag s) among units [from, to) of `ts` that gives a neutral cue
/// its kind, or npos: with `within`, only a unit that begins in it; inside a quotation
/// (`quoted`) not an appeal. Signals are few, and most contents hold none: the tags are read
/// sixteen at a time (next_tag_in), not unit by unit. Not inlined: the engine's statement
/// loop is at its inliner's limits, and a loop of its own there flips what else is inlined.
inline std::size_t first_signal(const lexicon_tables& tables, const tagged_sentence& ts, std::string_view text,
                                std::size_t from, std::size_t to, bool quoted, const span* within) {
    const std::string_view tags(ts.tags.data(), std::min({to, ts.units.size(), ts.tags.size()}));
    for (std::size_t i = next_tag_in<'s'>(tags, from); i != std::string::npos; i = next_tag_in<'s'>(tags, i + 1)) {
        if (within && !within->contains(ts.units[i].where.begin)) continue;
        // ("must" and a verb of action is an appeal there too: "The guns must fall silent in El
        // Fasher now". Not "must be", "must have been", "the latest must-have"; nor "we must",
        // the speaker's own resolve: "“First and foremost, we must defeat ISIS,” Tillerson said".)
        if (quoted && tables.entries.cues[static_cast<std::size_t>(ts.units[i].cue)].kind == statement_kind::appeal) {
            const std::string_view signal = ts.units[i].where.in(text);
            const std::string_view next = i + 1 < ts.units.size() ? ts.units[i + 1].where.in(text) : std::string_view{};
            const bool acts = signal.substr(0, 4) == "must" && (i == 0 || ts.tags[i - 1] != 'W') &&
                              ts.units[i].where.end < text.size() &&
                              text[ts.units[i].where.end] == ' ' && !next.empty() && next != "be" && next != "have" &&
                              next != "been";
            if (!acts) continue;
        }
        return i;
    }
    return std::string::npos;
}

/// Calls `f(i)` for each unit i, in order, whose tag is one of `Tags`: for a pass that visits
/// every such unit and changes no tag. Sixteen tags at a time give the set's places as a bit
/// mask (the last, partial block read in the block that ends the string, the places read
/// already masked off); fewer than sixteen tags are read by next_tag_in.
template <char... Tags, typename F>
inline void for_each_tag_in(std::string_view tags, F&& f) {
    const std::size_t n = tags.size();
    if (n < 16) {
        for (std::size_t i = next_tag_in<Tags...>(tags, 0); i != std::string::npos; i = next_tag_in<Tags...>(tags, i + 1)) f(i);
        return;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(tags.data());
    auto visit = [&](std::size_t at, std::uint32_t m) {
        for (; m != 0; m &= m - 1) f(at + static_cast<std::size_t>(boost::core::countr_zero(m)));
    };
    std::size_t i = 0;
    for (; n - i >= 16; i += 16) visit(i, bytes16::equal_any<bytes16::fastest, Tags...>(p + i));
    if (i < n) visit(n - 16, bytes16::equal_any<bytes16::fastest, Tags...>(p + n - 16) & (0xFFFFu << (16 - (n - i)) & 0xFFFFu));
}

/// The first actor-like unit (N C P W D) among the first four, or npos: a sentence's subject
/// if any. Only those four tags are read (next_tag_in would read on to the first such unit).
inline std::size_t leading_actor(std::string_view tags) noexcept {
    const std::size_t lead = std::min<std::size_t>(4, tags.size());
    for (std::size_t i = 0; i < lead; ++i)
        if (is_tag_in("NCPWD", tags[i])) return i;
    return std::string::npos;
}

/// The next cue that takes a subject (is_subject_cue_tag) from unit `from` on, or npos.
inline std::size_t next_subject_cue(std::string_view tags, std::size_t from) noexcept {
    return next_tag_in<'S', 'V', 'J', 'M'>(tags, from);
}

/// The next actor-like unit (N C P W D G: a subject may be one) from `from` on, or npos.
inline std::size_t next_actor_like(std::string_view tags, std::size_t from) noexcept {
    return next_tag_in<'N', 'C', 'P', 'W', 'D', 'G'>(tags, from);
}

/// Whether `text` holds "the following" or "as follows" (a saying that opens a list): the
/// definition announces_list is tested against.
inline bool announces_list_reference(std::string_view text) noexcept {
    return text.find("the following") != std::string_view::npos || text.find("as follows") != std::string_view::npos;
}

/// Whether "follow" at `i` of `text` is part of "the following" or "as follows" there.
inline bool list_phrase_at(std::string_view text, std::size_t i) noexcept {
    if (text.compare(i, 6, "follow") != 0) return false;
    return (i >= 4 && text.compare(i - 4, 13, "the following") == 0) || (i >= 3 && text.compare(i - 3, 10, "as follows") == 0);
}

/// announces_list_reference, asked after every saying of a sentence about the rest of it.
/// Both phrases hold "follow", and an 'f' with a 'w' five bytes on is rare ("of", "for",
/// "from" have none): sixteen places are tested for that pair at once, and only a hit is read.
/// The places left after the last whole block are read in the block that ends the text, the
/// places read already masked off; only a text shorter than a block and the pair's reach is
/// read byte by byte.
inline bool announces_list(std::string_view text) noexcept {
    constexpr std::size_t w_offset = 5, block = 16;
    const std::size_t n = text.size();
    if (n < w_offset + block) {
        for (std::size_t i = 0; i + w_offset < n; ++i)
            if (text[i] == 'f' && text[i + w_offset] == 'w' && list_phrase_at(text, i)) return true;
        return false;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    auto hits_from = [&](std::size_t at, std::uint32_t m) {
        using B = bytes16::fastest;
        m &= B::mask(B::equal(B::load(p + at), 'f')) & B::mask(B::equal(B::load(p + at + w_offset), 'w'));
        for (; m != 0; m &= m - 1)
            if (list_phrase_at(text, at + static_cast<std::size_t>(boost::core::countr_zero(m)))) return true;
        return false;
    };
    const std::size_t last = n - w_offset - block; // the start of the block that ends the text
    std::size_t i = 0;
    for (; i <= last; i += block)
        if (hits_from(i, 0xFFFFu)) return true;
    return i < last + block && hits_from(last, 0xFFFFu << (i - last) & 0xFFFFu);
}

/// The topic phrase, if any, at the word start `i` of `text` that ends by `end`; added to
/// `out` (each topic once, in order of first mention). Its length, or 0 for none. Where a
/// lead pairs with the run after it in some topic ("the economy"), that run is read to decide
/// (tables_at) and left in `ahead`: it is the next word's lead when the next word starts there
/// (no second hash).
inline std::size_t topic_at(const lexicon_tables& tables, std::string_view text, std::size_t i, std::size_t end,
                            run_at& ahead, std::vector<std::string>& out) {
    // A run too far after the lead has key 0: no lead, computed here.
    const word_lead lead = ahead.at == i && ahead.lead.key != 0 ? ahead.lead : lead_at(text, i);
    if (tables.tables_at(text, i, lead, &ahead, in_table::topics) == 0) return 0;
    const auto m = match_phrase(tables.topics.symbols, text, i);
    if (!m || i + m->length > end) return 0;
    const std::string& topic = tables.entries.topics[m->index].topic;
    if (std::find(out.begin(), out.end(), topic) == out.end()) out.push_back(topic);
    return m->length;
}

/// The topics that `where` of `text` names, each once, in order of first mention: at each
/// word start (where.begin counts as one; the byte behind a topic does not), the longest topic
/// phrase that ends inside `where`, and the scan goes on behind it. Word starts come sixteen
/// bytes at a time from a mask of word bytes, and a word is hashed and looked up only where
/// its first bytes may start a topic (topic_starts): most words are turned down by one bit.
inline std::vector<std::string> topics_in(const lexicon_tables& tables, std::string_view text, span where) {
    std::vector<std::string> out;
    const std::size_t end = std::min(where.end, text.size());
    run_at ahead{static_cast<std::size_t>(-1), {0, 0}};
    std::uint32_t word_before = 0; // 1 when the byte before `i` leaves no word start at `i`
    for (std::size_t i = where.begin; i < end;) {
        const std::uint32_t word = topic_scan::word_mask_at(text, i, end);
        std::uint32_t starts = word & ~(word << 1 | word_before);
        word_before = (word >> 15) & 1;
        std::size_t next = i + 16;
        // The filter first, over all the block's starts (it reads nothing topic_at writes),
        // then the lookups in order, up to the first topic.
        for (std::uint32_t maybe = tables.topic_heads.may_start_in(text, i, starts); maybe != 0; maybe &= maybe - 1) {
            const std::size_t at = i + static_cast<std::size_t>(boost::core::countr_zero(maybe));
            if (const std::size_t length = topic_at(tables, text, at, end, ahead, out)) {
                next = at + length;
                word_before = 1; // the byte behind a topic starts no word
                break;
            }
        }
        i = next;
    }
    return out;
}

/// The byte where the last "we", "We" or "I" stands as a word in `inner` of `text` (the
/// tagger's only first persons, tag W), or npos. Most quotations have none, and then they
/// need no tagging for a first person's cue. Only an I, w or W can start one: the scan goes
/// from one to the next.
inline std::size_t last_first_person(std::string_view text, span inner) noexcept {
    const std::size_t end = std::min(inner.end, text.size());
    auto word_byte = [&](std::size_t k) {
        return k < end && is_word_byte(static_cast<unsigned char>(text[k])) && !at_apostrophe(text.data() + k, text.data() + end);
    };
    const std::string_view before_end = text.substr(0, end);
    std::size_t last = std::string::npos;
    for (std::size_t i = next_tag_in<'I', 'w', 'W'>(before_end, inner.begin); i != std::string::npos;
         i = next_tag_in<'I', 'w', 'W'>(before_end, i + 1)) {
        if (i > inner.begin && is_word_byte(static_cast<unsigned char>(text[i - 1]))) continue;
        const char c = text[i];
        if ((c == 'I' && !word_byte(i + 1)) || ((c == 'w' || c == 'W') && i + 1 < end && text[i + 1] == 'e' && !word_byte(i + 2)))
            last = i;
    }
    return last;
}

/// The kind of the first first-person cue in `inner` of `text` ("we hope", "I agree"): a W
/// unit, adverbs and auxiliaries, then a cue that is no signal ("we must" is none: inside a
/// quotation a modal is as often epistemic as an appeal) and not a plain statement. The
/// quotation is tagged into `ts` only as far as that reading needs: up to the first such cue
/// (an earlier "we" has its cue before it), and, when `bounded`, no further than the first unit
/// after the last first person that no first person's cue can stand behind (not an adverb or
/// auxiliary); the units after it are never read. `bounded` false tags on (the test's
/// reference).
/// Whether the unit `u` of cue `cue` is a modal refusal ("will not", "won't") that forecasts
/// instead, what will not come about: "will not be", "won't be able to", "will not have to",
/// "will not need" ("Turkey will not be a burden"). The next word is read from the text, as
/// a quotation's tagging may stop at the cue.
inline bool forecasts_what_will_not_be(const unit& u, const cue_entry& cue, std::string_view text) {
    if (cue.kind != statement_kind::rejection || cue.frame != cue_frame::modal) return false;
    std::size_t at = u.where.end;
    while (at < text.size() && text[at] == ' ') ++at;
    std::size_t end = at;
    while (end < text.size() && is_lower(text[end])) ++end;
    const std::string_view next = text.substr(at, end - at);
    return next == "be" || next == "have" || next == "need";
}

inline std::optional<statement_kind> first_person_kind(const tagger& tagging, const lexicon_tables& tables, std::string_view text,
                                                       span inner, tagged_sentence& ts, bool bounded = true) {
    const std::size_t last = last_first_person(text, inner);
    if (last == std::string::npos) return std::nullopt;
    auto quote_kind = [](std::size_t, char) { return 'x'; };
    auto enough = [&](const tagged_sentence& t) {
        const unit& u = t.units.back();
        if (bounded && u.where.begin > last && !is_tag_in("abhdn", u.tag)) return true;
        if (u.cue < 0 || u.tag == 's' || tables.entries.cues[static_cast<std::size_t>(u.cue)].kind == statement_kind::statement)
            return false;
        std::size_t i = t.units.size() - 1;
        while (i > 0 && is_tag_in("abhdn", t.units[i - 1].tag)) --i;
        return i > 0 && t.units[i - 1].tag == 'W';
    };
    tagging.tag_until(ts, text, inner, quote_kind, enough);
    for (std::size_t i = 0; i + 1 < ts.units.size(); ++i) {
        if (ts.tags[i] != 'W') continue;
        std::size_t j = i + 1;
        while (j < ts.units.size() && is_tag_in("abhdn", ts.tags[j])) ++j;
        if (j < ts.units.size() && ts.units[j].cue >= 0 && ts.tags[j] != 's') {
            const auto& ce = tables.entries.cues[static_cast<std::size_t>(ts.units[j].cue)];
            if (ce.kind != statement_kind::statement && !forecasts_what_will_not_be(ts.units[j], ce, text)) return ce.kind;
        }
    }
    return std::nullopt;
}

/// Whether `text` from `begin` to `end` (within the text) is set in capitals: more than eight
/// letters, more than four capitals to each lower-case one. Counted in blocks of 16 bytes
/// (bytes16::letters, with SSE2 sixteen compares at once), the last bytes one by one:
/// once four times the lower-case letters reach the capitals plus every byte left, no rest can
/// make it capitals (upper * 10 > letters * 8 is upper > 4 * lower), and most sentences of
/// prose are known after a third of their bytes.
inline bool in_capitals(std::string_view text, std::size_t begin, std::size_t end) noexcept {
    constexpr std::size_t block = 16;
    std::size_t upper = 0, lower = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = begin; i < end;) {
        if (end - i >= block) {
            const bytes16::letter_count c = bytes16::letters(bytes + i);
            upper += c.upper;
            lower += c.lower;
            i += block;
        } else {
            for (; i < end; ++i) {
                const auto c = bytes[i];
                upper += static_cast<unsigned char>(c - 'A') < 26;
                lower += static_cast<unsigned char>(c - 'a') < 26;
            }
        }
        if (4 * lower >= upper + (end - i)) return false;
    }
    const std::size_t letters = upper + lower;
    return letters > 8 && upper * 10 > letters * 8;
}

/// A word in -ing ("saying", "DEMANDING"; capitals in headlines).
inline bool is_participle(std::string_view w) {
    if (w.size() < 4) return false;
    const std::string_view end = w.substr(w.size() - 3);
    return (end[0] | 0x20) == 'i' && (end[1] | 0x20) == 'n' && (end[2] | 0x20) == 'g';
}

/// Whether unit `k` is a named actor that is no person (a state, a body, a party) or an
/// unknown name: what may stand before a person as a modifier ("NATO spokesman John Smith",
/// "Labour MP Ann Clwyd", "Gazprom chief Alexei Miller").
inline bool modifies_a_person(const tagged_sentence& ts, std::size_t k) {
    if (ts.tags[k] == 'C') return true;
    return ts.tags[k] == 'N' && ts.units[k].actor >= 0 &&
           ts.actors[static_cast<std::size_t>(ts.units[k].actor)].kind != actor_kind::person;
}

/// Whether unit `k` names an intergovernmental body ("the African Union", "the G7").
inline bool is_igo_unit(const tagged_sentence& ts, std::size_t k) noexcept {
    if (ts.units[k].actor < 0) return false;
    const actor& a = ts.actors[static_cast<std::size_t>(ts.units[k].actor)];
    return a.kind == actor_kind::organization && a.country == "IGO";
}

/// Unit `unit`, or the first of the modifiers right before it when it is a named person:
/// where the noun phrase that names the person starts.
inline std::size_t phrase_start(const tagged_sentence& ts, std::size_t unit) {
    if (unit >= ts.tags.size() || ts.tags[unit] != 'N' || ts.units[unit].actor < 0 ||
        ts.actors[static_cast<std::size_t>(ts.units[unit].actor)].kind != actor_kind::person)
        return unit;
    const bool titled = !ts.actors[static_cast<std::size_t>(ts.units[unit].actor)].title.empty();
    while (unit > 0) {
        if (modifies_a_person(ts, unit - 1)) {
            --unit;
            continue;
        }
        // ("White House national security spokesman John Kirby": a word or two of the title
        // between the body and the titled person.)
        std::size_t k = unit - 1;
        while (k > 0 && unit - k <= 2 && ts.tags[k] == 'w') --k;
        if (!titled || k + 1 >= unit || ts.tags[k] != 'N' || !modifies_a_person(ts, k)) break;
        unit = k;
    }
    return unit;
}

/// Whether the unit is the first actor-like unit of its sentence (its subject), not one
/// reported inside another's content ("He said that Mr. Tillerson agreed"). The state or body
/// that a person speaks for, written before the person, is no subject of its own: "NATO
/// spokesman John Smith said" has him as its subject; nor is a possessive ("Asked about Mr
/// Smith's position, Mr Johnson told ..."), nor a unit inside a quotation (`in_quote(byte)`:
/// "“We need it,” chairman Chung said"), nor the source of an opening "according to"
/// ("According to Indian officials, Modi raised ...").
template <typename InQuote>
bool subject_position(const tagged_sentence& ts, std::size_t unit, const InQuote& in_quote) {
    const std::size_t start = std::min(phrase_start(ts, unit), ts.tags.size());
    // "The UN special envoy for Yemen, Lars Engstrand, said": a name in apposition to the
    // description that opens the sentence (no cue, no comma before it) is its subject. (So is
    // one after an opening participle's phrase: "Speaking to Al Masirah television, the group's
    // chief negotiator, Ali al-Qadhi, denied ...".)
    if (start >= 2 && ts.tags[start - 1] == ',' && unit + 1 < ts.tags.size() && ts.tags[unit + 1] == ',' &&
        !in_quote(ts.units[unit].where.begin)) {
        std::size_t from = 0;
        if (is_tag_in("SV", ts.tags[0]))
            if (const std::size_t comma = ts.tags.find(','); comma < start - 1 &&
                                                              ts.tags.find_first_of("SVJMR", 1) > comma)
                from = comma + 1;
        if (ts.tags.find_first_of("SVJMR,", from) == start - 1) return true;
    }
    for (std::size_t k = next_tag_in<'N', 'C', 'P', 'W', 'D'>(ts.tags, 0); k < start;
         k = next_tag_in<'N', 'C', 'P', 'W', 'D'>(ts.tags, k + 1))
        if (!in_quote(ts.units[k].where.begin) && !(k > 0 && ts.tags[k - 1] == 'R')) return false;
    return true;
}

/// The subject among the sentence's first units (leading_actor), past the modifiers of a
/// person: "NATO spokesman John Smith" is John Smith.
inline std::size_t leading_subject(const tagged_sentence& ts) {
    std::size_t i = leading_actor(ts.tags);
    if (i == std::string::npos) return i;
    for (std::size_t k = i; k + 1 < ts.tags.size() && modifies_a_person(ts, k); ++k)
        if (phrase_start(ts, k + 1) <= i) return k + 1;
    return i;
}

/// "both countries’ presidents when President Trump called President Putin": the two
/// holders of the role that the sentence itself names come before the salient ones.
inline std::optional<actor> pair_named_in(const tagged_sentence& ts, std::string_view role) {
    if (role.empty()) return std::nullopt;
    std::vector<actor> named;
    for (const unit& u : ts.units) {
        if (u.tag != 'N' || u.actor < 0) continue;
        const actor& a = ts.actors[static_cast<std::size_t>(u.actor)];
        if (a.kind != actor_kind::person || a.title.find(role) == std::string::npos) continue;
        if (std::none_of(named.begin(), named.end(), [&](const actor& n) { return same_actor(n, a); }))
            named.push_back(a);
    }
    if (named.size() != 2) return std::nullopt;
    return make_group(std::move(named));
}

class sentence_rules {
public:
    sentence_rules(std::string_view text, const lexicon_tables& tables) : text_(text), tables_(tables) {}

    /// "Condemning the attack, the Council urged ...", "DEMANDING CEASEFIRE, SECRETARY-GENERAL
    /// URGES ...": a participle opening the sentence is an act of the subject after the comma.
    /// Only a diplomatic act: "Speaking to reporters, Lavrov said" is one statement.
    void fronted_participle(const tagged_sentence& ts, std::vector<attribution>& found) const {
        if (ts.units.empty() || ts.units[0].cue < 0 || (ts.tags[0] != 'V' && ts.tags[0] != 'S')) return;
        if (!is_participle(ts.units[0].where.in(text_))) return;
        if (tables_.entries.cues[static_cast<std::size_t>(ts.units[0].cue)].kind == statement_kind::statement) return;
        for (const attribution& a : found) {
            if (a.pattern != 'A' || a.source_begin == 0) continue;
            if (ts.tags[a.source_begin - 1] != ',') return;
            found.insert(found.begin(), attribution{'A', a.source_begin, a.source_end, 0, 1});
            return;
        }
    }

    /// "The United States, together with Britain and Australia, condemned ...", "The Government
    /// of Japan, together with the Governments of Australia, Canada and Germany, issued the
    /// following joint statement": those named in the aside act with the subject, one source.
    /// The aside holds only actors, their articles, "the Government(s) of" and the marks of a
    /// list; "Governments" is no name there.
    void together_with_subjects(tagged_sentence& ts, std::vector<attribution>& found) const {
        // (The subject is among the first three units: read only those.)
        std::size_t s = 0;
        while (s < 3 && s < ts.tags.size() && !is_tag_in("NCPWDG", ts.tags[s])) ++s;
        if (s >= 3 || s >= ts.tags.size() || !is_tag_in("ND", ts.tags[s]) || s + 4 >= ts.tags.size() ||
            ts.tags[s + 1] != ',' || ts.tags[s + 3] != 'p' || ts.units[s + 3].where.in(text_) != "with")
            return;
        const std::string_view joiner = ts.units[s + 2].where.in(text_);
        if (joiner != "together" && joiner != "along") return;
        // The list runs on through its own commas ("Australia, Canada, the Czech Republic and
        // Germany"): its last comma is the one before the cue.
        std::size_t k = s + 4, actors = 0, close = 0;
        for (; k < ts.tags.size(); ++k) {
            const char t = ts.tags[k];
            const std::string_view w = ts.units[k].where.in(text_);
            if (t == ',') close = k;
            else if ((t == 'N' || t == 'o') && ts.units[k].actor >= 0) ++actors;
            else if (!(t == '&' || (t == 'w' && (spelled(w, "the") || w == "of")) ||
                       (t == 'C' && (w == "Governments" || w == "Government"))))
                break;
        }
        if (actors == 0 || close + 1 != k || k >= ts.tags.size() || !is_subject_cue_tag(ts.tags[k]) || ts.units[k].cue < 0) return;
        for (std::size_t i = s + 4; i < close; ++i)
            if (ts.tags[i] == 'C') ts.tags[i] = ts.units[i].tag = 'w';
        const std::size_t cue = k;
        found.erase(std::remove_if(found.begin(), found.end(), [&](const attribution& a) { return a.cue <= cue; }), found.end());
        found.insert(found.begin(), attribution{'A', s, close, cue, cue + 1});
    }

    /// "Trump called Putin to express his condolences": an infinitive of purpose is the act
    /// of the clause's subject, not of the object of the verb (a plain verb, or a call or
    /// visit) before it.
    void purpose_infinitive(const tagged_sentence& ts, std::vector<attribution>& found) const {
        for (attribution& a : found) {
            if (a.pattern != 'A' || a.source_end != a.source_begin + 1 || a.source_begin < 2) continue;
            if (ts.units[a.cue].where.in(text_).substr(0, 3) != "to ") continue;
            const unit& verb = ts.units[a.source_begin - 1];
            const bool call = verb.tag == 'V' && verb.cue >= 0 &&
                              tables_.entries.cues[static_cast<std::size_t>(verb.cue)].kind == statement_kind::consultation;
            if (verb.tag != 'w' && !call) continue;
            const std::size_t subject = a.source_begin - 2;
            if (!is_tag_in("NCPW", ts.tags[subject])) continue;
            a.source_begin = subject;
            a.source_end = subject + 1;
        }
    }

    /// "The EU follows the cases closely and stands ready to raise them": a coordinated cue
    /// with no cue of its own clause before it goes on with the subject that opens the
    /// sentence (after a conjunction or sentence adverbs at most), where no other actor, mark
    /// of a clause or quotation stands between them.
    /// A coordinated stance is one of the words reported after a saying ("said his party was
    /// the one of hope and was ready for a poll"), and one with nothing after it is an
    /// adjective of a list ("I am confident and optimistic"): neither is a cue of its own.
    /// "was given a curfew and told to surrender his passport" is told, not telling.
    void subject_of_coordinated(const tagged_sentence& ts, std::vector<attribution>& found) const {
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [&](const attribution& a) {
                                       if (a.pattern != 'K') return false;
                                       if (ts.tags[a.cue] == 'J') {
                                           if (a.cue + 1 >= ts.tags.size() || is_tag_in(".,xQq", ts.tags[a.cue + 1])) return true;
                                           const auto before = std::find_if(found.rbegin(), found.rend(),
                                                                            [&](const attribution& b) { return b.cue < a.cue; });
                                           return before != found.rend() && reports(ts, *before);
                                       }
                                       return a.cue + 1 < ts.units.size() && spelled(ts.units[a.cue + 1].where.in(text_), "to") &&
                                              is_tell(ts.units[a.cue].where.in(text_));
                                   }),
                    found.end());
        if (found.empty() || found.front().pattern != 'K') return;
        std::size_t j = 0;
        while (j < ts.tags.size() && is_tag_in("a&u,", ts.tags[j])) ++j;
        if (j >= ts.tags.size() || !is_tag_in("NCPD", ts.tags[j])) return;
        const std::size_t cue = found.front().cue;
        for (std::size_t i = j + 1; i < cue; ++i) {
            // (A few words quoted are words of the clause: "Grushko called the chair's
            // statement \"a propaganda leaflet\" and said ...".)
            if (ts.tags[i] == 'q')
                if (const std::size_t close = plain_quoted_words_end(ts, i, cue); close != 0) {
                    i = close;
                    continue;
                }
            // (A comma may part the clauses before their "but" or "and": "Observers assessed voting
            // positively, but said ...".)
            if (ts.tags[i] == ',' && i + 1 < cue && is_tag_in("u&", ts.tags[i + 1]) &&
                std::all_of(ts.tags.begin() + static_cast<std::ptrdiff_t>(i + 2), ts.tags.begin() + static_cast<std::ptrdiff_t>(cue),
                            [](char t) { return t == 'a' || t == 'b'; }))
                continue;
            if (is_tag_in("NCPWDGtqQ:,.xSVJMRZO", ts.tags[i])) return;
            // (Nor a relative clause's: "agents who burgle his home and threaten his family".)
            if (ts.tags[i] == 'w' && opens_a_clause(ts.units[i].where.in(text_))) return;
        }
        found.front() = attribution{'A', j, j + 1, cue, found.front().end_unit};
    }

    /// The closing mark of the quotation that opens at unit `open`, where it closes before
    /// `before` and holds plain words only (no actor, cue or clause mark); else 0.
    static std::size_t plain_quoted_words_end(const tagged_sentence& ts, std::size_t open, std::size_t before) noexcept {
        for (std::size_t k = open + 1; k < before; ++k) {
            if (ts.tags[k] == 'Q') return k > open + 1 ? k : 0;
            if (!is_tag_in("wsapb", ts.tags[k])) return 0;
        }
        return 0;
    }

    /// "Dmitry Medvedev went further on Telegram, accusing Kyiv of terrorism": a participle cue
    /// after a comma, in a sentence whose subject has no cue of its own before it, is the
    /// subject's act. (Only where nothing but plain words, places and times stand between:
    /// no other actor, clause or quotation.)
    void subject_participle(const tagged_sentence& ts, std::vector<attribution>& found) const {
        for (std::size_t i = next_tag_in<'V', 'S'>(ts.tags, 2); i != std::string::npos; i = next_tag_in<'V', 'S'>(ts.tags, i + 1)) {
            if (!found.empty() && found.front().cue < i) return; // an attribution before it
            if (ts.tags[i - 1] != ',') continue;
            const std::string_view cue = ts.units[i].where.in(text_);
            if (!is_participle(cue.substr(0, cue.find(' ')))) continue;
            std::size_t j = 0;
            while (j < i && is_tag_in("a&u,", ts.tags[j])) ++j;
            // (After a phrase of time or place: "Within hours the Chinese embassy hit back, ...")
            if (j < i && ts.tags[j] == 'w' && is_upper(text_[ts.units[j].where.begin]) &&
                opens_with_preposition(ts.units[j].where.in(text_)))
                for (const std::size_t last = std::min(i, j + 5); j < last && is_tag_in("wCo,", ts.tags[j]);) ++j;
            if (j >= i || !is_tag_in("NCPD", ts.tags[j])) return;
            for (std::size_t k = j + 1; k + 1 < i; ++k) {
                const char t = ts.tags[k];
                if (t == 'C' && ts.tags[k - 1] == 'p') continue; // "on Telegram", "in Jeddah"
                if (is_tag_in("NCPWDGtqQ:,.xSVJMRZO&", t)) return;
                if (t == 'w' && opens_a_clause(ts.units[k].where.in(text_))) return;
            }
            found.insert(found.begin(), attribution{'A', j, j + 1, i, i + 1});
            return;
        }
    }

    /// "sent a letter to Syria calling for cooperation", "issued a statement urging restraint":
    /// a participle cue after an object (not after a subject of its own) goes on with the
    /// speaker of the sentence's earlier attribution.
    void participle_after_object(const tagged_sentence& ts, std::vector<attribution>& found) const {
        // The act and say cues in order.
        for (std::size_t i = next_tag_in<'V', 'S'>(ts.tags, 2); i != std::string::npos; i = next_tag_in<'V', 'S'>(ts.tags, i + 1)) {
            const char left = ts.tags[i - 1];
            if (left != 'o' && left != 'w' && left != 'l') continue;
            const std::string_view cue = ts.units[i].where.in(text_);
            if (!is_participle(cue.substr(0, cue.find(' ')))) continue;
            // "welcomed the signing of the MOU": a gerund after a determiner is a noun.
            const std::string_view det = ts.units[i - 1].where.in(text_);
            if (det == "the" || det == "a" || det == "an" || det == "this" || det == "The" || is_possessive_determiner(det))
                continue;
            const auto at = std::lower_bound(found.begin(), found.end(), i,
                                             [](const attribution& a, std::size_t c) { return a.cue < c; });
            if (at == found.begin() || (at != found.end() && at->cue == i)) continue;
            const attribution& before = *(at - 1);
            if (before.source_end == before.source_begin && before.pattern != 'K') continue;
            found.insert(at, attribution{'K', i + 1, i + 1, i, i + 1});
        }
    }

    /// "won another Grand Slam", "the Davis Cup Pledge": in a body sentence in ordinary case,
    /// a Capitalised cue word right after another Capitalised word is part of a name, not a
    /// cue ("Ireland Slams ..." in a Title Case line keeps its cue).
    void name_part_cues(tagged_sentence& ts, bool headline) const {
        if (headline || ts.units.size() < 3) return;
        auto capitalised = [&](std::size_t i) {
            const std::string_view w = ts.units[i].where.in(text_);
            return w.size() > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z';
        };
        auto name_part = [&](std::size_t i) {
            return is_subject_cue_tag(ts.tags[i]) && ts.units[i].cue >= 0 && capitalised(i) &&
                   capitalised(i - 1) && is_tag_in("Cw", ts.tags[i - 1]);
        };
        // Most sentences have no such cue: then the case of their words does not matter.
        std::size_t first = next_subject_cue(ts.tags, 1);
        while (first != std::string::npos && !name_part(first)) first = next_subject_cue(ts.tags, first + 1);
        if (first == std::string::npos) return;
        std::size_t words = 0, upper = 0;
        for (std::size_t i = 0; i < ts.units.size(); ++i) {
            const std::string_view w = ts.units[i].where.in(text_);
            if (w.empty() || !((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z'))) continue;
            ++words;
            upper += w[0] >= 'A' && w[0] <= 'Z';
        }
        if (upper * 10 >= words * 6) return; // Title Case: a headline set as a body line
        // In order: a cue made a plain word is the Capitalised word before the next one.
        for (std::size_t i = first; i != std::string::npos; i = next_subject_cue(ts.tags, i + 1)) {
            if (!name_part(i)) continue;
            ts.units[i].cue = -1;
            ts.tags[i] = ts.units[i].tag = 'w';
        }
    }

    /// "Fumio Kishida, speaking to reporters in Vilnius, condemned the launch": a talk's
    /// participle between commas whose partner is the press sets the scene of the subject's
    /// own cue after it; it is no cue (talking to the news is no talks, and the act is the
    /// verb after it).
    void setting_participle(tagged_sentence& ts) const {
        for (std::size_t i = next_tag_in<'V', 'S'>(ts.tags, 2); i != std::string::npos; i = next_tag_in<'V', 'S'>(ts.tags, i + 1)) {
            if (ts.tags[i - 1] != ',' || ts.units[i].cue < 0 ||
                tables_.entries.cues[static_cast<std::size_t>(ts.units[i].cue)].kind != statement_kind::consultation)
                continue;
            const std::string_view cue = ts.units[i].where.in(text_);
            if (!is_participle(cue.substr(0, cue.find(' '))) || i + 1 >= ts.units.size()) continue;
            const std::size_t press = i + 2 < ts.units.size() && is_article(ts.units[i + 1].where.in(text_)) ? i + 2 : i + 1;
            if (!is_the_press(ts.units[press].where.in(text_))) continue;
            std::size_t k = press + 1;
            while (k < ts.tags.size() && k - press < 8 && is_tag_in("wpoCant", ts.tags[k])) ++k;
            if (k + 1 >= ts.tags.size() || ts.tags[k] != ',' || !is_subject_cue_tag(ts.tags[k + 1])) continue;
            ts.units[i].cue = -1;
            ts.tags[i] = ts.units[i].tag = 'w';
        }
    }

    /// "41 Britons are now confirmed to have died", "the Crown Prosecution Service would be
    /// consulted", "Mr Blunkett is alleged to": an act cue in a past participle right after a
    /// form of *be* is a passive; its subject is what the act was done to, not who did it, and
    /// nobody named does it. (The passives that report talks, "was discussed", are cue phrases
    /// of their own.) Adjectives after *be* ("are opposed to", "is determined to") keep their
    /// subject.
    void passive_of_act(const tagged_sentence& ts, std::vector<attribution>& found) const {
        found.erase(std::remove_if(found.begin(), found.end(), [&](const attribution& a) {
                        if (a.pattern != 'A' || a.cue == 0 || ts.units[a.cue].cue < 0) return false;
                        if (ts.tags[a.cue] != 'S' && ts.tags[a.cue] != 'V') return false;
                        std::size_t i = a.cue;
                        while (i > a.source_end && (ts.tags[i - 1] == 'a' || ts.tags[i - 1] == 'n')) --i;
                        if (i == a.source_end || ts.tags[i - 1] != 'b') return false;
                        const std::string_view cue = ts.units[a.cue].where.in(text_);
                        return past_participle(cue.substr(0, cue.find(' ')));
                    }),
                    found.end());
    }

    /// "if he refused calls to go head-to-head", "I don't know whether I will ever go back",
    /// "If we reject this treaty, ...": a subject right after "if", "unless" or "whether" acts
    /// only in a condition or a question, which no one asserts.
    void hypothetical(const tagged_sentence& ts, std::vector<attribution>& found) const {
        found.erase(std::remove_if(found.begin(), found.end(), [&](const attribution& a) {
                        if (a.pattern != 'A' || a.source_begin == 0) return false;
                        const std::string_view w = ts.units[a.source_begin - 1].where.in(text_);
                        return w == "if" || w == "If" || w == "unless" || w == "Unless" || w == "whether" ||
                               w == "Whether";
                    }),
                    found.end());
    }

    /// "I am hopeful that we can reach an agreement", "the US could veto the resolution": an
    /// act after a modal of possibility ("can", "could", "may", "might") is one that may come,
    /// not one done; what the sentence asserts is the speaker's, around it. (A denial is a cue
    /// phrase of its own: "cannot accept", "could not support". A saying after such a modal is
    /// still said: "I can confirm that", "I may add that", "all I can say is".)
    void possible_act(const tagged_sentence& ts, std::vector<attribution>& found) const {
        found.erase(std::remove_if(found.begin(), found.end(), [&](const attribution& a) {
                        if (a.pattern != 'A' || ts.units[a.cue].cue < 0 || a.cue == 0 || ts.tags[a.cue] != 'V') return false;
                        std::size_t i = a.cue;
                        while (i > a.source_end && ts.tags[i - 1] == 'a') --i;
                        if (i == a.source_end || ts.tags[i - 1] != 'd') return false;
                        const std::string_view w = ts.units[i - 1].where.in(text_);
                        if (w != "can" && w != "could" && w != "may" && w != "might") return false;
                        // The speaker's own "we can" is as often what he offers ("we can discuss
                        // it", "we can look forward to"); in what he hopes or fears, it is to come.
                        // ("hopeful that we can": "that" may end the cue phrase before.)
                        if (ts.tags[a.source_begin] != 'W') return true;
                        if (a.source_begin == 0) return false;
                        const std::string_view before = ts.units[a.source_begin - 1].where.in(text_);
                        return before.size() >= 4 && before.substr(before.size() - 4) == "that";
                    }),
                    found.end());
    }

    /// "did not condemn the government", "has not criticised", "never accused": an act denied
    /// is no act. (A refusal is one: "did not accept" and the like are cue phrases of their own,
    /// and a denial of a saying is still said: "did not say".)
    /// So is a saying denied: "He did not say whether Venezuela would send troops".
    /// What the same subject goes on to do is still done: "Petro did not condemn the
    /// deployment but said the region should avoid a spiral" keeps Petro for "but said".
    void denied_act(const tagged_sentence& ts, std::vector<attribution>& found) const {
        auto denied = [&](const attribution& a) {
            if (a.pattern != 'A' || ts.units[a.cue].cue < 0) return false;
            const cue_entry& cue = tables_.entries.cues[static_cast<std::size_t>(ts.units[a.cue].cue)];
            if (ts.tags[a.cue] == 'V') {
                if (cue.kind == statement_kind::rejection || cue.kind == statement_kind::statement) return false;
            } else if (ts.tags[a.cue] != 'S' || cue.kind != statement_kind::statement || cue.frame != cue_frame::say ||
                       ts.tags[a.source_begin] == 'W' || !tells_what(ts.units[a.cue].where.in(text_))) {
                // (A belief denied is still a view stated: "we do not believe that ..."; and a
                // speaker's own "we never said" is his statement.)
                return false;
            }
            for (std::size_t i = a.cue; i > a.source_end && is_tag_in("dhan", ts.tags[i - 1]); --i)
                if (ts.tags[i - 1] == 'n') return true;
            return false;
        };
        for (std::size_t k = 0; k < found.size();) {
            if (!denied(found[k])) {
                ++k;
                continue;
            }
            if (k + 1 < found.size() && found[k + 1].pattern == 'K') {
                found[k + 1].pattern = 'A';
                found[k + 1].source_begin = found[k].source_begin;
                found[k + 1].source_end = found[k].source_end;
            }
            found.erase(found.begin() + static_cast<std::ptrdiff_t>(k));
        }
    }

    /// "denied reports that Israel had agreed to withdraw", "rejected claims that Kyiv had
    /// attacked": what a denial's that-clause says was done is what the speaker denies, no act.
    void denied_report(const tagged_sentence& ts, std::vector<attribution>& found) const {
        for (std::size_t k = 1; k < found.size(); ++k) {
            const attribution& a = found[k];
            const attribution& p = found[k - 1];
            if (a.pattern != 'A' || a.source_begin == 0 || ts.units[p.cue].cue < 0) continue;
            // ("that" alone, or the end of a phrase before it: "reports that", "claims that")
            const std::string_view that = ts.units[a.source_begin - 1].where.in(text_);
            if (that.size() < 4 || that.substr(that.size() - 4) != "that") continue;
            if (tables_.entries.cues[static_cast<std::size_t>(ts.units[p.cue].cue)].kind != statement_kind::rejection) continue;
            if (a.source_begin < p.end_unit || a.source_begin > p.end_unit + 3) continue; // (its own that-clause)
            found.erase(found.begin() + static_cast<std::ptrdiff_t>(k));
            --k;
        }
    }

    /// "accused each other of blocking a deal", "the risk of undermining the talks": a cue's
    /// gerund right after "of" (the saying or act cue at `i`) is what the words before it name,
    /// no act of its own: true where the cue was undone. (engine::scan_cues, for each cue.)
    bool gerund_after_of(tagged_sentence& ts, std::size_t i) const {
        if ((ts.tags[i] != 'V' && ts.tags[i] != 'S') || ts.tags[i - 1] != 'w' || ts.units[i - 1].where.size() != 2 ||
            ts.units[i - 1].where.in(text_) != "of")
            return false;
        const std::string_view cue = ts.units[i].where.in(text_);
        const std::string_view verb = cue.substr(0, cue.find(' '));
        if (verb.size() < 5 || verb.substr(verb.size() - 3) != "ing") return false;
        ts.tags[i] = ts.units[i].tag = 'w';
        ts.units[i].cue = -1;
        return true;
    }

    /// "Lavrov, asked whether Moscow would retaliate, said ...": the cue of a subject after
    /// "whether" or "if" in a clause set between commas is no act (hypothetical drops such
    /// attributions), and is no cue for the grammar either, which would otherwise take it for
    /// the sentence's own and lose the speaker around it.
    void conditional_cues(tagged_sentence& ts) const {
        // (From each comma to the few words after it: commas are fewer than words.)
        for (std::size_t comma = next_tag_in<','>(ts.tags, 0); comma != std::string::npos; comma = next_tag_in<','>(ts.tags, comma + 1)) {
            // ("Kamikawa, asked about a possible meeting with her counterpart, said ...": what
            // she was asked about, up to the next comma, holds no cue either.)
            if (comma + 2 < ts.units.size() && ts.tags[comma + 1] == 'w' && spelled(ts.units[comma + 1].where.in(text_), "asked"))
                for (std::size_t k = comma + 2; k < ts.units.size() && !is_tag_in(",.:", ts.tags[k]); ++k)
                    if (is_tag_in("SVJM", ts.tags[k])) {
                        ts.tags[k] = ts.units[k].tag = 'w';
                        ts.units[k].cue = -1;
                    }
            for (std::size_t i = comma + 1; i < comma + 5 && i + 2 < ts.units.size(); ++i) {
                if (ts.tags[i] == ',') break;
                if (ts.tags[i] != 'w' || !is_tag_in("NPWDC", ts.tags[i + 1])) continue;
                const std::string_view w = ts.units[i].where.in(text_);
                if (w != "whether" && w != "if") continue;
                std::size_t cue = i + 2;
                while (cue < ts.tags.size() && is_tag_in("dhan", ts.tags[cue])) ++cue;
                if (cue >= ts.tags.size() || !is_tag_in("SV", ts.tags[cue])) continue;
                ts.tags[cue] = ts.units[cue].tag = 'w';
                ts.units[cue].cue = -1;
            }
        }
    }

    /// "South Africa's Department of International Relations and Cooperation said", "Taiwan's
    /// Ministry of National Defense (MND) thanked": a state's ministry or department named in
    /// full after the state is the state speaking (the gold's convention for ministries), not a
    /// body of that name nor a subject cut at "of". (And a body's possessive before its
    /// officer: body_speaks_through_officer.)
    void state_body_named_in_full(tagged_sentence& ts) const {
        auto state_at = [&](std::size_t i) {
            return ts.units[i].actor >= 0 && ts.actors[static_cast<std::size_t>(ts.units[i].actor)].kind == actor_kind::state;
        };
        // (From each possessive and each capitalised "of" phrase: far fewer than names.)
        for (std::size_t k = next_tag_in<'G', 'l'>(ts.tags, 0); k != std::string::npos; k = next_tag_in<'G', 'l'>(ts.tags, k + 1)) {
            if (ts.tags[k] == 'G') {
                if (ts.units[k].actor >= 0 && ts.actors[static_cast<std::size_t>(ts.units[k].actor)].kind == actor_kind::organization) {
                    body_speaks_through_officer(ts, k);
                    continue;
                }
                // ("Pakistan's Department of ...": the body's own name, opening with its word.)
                if (k + 1 >= ts.tags.size() || ts.tags[k + 1] != 'C' || !state_at(k)) continue;
                const std::string_view name = ts.units[k + 1].where.in(text_);
                const std::string_view head = name.substr(0, name.find(' '));
                if (head == "Department" || head == "Ministry" || head == "Directorate" || head == "Secretariat")
                    merge_units(ts, k, k + 1, k, 'N');
            } else if (k >= 2 && ts.tags[k - 1] == 'w' && ts.tags[k - 2] == 'N' && ts.units[k - 1].where.in(text_) == "of" &&
                       state_at(k - 2)) {
                // ("Taiwan's Ministry" read as the state's body, then "of National Defense".)
                const std::string_view mention = ts.units[k - 2].where.in(text_);
                const std::string_view last = mention.substr(mention.rfind(' ') + 1);
                if (last == "Ministry" || last == "Department") {
                    merge_units(ts, k - 2, k, k - 2, 'N');
                    k -= 2;
                }
            }
        }
    }

    /// "the director of the Security Agency, Michael Okafor, told": a person named between
    /// commas right before the cue, after a role "of" a body, is the one who speaks; the body
    /// is where he works (oblique), no subject of its own. (From each cue: a few a sentence.)
    void holder_named_after_body(tagged_sentence& ts) const {
        for (std::size_t c = next_tag_in<'S', 'V', 'J', 'M'>(ts.tags, 6); c != std::string::npos;
             c = next_tag_in<'S', 'V', 'J', 'M'>(ts.tags, c + 1)) {
            std::size_t close = c - 1;
            while (close > 0 && is_tag_in("ahdn", ts.tags[close])) --close;
            if (close < 6 || ts.tags[close] != ',' || !is_tag_in("NC", ts.tags[close - 1]) || ts.tags[close - 2] != ',')
                continue;
            const std::size_t body = close - 3;
            if (!is_tag_in("NC", ts.tags[body])) continue;
            // ("the chairperson of the National Assembly's Defence ... Committee": a possessive
            // may open the body's name, an article the phrase.)
            std::size_t of = body - 1;
            if (ts.tags[of] == 'G') --of;
            if (spelled(ts.units[of].where.in(text_), "the")) --of;
            if (of < 1 || !spelled(ts.units[of].where.in(text_), "of") || !is_tag_in("wD", ts.tags[of - 1])) continue;
            // (The person: a name the lexicon knows as one, or capitalised words that are no body's.)
            const unit& named = ts.units[close - 1];
            const bool person = named.tag == 'N' ? named.actor >= 0 && ts.actors[static_cast<std::size_t>(named.actor)].kind ==
                                                                           actor_kind::person
                                                 : !names_a_body(named.where.in(text_)) && !in_capitals_only(named.where.in(text_));
            std::string_view role = ts.units[of - 1].where.in(text_);
            role = role.substr(role.rfind(' ') + 1); // (npos + 1: all of it)
            if (!person || !is_lower(role.front()) || !names_a_person_by_role(role)) continue;
            ts.tags[body] = ts.units[body].tag = ts.tags[body] == 'N' ? 'o' : 'l';
        }
    }

    /// The names on either side of an "and", in one pass over the "and"s:
    /// - "the Cybersecurity and Infrastructure Security Agency", "the Defence, Intelligence and
    ///   Foreign Relations Committee": capitalised single words the lexicon does not know,
    ///   listed before "and" and a name that ends in a body's word, are the first words of that
    ///   body's name, not actors joined to it. The units become one name, the body's.
    /// - "India and the four-nation European Free Trade Association": "the" and a hyphenated
    ///   adjective between the "and" and a name are left out, so that the two are joined (the
    ///   name's mention stays the name).
    void names_around_and(tagged_sentence& ts) const {
        for (std::size_t a = next_tag_in<'&'>(ts.tags, 1); a != std::string::npos && a + 1 < ts.tags.size();
             a = next_tag_in<'&'>(ts.tags, a + 1)) {
            if (a + 3 < ts.tags.size() && ts.tags[a + 1] == 'w' && ts.tags[a + 2] == 'w' && is_tag_in("NC", ts.tags[a + 3]) &&
                spelled(ts.units[a + 1].where.in(text_), "the") && is_lower(text_[ts.units[a + 2].where.begin]) &&
                ts.units[a + 2].where.in(text_).find('-') != std::string_view::npos) {
                ts.units.erase(ts.units.begin() + static_cast<std::ptrdiff_t>(a + 1),
                               ts.units.begin() + static_cast<std::ptrdiff_t>(a + 3));
                ts.tags.erase(a + 1, 2);
                continue;
            }
            auto single = [&](std::size_t k) {
                const std::string_view w = ts.units[k].where.in(text_);
                return ts.tags[k] == 'C' && w.find(' ') == std::string_view::npos && !in_capitals_only(w);
            };
            // (The tags first: most "and"s join no two names the lexicon does not know.)
            if (ts.tags[a - 1] != 'C' || ts.tags[a + 1] != 'C' || !single(a - 1) || ts.units[a].where.in(text_) != "and" ||
                !names_a_body(ts.units[a + 1].where.in(text_)))
                continue;
            std::size_t first = a - 1;
            while (first >= 2 && ts.tags[first - 1] == ',' && single(first - 2)) first -= 2;
            merge_units(ts, first, a + 1, a + 1, 'C');
            a = first;
        }
    }

    /// "The African Union's observer mission said", "NATO's envoy warned": a body speaks
    /// through the officer or the mission its possessive names and the text does not (as "a
    /// UN spokesman" does, members_of_body). One to three plain words after the possessive,
    /// the last a person's role or a mission, then the cue (after adverbs or auxiliaries):
    /// the units become one, the body's. (A state's is the tagger's: "China's envoy".)
    /// The possessive at unit `g` names a body (state_body_named_in_full reads each one).
    void body_speaks_through_officer(tagged_sentence& ts, std::size_t g) const {
        std::size_t end = g + 1; // after the officer's words
        while (end < ts.tags.size() && end < g + 4 && ts.tags[end] == 'w' && is_lower(text_[ts.units[end].where.begin]))
            ++end;
        if (end == g + 1 || end >= ts.tags.size()) return;
        std::size_t cue = end;
        while (cue < ts.tags.size() && is_tag_in("ahdn", ts.tags[cue])) ++cue;
        const std::string_view last = ts.units[end - 1].where.in(text_);
        if (cue >= ts.tags.size() || !is_subject_cue_tag(ts.tags[cue]) ||
            !(names_a_person_by_role(last) || last == "mission" || last == "delegation"))
            return;
        merge_units(ts, g, end - 1, g, 'N');
    }

    /// "The International Atomic Energy Agency (IAEA) said", "The African Union Peace and
    /// Security Council (PSC) on Tuesday demanded": an acronym in brackets right after a name
    /// or a description is another name of it, no mark between a subject and its cue. Its
    /// units are dropped; the mention stays the name as written ("Mare Aperto", not "Mare
    /// Aperto (MA)", whose name the text gives).
    void acronym_in_brackets(tagged_sentence& ts) const {
        for (std::size_t i = next_tag_in<'x'>(ts.tags, 1); i != std::string::npos && i + 2 < ts.tags.size();
             i = next_tag_in<'x'>(ts.tags, i + 1)) {
            if (!is_tag_in("NDClo", ts.tags[i - 1]) || ts.tags[i + 2] != 'x' || ts.units[i].where.in(text_) != "(" ||
                ts.units[i + 2].where.in(text_) != ")")
                continue;
            const std::string_view inside = ts.units[i + 1].where.in(text_);
            // (After a name cut short, "Joint Chiefs of Staff", only where its initials spell it.)
            if (is_acronym(inside)) i = name_spelled_by(ts, i, inside);
            if (!is_tag_in("NDC", ts.tags[i - 1]) ||
                !(is_acronym(inside) || is_acronym_as_word(inside, ts.units[i - 1].where.in(text_))))
                continue;
            ts.units.erase(ts.units.begin() + static_cast<std::ptrdiff_t>(i),
                           ts.units.begin() + static_cast<std::ptrdiff_t>(i + 3));
            ts.tags.erase(i, 3);
        }
    }

    /// "The United Nations Assistance Mission in Afghanistan (UNAMA)", "South Korea's Joint
    /// Chiefs of Staff (JCS)": where the acronym at unit `open` + 1 spells the initials of the
    /// capitalised words of the units before the bracket at `open` (its small words, "of",
    /// "in", may give a letter or none: "ECOWAS"), those units are one body's name, whatever
    /// the tagger made of its parts (a state, a place, a name cut at "of"). They become one
    /// unit, an organization of that name, oblique where its first was. Returns where the
    /// bracket now is.
    std::size_t name_spelled_by(tagged_sentence& ts, std::size_t open, std::string_view acronym) const {
        // Back over the units of the name: capitalised words, or a small word between them;
        // not past an article, a possessive or a mark. (At most eight: a name is short.)
        std::size_t first = open;
        for (std::size_t k = open; k > 0 && open - k < 8; --k) {
            const unit& v = ts.units[k - 1];
            const std::string_view w = v.where.in(text_);
            if (!is_tag_in("NClowp&,", v.tag) || spelled_or_capitalised(w, "the")) break;
            if (v.tag == ',') continue; // ("the State Administration of Radio, Film and Television (SARFT)")
            if (is_upper(w.front())) first = k - 1;
            else if (!is_small_word_of_a_name(w)) break;
        }
        for (std::size_t s = first; s + 1 < open; ++s) {
            if (!is_upper(ts.units[s].where.in(text_).front())) continue;
            // (Without the article a known name may hold: "The United Nations".)
            std::size_t from = ts.units[s].where.begin;
            if (const std::string_view article = text_.substr(from, 4); article == "The " || article == "the ") from += 4;
            const std::string_view name = text_.substr(from, ts.units[open - 1].where.end - from);
            if (!initials_spell(name, acronym)) continue;
            // (Oblique after a preposition, as mark_oblique has it, or after any other plain
            // lower-case word, "along the Line of Actual Control (LAC)": the tagger knows few
            // prepositions.)
            std::size_t before = s;
            if (before > 0 && spelled_or_capitalised(ts.units[before - 1].where.in(text_), "the")) --before;
            const bool oblique = is_tag_in("ol", ts.units[s].tag) ||
                                 (before > 0 && (ts.units[before - 1].tag == 'p' ||
                                                 (ts.units[before - 1].tag == 'w' && !is_upper(text_[ts.units[before - 1].where.begin]))));
            const char tag = oblique ? 'o' : 'N';
            merge_units(ts, s, open - 1, s, tag);
            actor body;
            body.kind = actor_kind::organization;
            body.name = std::string(name);
            ts.units[s].actor = static_cast<std::int32_t>(ts.actors.size());
            ts.actors.push_back(std::move(body));
            return s + 1;
        }
        return open;
    }

    /// The lower-case words a body's name may hold between capitalised ones ("Mission in
    /// Afghanistan", "Chiefs of Staff", "Peace and Security Council").
    static bool is_small_word_of_a_name(std::string_view w) noexcept {
        return w == "of" || w == "in" || w == "for" || w == "and" || w == "on" || w == "de" || w == "des" || w == "du";
    }

    /// Whether the initials of `name`'s words (split at spaces and hyphens) spell `acronym`:
    /// each capitalised word gives its first letter, or all its letters where it is in
    /// capitals ("UN"); a small word gives its first letter or none.
    static bool initials_spell(std::string_view name, std::string_view acronym) noexcept {
        if (name.empty()) return acronym.empty();
        const std::size_t cut = name.find_first_of(" -");
        std::string_view w = name.substr(0, cut);
        if (!w.empty() && w.back() == ',') w.remove_suffix(1);
        const std::string_view rest = cut == std::string_view::npos ? std::string_view{} : name.substr(cut + 1);
        if (w.empty()) return initials_spell(rest, acronym);
        if (is_upper(w.front())) {
            if (in_capitals_only(w) && w.size() <= acronym.size() && acronym.substr(0, w.size()) == w &&
                initials_spell(rest, acronym.substr(w.size())))
                return true;
            return !acronym.empty() && acronym.front() == w.front() && initials_spell(rest, acronym.substr(1));
        }
        if (!is_small_word_of_a_name(w)) return false;
        return initials_spell(rest, acronym) ||
               (!acronym.empty() && acronym.front() == static_cast<char>(w.front() - 'a' + 'A') &&
                initials_spell(rest, acronym.substr(1)));
    }

    /// Two to ten bytes in capitals ("IAEA", "G20", "PSC": in_capitals_only).
    static bool is_acronym(std::string_view w) noexcept { return w.size() >= 2 && w.size() <= 10 && in_capitals_only(w); }
    /// An acronym written as a word, as British style writes those it pronounces ("the
    /// Caribbean Community (Caricom)", "(Ecowas)", "(Nato)"): one capitalised word of three to
    /// ten letters that opens with the first letter of the name before it.
    static bool is_acronym_as_word(std::string_view w, std::string_view name) noexcept {
        if (w.size() < 3 || w.size() > 10 || name.empty() || w.front() != name.front()) return false;
        return std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    }

    /// "Sergei Lavrov last year said", "Beijing this week warned": a time phrase of two words
    /// ("last", "this", "next" and a unit of time) between a subject and its cue says when, as
    /// "yesterday" there does: an adverb to the grammar.
    void time_before_cue(tagged_sentence& ts) const {
        for (std::size_t c = next_tag_in<'S', 'V', 'J', 'M'>(ts.tags, 3); c != std::string::npos;
             c = next_tag_in<'S', 'V', 'J', 'M'>(ts.tags, c + 1)) {
            if (ts.tags[c - 1] != 'w' || ts.tags[c - 2] != 'w' || !is_tag_in("NCPWDa", ts.tags[c - 3])) continue;
            if (!opens_time_phrase(ts.units[c - 2].where.in(text_)) || !is_time_unit(ts.units[c - 1].where.in(text_))) continue;
            ts.tags[c - 2] = ts.units[c - 2].tag = 'a';
            ts.tags[c - 1] = ts.units[c - 1].tag = 'a';
        }
    }

    /// "stressed that the Kingdom categorically rejects", "said the Republic would": a state's
    /// word that a state's own press capitalises, after "the" inside a sentence, names the
    /// state as "the kingdom" does (the speaker's own side), not a body of that name.
    void capitalised_state_word(tagged_sentence& ts) const {
        for (std::size_t i = next_tag_in<'C'>(ts.tags, 1); i != std::string::npos; i = next_tag_in<'C'>(ts.tags, i + 1)) {
            const std::string_view w = ts.units[i].where.in(text_);
            if (ts.tags[i - 1] != 'w' || ts.units[i - 1].where.in(text_) != "the" || w.size() < 5 || w.size() > 14 ||
                !is_upper(w.front()))
                continue;
            if (names_a_state_side(lowered_first(w).view())) ts.tags[i] = ts.units[i].tag = 'w';
        }
    }

    /// "European Commissioner for the Mediterranean Katrin Vandeleur said", "Commissioner for
    /// International Partnerships Marta Lindqvist", "Britain's Minister for Trade Policy Greg
    /// Hands": after an office's title (or a state's office, as a description) and "for
    /// (the)", the portfolio's capitalised words run into the holder's name. The name starts at
    /// the first given name the lexicon knows (with a word after it); where it knows none, it
    /// is the last two words, if the portfolio keeps a word of its own ("Commissioner for
    /// Trade Maros Sefcovic"). The holder is a person of that office, the title and the
    /// portfolio words before him, of the description's state.
    void name_after_portfolio(tagged_sentence& ts) const {
        for (std::size_t i = next_tag_in<'C'>(ts.tags, 2); i != std::string::npos; i = next_tag_in<'C'>(ts.tags, i + 1)) {
            const std::size_t for_at = ts.tags[i - 1] == 'w' && ts.units[i - 1].where.in(text_) == "the" ? i - 2 : i - 1;
            if (for_at < 1 || ts.tags[for_at] != 'p' || ts.units[for_at].where.in(text_) != "for" ||
                !is_tag_in("CNwD", ts.tags[for_at - 1]))
                continue;
            const unit& office_unit = ts.units[for_at - 1];
            const std::string_view office = office_unit.where.in(text_);
            const std::size_t office_word = office.rfind(' ') + 1; // (npos + 1: all of it)
            if (!holds_portfolio(office.substr(office_word))) continue;
            const std::string_view words = ts.units[i].where.in(text_);
            const std::size_t at = holder_starts(words);
            if (at == std::string_view::npos) continue;
            actor holder;
            holder.kind = actor_kind::person;
            holder.name = std::string(words.substr(at + 1));
            // (A description's office starts at its title: "Britain's Minister for Trade".)
            const std::size_t from = office_unit.where.begin + (ts.tags[for_at - 1] == 'D' ? office_word : 0);
            holder.title = lower_ascii(text_.substr(from, ts.units[i].where.begin + at - from));
            if (ts.tags[for_at - 1] == 'D') holder.country = std::string(ts.described(office_unit).country);
            for (std::size_t k = for_at - 1; k < i; ++k) ts.tags[k] = ts.units[k].tag = 'w';
            ts.units[i - 1].where.end = ts.units[i].where.begin + at; // (the portfolio's words)
            ts.units[i].where.begin += at + 1;
            ts.units[i].actor = static_cast<std::int32_t>(ts.actors.size());
            ts.actors.push_back(std::move(holder));
            ts.tags[i] = ts.units[i].tag = 'N';
        }
    }

    /// Where the holder's name starts in `words`, a portfolio's capitalised words run into
    /// a name ("Trade Policy Greg Hands"): at the space before the first given name the
    /// lexicon knows with a word after it, else before the last two words where at least
    /// one word is left before them and neither is a body's; npos for none.
    std::size_t holder_starts(std::string_view words) const {
        for (std::size_t at = words.find(' '); at != std::string_view::npos; at = words.find(' ', at + 1)) {
            const std::size_t next = words.find(' ', at + 1);
            if (next == std::string_view::npos) break; // (a given name needs a surname after it)
            if (tables_.given_names.find(words.substr(at + 1, next - at - 1))) return at;
        }
        const std::size_t last = words.rfind(' ');
        if (last == std::string_view::npos || last == 0) return std::string_view::npos;
        const std::size_t at = words.rfind(' ', last - 1);
        if (at == std::string_view::npos || names_a_body(words.substr(at + 1)) || is_portfolio_word(words.substr(at + 1, last - at - 1)) ||
            is_portfolio_word(words.substr(last + 1)))
            return std::string_view::npos;
        return at;
    }

    /// "Minister of Foreign Affairs, National Community Abroad and African Affairs, Ahmed Attaf,
    /// said", "The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates,
    /// Nasser Bourita,": a ministry's further portfolios, listed after its first between commas
    /// and "and", are no actors of their own (the name after them is the holder's). Each ends in
    /// a portfolio's word; the list follows an office "of" or "for" its first portfolio, or a
    /// minister's description, and is followed by a comma and a name.
    void portfolio_list_after_office(tagged_sentence& ts) const {
        // (From each capitalised "of" phrase and each description before a comma: fewer than commas.)
        for (std::size_t office = next_tag_in<'l', 'D'>(ts.tags, 0); office != std::string::npos && office + 4 < ts.tags.size();
             office = next_tag_in<'l', 'D'>(ts.tags, office + 1)) {
            auto portfolio = [&](std::size_t k) {
                if (ts.tags[k] != 'C' || ts.units[k].actor >= 0) return false;
                const std::string_view words = ts.units[k].where.in(text_);
                const std::string_view last = words.substr(words.rfind(' ') + 1);
                return is_portfolio_word(last) || last == "Abroad" || last == "Expatriates" || last == "Tourism" ||
                       last == "Diaspora" || last == "Communities" || last == "Francophonie" || last == "Peace";
            };
            // ("the AU Commissioner for Political Affairs, Peace and Security, Amina Diallo-Sow,":
            // a portfolio after a title's "for" is a name to the tagger, not an oblique one.)
            const bool for_portfolio = ts.tags[office] == 'D' && ts.tags[office + 1] == 'p' && office + 5 < ts.tags.size() &&
                                       ts.units[office + 1].where.in(text_) == "for" && portfolio(office + 2);
            if (for_portfolio) office += 2;
            const std::size_t comma = office + 1;
            if (ts.tags[comma] != ',') continue;
            const bool of_portfolio = for_portfolio || (ts.tags[office] == 'l' && office >= 1 &&
                                      (ts.units[office - 1].where.in(text_) == "of" || ts.units[office - 1].where.in(text_) == "for"));
            const bool minister = ts.tags[office] == 'D' && ts.described(ts.units[office]).role.find("minister") != std::string_view::npos;
            if (!of_portfolio && !minister) continue;
            std::size_t k = comma + 1;
            std::size_t listed = 0;
            while (k + 1 < ts.tags.size() && portfolio(k)) {
                ++listed;
                ++k;
                if (is_tag_in("&,", ts.tags[k]) && k + 1 < ts.tags.size() && portfolio(k + 1)) ++k;
                else break;
            }
            if (listed == 0 || k + 1 >= ts.tags.size() || ts.tags[k] != ',' || !is_tag_in("CN", ts.tags[k + 1])) continue;
            if (minister) {
                // The holder named after the list is one unit with his office and its
                // portfolios, as the tagger makes "Senegal's Minister of Foreign Affairs, Yassine
                // Fall,": a person of the description's title and state.
                const std::size_t name = k + 1;
                const std::string_view words = ts.units[name].where.in(text_);
                if (ts.tags[name] == 'C' && !names_a_person_in_full(words)) continue;
                if (ts.tags[name] == 'N' && (ts.units[name].actor < 0 ||
                                             ts.actors[static_cast<std::size_t>(ts.units[name].actor)].kind != actor_kind::person))
                    continue;
                if (ts.tags[name] == 'C') {
                    actor a;
                    a.kind = actor_kind::person;
                    a.name = std::string(words);
                    ts.units[name].actor = static_cast<std::int32_t>(ts.actors.size());
                    ts.actors.push_back(std::move(a));
                }
                actor& holder = ts.actors[static_cast<std::size_t>(ts.units[name].actor)];
                const description d = ts.described(ts.units[office]);
                if (holder.title.empty()) holder.title = std::string(d.role);
                if (holder.country.empty()) holder.country = std::string(d.country);
                merge_units(ts, office, name + 1 < ts.tags.size() && ts.tags[name + 1] == ',' ? name + 1 : name, name, 'N');
                continue;
            }
            for (std::size_t u = comma + 1; u < k; ++u)
                if (ts.tags[u] == 'C') ts.tags[u] = ts.units[u].tag = 'w';
            office = k - 1;
        }
    }

    /// "The EU Special Representative for the Belgrade-Pristina Dialogue, Peter Sorensen, said",
    /// "Australia's Minister for International Development and the Pacific, Michael Doyle,": a
    /// person named between commas after an office's title and its portfolio ("for" and up to
    /// five words, the last capitalised or a place) is the office's holder; the portfolio's
    /// last word is no name of its own, nor its place a speaker.
    void holder_after_portfolio(tagged_sentence& ts) const {
        // (From each comma: fewer than names.)
        for (std::size_t comma = next_tag_in<','>(ts.tags, 3); comma != std::string::npos && comma + 2 < ts.tags.size();
             comma = next_tag_in<','>(ts.tags, comma + 1)) {
            const std::size_t i = comma + 1;
            if (!is_tag_in("CN", ts.tags[i]) || ts.tags[i + 1] != ',' || !is_tag_in("CNo", ts.tags[i - 2])) continue;
            // Back over the portfolio's words to the last "for" before them ("Minister for
            // International Development and the Pacific").
            std::size_t for_at = std::string::npos;
            for (std::size_t k = i - 2; k-- > 1 && k + 8 > i;) {
                if (ts.tags[k] == 'p' && ts.units[k].where.in(text_) == "for") {
                    for_at = k;
                    break;
                }
                if (!is_tag_in("wCNo&", ts.tags[k])) break;
            }
            if (for_at == std::string::npos) continue;
            // The office: a title word ("Special Representative") or a state's office as a
            // description ("Australia's Minister").
            const unit& office_unit = ts.units[for_at - 1];
            const std::string_view office = office_unit.where.in(text_);
            if (!is_tag_in("wD", ts.tags[for_at - 1]) || !holds_portfolio(office.substr(office.rfind(' ') + 1))) continue;
            actor* holder = nullptr;
            if (ts.tags[i] == 'N') {
                if (ts.units[i].actor < 0) continue;
                holder = &ts.actors[static_cast<std::size_t>(ts.units[i].actor)];
                if (holder->kind != actor_kind::person) continue;
            } else {
                const std::string_view name = ts.units[i].where.in(text_);
                if (name.find(' ') == std::string_view::npos || names_a_body(name)) continue;
                holder = &name_unit(ts, i, actor_kind::person, name);
            }
            std::string title;
            if (ts.tags[for_at - 1] == 'D') {
                const description d = ts.described(office_unit);
                title = std::string(d.role);
                if (holder->country.empty()) holder->country = std::string(d.country);
            } else {
                std::size_t first = for_at - 1; // (the office's words: "Special Representative")
                while (first > 0 && ts.tags[first - 1] == 'w' && is_upper(text_[ts.units[first - 1].where.begin])) --first;
                const std::size_t from = ts.units[first].where.begin;
                title = lower_ascii(text_.substr(from, office_unit.where.end - from));
                // (A state or body before the office is the holder's: "The European Union's Ambassador".)
                const unit& before = ts.units[first > 0 ? first - 1 : 0];
                if (first > 0 && is_tag_in("NG", ts.tags[first - 1]) && before.actor >= 0 && holder->country.empty())
                    holder->country = ts.actors[static_cast<std::size_t>(before.actor)].country;
            }
            if (holder->title.empty()) holder->title = std::move(title);
            // The office and its portfolio are no actors of their own.
            for (std::size_t k = for_at - 1; k < i - 1; ++k)
                if (k != for_at) ts.tags[k] = ts.units[k].tag = 'w';
        }
    }

    /// "The Likud party accused Rabin", "the Hamas movement said": a name before a lower-case
    /// word for a political body is that body, and the word is part of its mention.
    void body_word_after_name(tagged_sentence& ts) const {
        for (std::size_t i = next_tag_in<'C', 'N'>(ts.tags, 0); i != std::string::npos && i + 2 < ts.tags.size();
             i = next_tag_in<'C', 'N'>(ts.tags, i + 1)) {
            if (ts.tags[i + 1] != 'w' || !is_tag_in("SVJMabdhn", ts.tags[i + 2])) continue;
            const std::string_view w = ts.units[i + 1].where.in(text_);
            if (w != "party" && w != "movement" && w != "group" && w != "militia") continue;
            if (ts.tags[i] == 'N') {
                const actor& a = ts.actors[static_cast<std::size_t>(ts.units[i].actor)];
                if (a.kind == actor_kind::person || a.kind == actor_kind::state) continue;
            } else {
                // (Not a people's: "The Spanish group", "A British Muslim group".)
                if (match_phrase(tables_.demonyms, text_, ts.units[i].where.begin)) continue;
                name_unit(ts, i, actor_kind::organization, ts.units[i].where.in(text_));
            }
            ts.units[i].where.end = ts.units[i + 1].where.end;
            ts.units.erase(ts.units.begin() + static_cast<std::ptrdiff_t>(i + 1));
            ts.tags.erase(i + 1, 1);
        }
    }

    /// "China will impose tariffs ..., its Commerce Ministry said": a body of a state after
    /// "its" or "their" is the body of the state the sentence named last before it.
    void body_of_its_state(tagged_sentence& ts) const {
        // (Only where the tagger saw an "its" or a "their": a search for the next 'w' stopped
        // at nearly every unit, and a loop over the units read them all, 2.4-2.6% of the
        // command either way.)
        if (!ts.its) return;
        for (std::size_t k = 1; k + 1 < ts.tags.size(); ++k) {
            const span at = ts.units[k].where;
            if (ts.tags[k] != 'w' || (at.size() != 3 && at.size() != 5)) continue;
            const std::string_view its = at.in(text_);
            if (its != "its" && its != "their") continue;
            const auto title = match_phrase(tables_.titles, text_, ts.units[k + 1].where.begin);
            if (!title) continue;
            const std::string_view role = tables_.entries.titles[title->index].role;
            if (!is_body_role(role)) continue;
            const std::size_t title_end = ts.units[k + 1].where.begin + title->length;
            std::size_t e = k + 1;
            while (e < ts.units.size() && ts.tags[e] == 'w' && ts.units[e].where.end <= title_end) ++e;
            if (ts.units[e - 1].where.end != title_end) continue;
            const std::uint32_t* state = nullptr;
            for (std::size_t j = k; j-- > 0 && !state;)
                if (is_tag_in("NG", ts.tags[j]) && ts.units[j].actor >= 0) {
                    const actor& a = ts.actors[static_cast<std::size_t>(ts.units[j].actor)];
                    if (a.kind == actor_kind::state) state = tables_.state_by_country.find(a.country);
                }
            if (!state) continue;
            unit& d = ts.units[k];
            d.where.end = title_end;
            d.tag = ts.tags[k] = 'D';
            d.ref = reference::title;
            ts.describe(d, role, tables_.entries.actors[*state].country);
            ts.units.erase(ts.units.begin() + static_cast<std::ptrdiff_t>(k + 1),
                           ts.units.begin() + static_cast<std::ptrdiff_t>(e));
            ts.tags.erase(k + 1, e - k - 1);
        }
    }

    /// The last word of an office whose holder has a portfolio ("Commissioner for Trade").
    static bool holds_portfolio(std::string_view w) noexcept {
        for (std::string_view o : {"Commissioner", "Minister", "Secretary", "Envoy", "Representative", "Coordinator",
                                   "Rapporteur", "Director", "Adviser", "Advisor", "Ambassador"})
            if (w == o) return true;
        return false;
    }

    /// "last", "this" or "next": the words that open a time phrase of two words ("last week").
    static bool opens_time_phrase(std::string_view w) noexcept { return w == "last" || w == "this" || w == "next"; }

    /// "she had written to both governments asking them to ...", "he wrote to the two
    /// ministers urging them to ...": a description after "to" or "with", before a participle's
    /// act, is who was asked, oblique as a name there is ("written to Lavrov asking him"); the
    /// act is the subject's.
    void description_before_participle(tagged_sentence& ts) const {
        for (std::size_t d = next_tag_in<'D'>(ts.tags, 1); d != std::string::npos && d + 1 < ts.tags.size();
             d = next_tag_in<'D'>(ts.tags, d + 1)) {
            if (ts.tags[d - 1] != 'p' || ts.tags[d + 1] != 'V') continue;
            const std::string_view via = ts.units[d - 1].where.in(text_);
            const std::string_view act = ts.units[d + 1].where.in(text_);
            const std::string_view verb = act.substr(0, act.find(' '));
            if ((via == "to" || via == "with") && is_participle(verb))
                ts.tags[d] = ts.units[d].tag = 'l';
        }
    }

    /// "El Salvador recalled its ambassador to Colombia", "Kinshasa recalls envoy from
    /// Nairobi": to recall an envoy is an act on him, no saying, as "He recalled that ..." and
    /// "He recalls the communique of ..." are.
    void recalled_envoy(tagged_sentence& ts) const {
        for (std::size_t c = next_tag_in<'S'>(ts.tags, 1); c != std::string::npos && c + 1 < ts.tags.size();
             c = next_tag_in<'S'>(ts.tags, c + 1)) {
            const std::string_view cue = ts.units[c].where.in(text_);
            if (cue.size() < 6 || !equals_lower(cue.substr(0, 6), "recall")) continue;
            std::size_t k = c + 1;
            if (ts.tags[k] == 'w' && k + 1 < ts.tags.size() &&
                (is_possessive_determiner(ts.units[k].where.in(text_)) || is_article_or_all(ts.units[k].where.in(text_))))
                ++k;
            // ("recalled its top diplomat", "its senior envoys")
            if (ts.tags[k] == 'w' && k + 1 < ts.tags.size() &&
                (ts.units[k].where.in(text_) == "top" || ts.units[k].where.in(text_) == "senior"))
                ++k;
            const std::string_view object = ts.units[k].where.in(text_);
            if (is_tag_in("wD", ts.tags[k]) && names_envoy(object.substr(0, object.find(' '))))
                ts.tags[c] = ts.units[c].tag = 'w';
        }
    }
    static bool is_article_or_all(std::string_view w) noexcept { return w == "the" || w == "a" || w == "an" || w == "all"; }
    static bool names_envoy(std::string_view w) noexcept {
        for (std::string_view e : {"ambassador", "ambassadors", "envoy", "envoys", "diplomats", "diplomat",
                                   "chargé", "charge", "consul"})
            if (w == e) return true;
        return false;
    }

    /// "Latvia and Lithuania both said", "The ministers all agreed": a quantifier after the
    /// subject it counts, right before its cue, is an adverb there, not a subject of its own
    /// (the pair the text named before).
    void floating_quantifier(tagged_sentence& ts) const {
        for (std::size_t c = next_tag_in<'S', 'V', 'J', 'M'>(ts.tags, 2); c != std::string::npos;
             c = next_tag_in<'S', 'V', 'J', 'M'>(ts.tags, c + 1)) {
            const std::size_t q = ts.tags[c - 1] == 'a' && c >= 3 ? c - 2 : c - 1;
            if (!is_tag_in("Dw", ts.tags[q]) || !is_tag_in("NCG", ts.tags[q - 1])) continue;
            const std::string_view w = ts.units[q].where.in(text_);
            if (w == "both" || w == "all") ts.tags[q] = ts.units[q].tag = 'a';
        }
    }

    static bool is_time_unit(std::string_view w) noexcept {
        for (std::string_view t : {"week", "month", "year", "weekend", "spring", "summer", "autumn", "fall",
                                   "winter", "night", "morning", "evening", "time"})
            if (w == t) return true;
        return false;
    }

    static bool past_participle(std::string_view w) {
        for (std::string_view adjective : {"opposed", "determined", "prepared", "committed", "pleased",
                                           "delighted", "satisfied", "interested", "convinced", "united"})
            if (w == adjective) return false;
        if (w == "told" || w == "held" || w == "given" || w == "shown" || w == "met") return true;
        return w.size() > 4 && w.substr(w.size() - 2) == "ed";
    }

    /// "Hope was expressed that the American side ...", "Among the topics discussed was ...":
    /// a cue phrase that holds its own passive, opening the sentence, is an agentless passive
    /// (pattern P, no source).
    void expressed_passive(const tagged_sentence& ts, std::vector<attribution>& found) const {
        if (ts.units.empty() || ts.units[0].cue < 0 || (ts.tags[0] != 'V' && ts.tags[0] != 'S')) return;
        if (!found.empty() && found.front().cue == 0) return;
        const std::string_view cue = ts.units[0].where.in(text_);
        auto has_word = [&](std::string_view w) {
            const std::size_t at = cue.find(w);
            return at != std::string_view::npos && (at + w.size() == cue.size() || cue[at + w.size()] == ' ');
        };
        if (!has_word(" was") && !has_word(" were")) return;
        found.insert(found.begin(), attribution{'P', 1, 1, 0, 1});
    }

    /// "Together with the Ukrainian Foreign Minister Dmytro Kuleba we condemn ...", "Along
    /// with France, Germany said": the actor the source acts together with is one of the source.
    void join_together(const tagged_sentence& ts, std::size_t source, actor& who) const {
        std::size_t i = source;
        if (i > 0 && ts.tags[i - 1] == ',') --i;
        if (i < 3 || (ts.tags[i - 1] != 'o' && ts.tags[i - 1] != 'N') || ts.units[i - 1].actor < 0) return;
        if (ts.units[i - 2].where.in(text_) != "with") return;
        const std::string_view lead = ts.units[i - 3].where.in(text_);
        if (lead != "Together" && lead != "together" && lead != "Along" && lead != "along") return;
        const actor& other = ts.actors[static_cast<std::size_t>(ts.units[i - 1].actor)];
        std::vector<actor> members = who.kind == actor_kind::group ? who.members : std::vector<actor>{who};
        members.push_back(other);
        who = make_group(std::move(members));
    }

    /// "a phone call from Rex Tillerson, who asked for help", "Lavrov, who said that ...": the
    /// subject of a relative clause is the actor before ", who"; so is the subject of the verb
    /// after the clause ("Lavrov, who met Tillerson on Friday, said ...").
    /// So is a body's or state's before ", which" ("Brazil and Colombia, which have sought to
    /// mediate, urged ..."), and the subject of the verb after a clause of ", whose" ("Erdogan,
    /// whose approval had been in doubt, was quoted as saying ...").
    void relative_subject(const tagged_sentence& ts, std::vector<attribution>& found) const {
        for (std::size_t i = next_tag_in<','>(ts.tags, 1); i != std::string::npos && i + 2 < ts.units.size(); i = next_tag_in<','>(ts.tags, i + 1)) {
            const std::size_t p = pronoun_of_clause(ts, i + 1);
            const std::string_view pronoun = ts.units[p].where.in(text_);
            const bool who = pronoun == "who", which = pronoun == "which", whose = pronoun == "whose";
            if (!who && !which && !whose) continue;
            const std::size_t antecedent = i - 1;
            // "The member states adopted the Bishkek Declaration, which calls for ...": a text
            // the subject adopted speaks for it.
            if (which && is_tag_in("Cw", ts.tags[antecedent]) && names_a_text(ts.units[antecedent].where.in(text_))) {
                if (const std::size_t adopter = adopter_of_text(ts, antecedent); adopter != std::string::npos)
                    attribute_to(ts, found, adopter, adopter + 1, i + 2);
                continue;
            }
            // (After an unknown name too, with the verb after the clause: "The Rapid Support
            // Forces, which was not invited, said".)
            if (which ? !is_tag_in("NC", ts.tags[antecedent]) : !is_tag_in("NoCD", ts.tags[antecedent])) continue;
            if (ts.tags[antecedent] == 'o' && ts.units[antecedent].actor < 0) continue;
            // ("Brazil and Colombia, which ...", "the Netherlands, Portugal and the Czech Republic,
            // which ...": all of them. Persons before "who" may be the last alone: "talks between
            // Rijkaard and referee Anders Frisk, who later dismissed Drogba".)
            std::size_t first = antecedent;
            // (A state's article is a word of its own: "and the Czech Republic".)
            auto article = [&](std::size_t k) { return k > 0 && ts.tags[k - 1] == 'w' && spelled(ts.units[k - 1].where.in(text_), "the"); };
            auto mark_before = [&](std::size_t k) { return article(k) ? k - 2 : k - 1; };
            if (which && mark_before(first) >= 1 && mark_before(first) < first && ts.tags[mark_before(first)] == '&' &&
                ts.tags[mark_before(first) - 1] == 'N')
                for (first = mark_before(first) - 1;
                     mark_before(first) >= 1 && mark_before(first) < first && ts.tags[mark_before(first)] == ',' &&
                     ts.tags[mark_before(first) - 1] == 'N';)
                    first = mark_before(first) - 1;
            if (article(first)) --first;
            if (!whose && (!which || ts.tags[antecedent] == 'N')) attribute_to(ts, found, first, antecedent + 1, p + 1);
            // The clause closes at the next comma; a subject (no preposition before it) goes on.
            if (first > 0 && ts.tags[first - 1] == 'p') continue;
            for (std::size_t j = p + 1; j < ts.units.size() && j < i + 24; ++j)
                if (ts.tags[j] == ',' || ts.tags[j] == '.') {
                    if (ts.tags[j] == ',') attribute_to(ts, found, first, antecedent + 1, j + 1);
                    break;
                }
        }
    }

    /// "Hamas, backed by Iran, praised Raisi", "Hezbollah and Hamas, both backed by Tehran,
    /// praised ...": a passive participle with its agent between commas after a subject says
    /// who stands behind the subject, no act of the subject's; the verb after it is the
    /// subject's (and the participle's cue, if the lexicon has one, is no act at all).
    void passive_aside_subject(const tagged_sentence& ts, std::vector<attribution>& found) const {
        // (From each "by": far fewer than commas.)
        for (std::size_t by = next_tag_in<'y'>(ts.tags, 3); by != std::string::npos && by + 2 < ts.units.size();
             by = next_tag_in<'y'>(ts.tags, by + 1)) {
            const std::size_t k = by - 1; // the participle
            const std::string_view participle = ts.units[k].where.in(text_);
            if (!is_tag_in("VSw", ts.tags[k]) || participle.find(' ') != std::string_view::npos || participle.size() < 4 ||
                participle.substr(participle.size() - 2) != "ed")
                continue;
            std::size_t i = k - 1; // the comma
            if (ts.tags[i] != ',') {
                const std::string_view quantifier = ts.units[i].where.in(text_);
                if (quantifier != "both" && quantifier != "all" && quantifier != "each") continue;
                --i;
            }
            if (i < 1 || ts.tags[i] != ',' || !is_tag_in("NC", ts.tags[i - 1])) continue;
            std::size_t close = k + 2;
            while (close < ts.units.size() && close < k + 10 && !is_tag_in(",.", ts.tags[close])) ++close;
            if (close >= ts.units.size() || ts.tags[close] != ',') continue;
            // (The subject: the name before the comma, or two joined by "and": "Hezbollah and Hamas".)
            const std::size_t first = i >= 3 && ts.tags[i - 2] == '&' && is_tag_in("NC", ts.tags[i - 3]) ? i - 3 : i - 1;
            found.erase(std::remove_if(found.begin(), found.end(), [&](const attribution& a) { return a.cue == k; }),
                        found.end());
            attribute_to(ts, found, first, i, close + 1);
        }
    }

    /// The unit of the relative pronoun of a clause that starts at unit `k`: `k` itself ("...,
    /// who said"), or the pronoun after a short noun phrase in apposition ("Mohamed Babiker, a
    /// Sudanese lawyer who has held the mandate since 2020, said"); `k` where there is none.
    std::size_t pronoun_of_clause(const tagged_sentence& ts, std::size_t k) const {
        const std::string_view first = ts.units[k].where.in(text_);
        if (first != "a" && first != "an") return k;
        for (std::size_t j = k + 1; j < ts.units.size() && j < k + 6 && is_tag_in("wC", ts.tags[j]); ++j) {
            const std::string_view w = ts.units[j].where.in(text_);
            if (w == "who") return j;
            if (w == "which" || w == "whose") return k;
        }
        return k;
    }

    /// Whether a name or word ends in a word for a text a body adopts ("the Bishkek
    /// Declaration", "a joint communique", "the resolution").
    static bool names_a_text(std::string_view w) noexcept {
        const std::string_view last = w.substr(w.rfind(' ') + 1);
        for (std::string_view t : {"Declaration", "declaration", "Communique", "communique", "Communiqué", "communiqué",
                                   "statement", "Statement", "resolution", "Resolution", "Charter"})
            if (last == t) return true;
        return false;
    }

    /// The unit of the sentence's opening subject where a verb of adopting or issuing stands
    /// between it and the text at `text` ("The member states adopted the ... Declaration");
    /// npos where there is none.
    std::size_t adopter_of_text(const tagged_sentence& ts, std::size_t text) const {
        std::size_t j = 0;
        while (j < text && is_tag_in("a&u,", ts.tags[j])) ++j;
        // ("Leaders of the Shanghai Cooperation Organisation on Thursday adopted": the body.)
        if (j + 2 < text && ts.tags[j] == 'w' && ts.units[j + 1].where.in(text_) == "of") {
            j += 2;
            if (j < text && ts.tags[j] == 'w' && spelled(ts.units[j].where.in(text_), "the")) ++j;
        }
        if (j >= text || !is_tag_in("NCD", ts.tags[j])) return std::string::npos;
        for (std::size_t k = j + 1; k < text; ++k) {
            const std::string_view w = ts.units[k].where.in(text_);
            if (w == "adopted" || w == "issued" || w == "released" || w == "endorsed" || w == "approved" ||
                w == "signed" || w == "published")
                return j;
            if (!is_tag_in("wadhpo", ts.tags[k])) return std::string::npos;
        }
        return std::string::npos;
    }

    /// A source attribution of `source` to the cue at `cue` (after adverbs and auxiliaries),
    /// unless that cue already has one.
    static void attribute_to(const tagged_sentence& ts, std::vector<attribution>& found, std::size_t source, std::size_t cue) {
        attribute_to(ts, found, source, source + 1, cue);
    }
    /// The same for the source units [begin, end).
    static void attribute_to(const tagged_sentence& ts, std::vector<attribution>& found, std::size_t begin,
                             std::size_t end, std::size_t cue) {
        while (cue < ts.units.size() && is_tag_in("abhdn", ts.tags[cue])) ++cue;
        if (cue >= ts.units.size() || !is_tag_in("SVJ", ts.tags[cue])) return;
        const auto at = std::lower_bound(found.begin(), found.end(), cue,
                                         [](const attribution& a, std::size_t c) { return a.cue < c; });
        if (at != found.end() && at->cue == cue) return;
        found.insert(at, attribution{'A', begin, end, cue, cue + 1});
    }

    /// Whether the attribution's cue reports speech ("said", "stressed").
    bool reports(const tagged_sentence& ts, const attribution& a) const {
        const int c = ts.units[a.cue].cue;
        return c >= 0 && tables_.entries.cues[static_cast<std::size_t>(c)].frame == cue_frame::say;
    }

    /// "called the U.S. veto a mistake", "criticised the EU ban on ...": a cue in its base
    /// form after "the" and a singular name is a noun the name modifies, no verb of that
    /// name ("the Russians reject" is a plural's verb; "the US vetoed" a past). `i` is the
    /// cue's unit (engine::scan_cues asks for each).
    /// So is one in its base form whose own verb follows it: "American support will last",
    /// "Russia's support is welcome" (a base form is no verb before "will" or "is").
    void noun_after_the_name(tagged_sentence& ts, std::size_t i) const {
        if (i > 0 && i + 1 < ts.tags.size() && (ts.tags[i] == 'S' || ts.tags[i] == 'V') && is_tag_in("CNG", ts.tags[i - 1]) &&
            is_tag_in("Mbh", ts.tags[i + 1]) && ts.units[i].where.in(text_).find(' ') == std::string_view::npos) {
            const std::string_view verb = ts.units[i].where.in(text_);
            const std::string_view next = ts.units[i + 1].where.in(text_);
            if (verb.size() >= 3 && verb.back() != 's' && verb.substr(verb.size() - 2) != "ed" && is_lower(verb[0]) &&
                !is_past_or_auxiliary(verb) && next != "being" && next != "been" && next != "having") {
                ts.tags[i] = ts.units[i].tag = 'w';
                ts.units[i].cue = -1;
                return;
            }
        }
        if (i == 0 || ts.tags[i - 1] != 'N' || (ts.tags[i] != 'S' && ts.tags[i] != 'V')) return;
        // ("the" is the name's unit where the lexicon writes it so: "the U.S.")
        const std::string_view name = ts.units[i - 1].where.in(text_);
        const std::string_view the = name.substr(0, 4) == "the " || name.substr(0, 4) == "The " ? name.substr(0, 3)
                                     : i >= 2 && ts.tags[i - 2] == 'w'                        ? ts.units[i - 2].where.in(text_)
                                                                                              : std::string_view();
        if (the != "the" && the != "The") return;
        if (name.empty() || name.back() == 's') return;
        const std::string_view cue = ts.units[i].where.in(text_);
        const std::string_view verb = cue.substr(0, cue.find(' '));
        if (verb.size() < 3 || verb.back() == 's' || verb.substr(verb.size() - 2) == "ed" || !is_lower(verb[0]) ||
            verb.find('\'') != std::string_view::npos || is_past_or_auxiliary(verb))
            return;
        ts.tags[i] = ts.units[i].tag = 'w';
        ts.units[i].cue = -1;
    }

    /// The past forms of cue verbs that do not end in "-ed" ("said", "told", "held"), and the
    /// auxiliaries and other words that open cue phrases ("will", "were", "ready to").
    static bool is_past_or_auxiliary(std::string_view w) noexcept {
        for (std::string_view p : {"began", "brought", "came", "did", "drew", "gave", "had", "held", "hit", "made", "met",
                                   "paid", "put", "said", "saw", "sent", "sought", "spoke", "stood", "struck", "swore",
                                   "thought", "told", "took", "understood", "went", "won", "wrote", "kept", "left", "led",
                                   "read", "set", "are", "were", "have", "can", "cannot", "could", "would", "will",
                                   "shall", "may", "might", "must", "should", "also", "never", "not", "strongly", "ready",
                                   "willing", "among", "there", "joint"})
            if (w == p) return true;
        return false;
    }

    /// "The opposition Homeland Front bloc, which ..., said", "the Rastriya Swatantra party
    /// said": a name the lexicon does not know, then the kind of body it is, is that body.
    void name_with_its_kind(tagged_sentence& ts) const {
        for (std::size_t i = next_tag_in<'C'>(ts.tags, 0); i != std::string::npos && i + 2 < ts.tags.size();
             i = next_tag_in<'C'>(ts.tags, i + 1)) {
            if (ts.tags[i + 1] != 'w' || !is_tag_in(",SVJahd", ts.tags[i + 2])) continue;
            const std::string_view kind = ts.units[i + 1].where.in(text_);
            if (kind != "bloc" && kind != "party" && kind != "movement" && kind != "coalition" && kind != "alliance" &&
                kind != "faction" && kind != "militia")
                continue;
            // (Named without its kind, as the news names it after: "Likud", "Georgian Dream".)
            name_unit(ts, i, actor_kind::organization, ts.units[i].where.in(text_));
            merge_units(ts, i, i + 1, i, 'N');
        }
    }

    /// "according to officials", "according to two Western diplomats": commentators after
    /// "according to" (up to two words before their word) are the source, as before a saying.
    void commentators_according_to(tagged_sentence& ts) const {
        for (std::size_t r = next_tag_in<'R'>(ts.tags, 0); r != std::string::npos && r + 1 < ts.tags.size();
             r = next_tag_in<'R'>(ts.tags, r + 1)) {
            for (std::size_t k = r + 1; k < ts.tags.size() && k <= r + 3 && is_tag_in("wC", ts.tags[k]); ++k) {
                const std::string_view w = ts.units[k].where.in(text_);
                if (!is_commentators(w)) continue;
                name_commentator(ts, r + 1, k + 1, span{ts.units[r + 1].where.begin, ts.units[k].where.end}.in(text_));
                break;
            }
        }
    }

    /// "some analysts say", "analysts of US-Russia relations say", "Economists said":
    /// commentators are sources (dev notes), named by the word the text uses, in lower case
    /// however a sentence opens; a short "of" phrase joins them. So are others a report names
    /// by such a word alone ("diplomats said", "officials say", "critics argue"), and before an
    /// act as before a saying ("campaigners welcomed", "analysts expressed concern"): a source
    /// whose state is known is named before this runs ("Russian diplomats": Russia).
    void name_analysts(tagged_sentence& ts) const {
        commentators_according_to(ts);
        // The cue is at most analyst_reach units after the word ("analysts of US-Russia
        // relations say": "of" and three more between): a unit further than that before the
        // next saying or act is no commentator, and is skipped.
        std::size_t next_say = next_tag_in<'S', 'V'>(ts.tags, 1);
        for (std::size_t i = 0; next_say != std::string::npos && i < ts.tags.size(); ++i) {
            if (next_say <= i) {
                next_say = next_tag_in<'S', 'V'>(ts.tags, i + 1);
                if (next_say == std::string::npos) break;
            }
            if (i + analyst_reach < next_say) i = next_say - analyst_reach;
            // The words are four bytes or more and end in "s": most plain words are out at once.
            if (ts.tags[i] != 'w' || ts.units[i].where.end < ts.units[i].where.begin + 4) continue;
            std::string_view w = ts.units[i].where.in(text_);
            std::size_t word = i; // where the commentators' words begin
            if (w.back() != 's') {
                // ("One diplomat from a Nordic country described", "a Western diplomat said": one
                // commentator, after "a", "one" or "another" and an adjective at most.)
                if (!is_one_commentator(w)) continue;
                const std::size_t det = i >= 2 && is_tag_in("Cw", ts.tags[i - 1]) && is_single_article(ts.units[i - 2].where.in(text_))
                                            ? i - 2
                                            : i - 1;
                if (i == 0 || !is_single_article(ts.units[det].where.in(text_))) continue;
                word = det + 1;
                w = span{ts.units[word].where.begin, ts.units[i].where.end}.in(text_);
            } else if (!is_commentators(w)) {
                // ("Rights groups said", "Aid agencies say": a field's word before the plural.)
                if (i == 0 || ts.tags[i - 1] != 'w' || !is_field_group(w, ts.units[i - 1].where.in(text_))) continue;
                word = i - 1;
                w = span{ts.units[word].where.begin, ts.units[i].where.end}.in(text_);
            }
            std::size_t cue = i + 1;
            // ("analysts of US-Russia relations say"; "Analysts in Santiago said", "Analysts in
            // the Gulf cautioned": where they work.)
            const std::size_t place = cue + 2 < ts.units.size() && (ts.units[cue + 1].where.in(text_) == "the" ||
                                                                    ts.units[cue + 1].where.in(text_) == "a")
                                          ? cue + 2
                                          : cue + 1;
            if (cue < ts.units.size() &&
                (ts.units[cue].where.in(text_) == "of" ||
                 (is_place_preposition(ts.units[cue].where.in(text_)) && place < ts.units.size() &&
                  is_tag_in("oC", ts.tags[place]))))
                while (cue < ts.units.size() && cue < i + analyst_reach && is_tag_in("wpoC", ts.tags[cue]))
                    ++cue;
            if (cue >= ts.units.size() || !is_tag_in("SV", ts.tags[cue])) continue;
            // ("Foreign ministers from the African Union on Monday said": the members of an
            // intergovernmental body are the body speaking, members_of_named_body's reading.)
            if (cue > i + 2 && is_igo_unit(ts, i + 2) && is_members_word(lowered_first(w).view()) &&
                (ts.units[i + 1].where.in(text_) == "of" || ts.units[i + 1].where.in(text_) == "from"))
                continue;
            // ("accused ... ministers of telling lies": a gerund after "of" is what they are
            // accused of, no saying of theirs.)
            if (cue > i + 1 && ts.units[cue - 1].where.in(text_) == "of" && is_participle(ts.units[cue].where.in(text_)))
                continue;
            name_commentator(ts, word, cue, w);
            next_say = i + 1; // the cue, moved up behind the word
        }
    }

    /// "Serbia's chief negotiator, Petar Jovanovic, said", "Petar Jovanovic, Serbia's chief
    /// negotiator, said": a person named in apposition to his state's role is that state's,
    /// where nothing else gives him a country; so "Jovanovic said Serbia would return" is his
    /// own side's stance. The role is up to four plain words after the state's possessive.
    void country_in_apposition(tagged_sentence& ts) const {
        for (std::size_t g = next_tag_in<'G'>(ts.tags, 0); g != std::string::npos; g = next_tag_in<'G'>(ts.tags, g + 1)) {
            std::size_t end = g + 1; // after the role's words
            while (end < ts.tags.size() && end < g + 5 && ts.tags[end] == 'w') ++end;
            if (end == g + 1 || end >= ts.tags.size() || ts.tags[end] != ',' || ts.units[g].actor < 0) continue;
            const actor& state = ts.actors[static_cast<std::size_t>(ts.units[g].actor)];
            if (state.kind != actor_kind::state || state.country.empty() ||
                !names_a_person_by_role(ts.units[end - 1].where.in(text_)))
                continue;
            // The name after the role ("..., Petar Jovanovic, ..."), closed by a comma or a
            // cue; else the speaker before it ("Petar Jovanovic, Serbia's ..., said").
            std::size_t name = std::string::npos;
            if (end + 2 < ts.tags.size() && is_tag_in("NC", ts.tags[end + 1]) &&
                (ts.tags[end + 2] == ',' || is_subject_cue_tag(ts.tags[end + 2])))
                name = end + 1;
            else if (g >= 2 && ts.tags[g - 1] == ',' && is_tag_in("NC", ts.tags[g - 2]) && end + 1 < ts.tags.size() &&
                     is_subject_cue_tag(ts.tags[end + 1]))
                name = g - 2;
            if (name != std::string::npos) give_country(ts, name, state.country);
        }
    }

    /// "Chinese foreign ministry spokesperson Guo Jiakun", "China's foreign ministry spokesperson
    /// Guo Jiakun": the state's body named right before an officer's title is his employer, so
    /// the officer is the state's, where nothing else gives him a country ("Guo said China
    /// would ..." is then his own side's stance, and "Guo" his family name). Not a body of many
    /// states ("UN spokesperson").
    void country_of_employer(tagged_sentence& ts) const {
        // (Read from each pair of names side by side: few sentences hold one.)
        for (std::size_t pair = ts.tags.find("NN"); pair != std::string::npos; pair = ts.tags.find("NN", pair + 1)) {
            const std::size_t i = pair + 1;
            if (ts.units[i].actor < 0 || ts.units[i - 1].actor < 0) continue;
            const actor& officer = ts.actors[static_cast<std::size_t>(ts.units[i].actor)];
            const actor& body = ts.actors[static_cast<std::size_t>(ts.units[i - 1].actor)];
            if (officer.kind != actor_kind::person || !officer.country.empty() || officer.title.empty() ||
                body.kind != actor_kind::state || body.country.empty())
                continue;
            const std::string_view employer = ts.units[i - 1].where.in(text_);
            const std::string_view last = employer.substr(employer.rfind(' ') + 1); // (npos + 1: all of it)
            const auto word = lowered_first(last);
            const std::string_view w = word.view();
            if (!spelled(w, "ministry") && !spelled(w, "office") && !spelled(w, "department") &&
                !spelled(w, "government") && !spelled(w, "embassy") && !spelled(w, "mission"))
                continue;
            give_country(ts, i, body.country);
        }
    }

    /// "received today Ali Youssef Al-Sharif, Minister of Foreign Affairs of the Sudan.": a
    /// person named in apposition to an office is its holder, where nothing else gives him a
    /// title (or only a diplomat's rank) or a country; so "the two ministers" to come are he
    /// and his host. (Closed by a comma or the sentence's end: before a cue the description is
    /// a speaker of its own, "met Lavrov, the minister said".)
    ///
    /// In the same pass over the descriptions, "The speaker for the Russian Federation said",
    /// "the delegate for Brazil": a state's delegate named by the state he speaks for, as UN
    /// meeting coverage writes him, is the state (as "the representative of France" is).
    void title_in_apposition(tagged_sentence& ts) const {
        for (std::size_t d = next_tag_in<'D'>(ts.tags, 0); d != std::string::npos && d + 1 < ts.tags.size();
             d = next_tag_in<'D'>(ts.tags, d + 1)) {
            if (delegate_for_state(ts, d)) continue;
            if (d < 2 || ts.tags[d - 1] != ',' || !is_tag_in("NC", ts.tags[d - 2]) || !is_tag_in(",.", ts.tags[d + 1])) continue;
            const description office = ts.described(ts.units[d]);
            if (office.role.empty() || is_body_role(office.role)) continue;
            const std::size_t u = d - 2;
            if (ts.tags[u] == 'C') {
                give_country(ts, u, office.country); // (a full name only: then an N)
                if (ts.tags[u] != 'N') continue;
            }
            if (ts.units[u].actor < 0) continue;
            actor& a = ts.actors[static_cast<std::size_t>(ts.units[u].actor)];
            if (a.kind != actor_kind::person) continue;
            // ("Ambassador Ali Youssef Al-Sharif, Minister of Foreign Affairs of the Sudan": a
            // diplomat keeps his rank before his name as a form of address; the office after it
            // is the one he holds.)
            if (a.title.empty() || (a.title == "ambassador" && office.role != a.title)) a.title = std::string(office.role);
            if (a.country.empty()) a.country = std::string(office.country);
        }
    }

    /// title_in_apposition's delegate for a state at description `d`: merged into the state,
    /// true; else false.
    bool delegate_for_state(tagged_sentence& ts, std::size_t d) const {
        if (d + 2 >= ts.tags.size() || ts.tags[d + 1] != 'p' || ts.tags[d + 2] != 'o' || ts.units[d + 2].actor < 0 ||
            ts.units[d + 1].where.in(text_) != "for")
            return false;
        const std::string_view role = ts.described(ts.units[d]).role;
        if (role != "speaker" && !is_delegate_role(role)) return false;
        if (ts.actors[static_cast<std::size_t>(ts.units[d + 2].actor)].kind != actor_kind::state) return false;
        merge_units(ts, d, d + 2, d + 2, 'N');
        return true;
    }

    /// "Minister of Natural Resources and Environment, Toleafoa Alesana Penitito, said Samoa
    /// would ...": an office spelled out with its portfolio at the sentence's head, then the
    /// name between commas, is the title of the one named (the tagger reads a title before a
    /// name only where the name follows it at once). Read only where the sentence opens with a
    /// word the tagger left plain and a comma follows within ten units.
    /// (Or "The Minister of Migration and Asylum, Mr. Thanos Plevris, received": the title the
    /// tagger read after "The", then its portfolio.)
    void title_before_apposed_name(tagged_sentence& ts) const {
        if (ts.tags.size() < 6 || !is_upper(text_[ts.units[0].where.begin])) return;
        const bool described = ts.tags[0] == 'D' && ts.units[0].ref == reference::title;
        if (ts.tags[0] != 'w' && !described) return;
        const std::string_view of = ts.units[1].where.in(text_);
        if (of != "of" && of != "for") return;
        const std::size_t c = ts.tags.find(',', 2);
        if (c == std::string::npos || c > 10 || c + 2 >= ts.tags.size() || !is_tag_in("NC", ts.tags[c + 1]) ||
            ts.tags[c + 2] != ',')
            return;
        std::string_view role;
        if (described) {
            role = ts.described(ts.units[0]).role;
        } else {
            const auto title = match_phrase(tables_.titles, text_, ts.units[0].where.begin);
            if (!title) return;
            role = tables_.entries.titles[title->index].role;
        }
        if (role.empty() || is_body_role(role)) return;
        for (std::size_t k = 2; k < c; ++k)
            if (!is_tag_in("wl&p", ts.tags[k])) return;
        const std::size_t u = c + 1;
        if (ts.tags[u] == 'C') {
            give_country(ts, u, {}); // (a full name only: then an N)
            if (ts.tags[u] != 'N') return;
        }
        if (ts.units[u].actor < 0) return;
        actor& a = ts.actors[static_cast<std::size_t>(ts.units[u].actor)];
        if (a.kind == actor_kind::person && a.title.empty()) a.title = std::string(role);
    }

    /// "In Yerevan, Deputy Foreign Minister Vahan Sargsyan said ...": an official with a state's
    /// office and no country, right after an opening phrase that places him in a state's capital,
    /// is that state's (as a dateline's capital gives a ministry its state).
    void country_of_opening_place(tagged_sentence& ts) const {
        if (ts.tags.size() < 5 || ts.tags[1] != 'o' || ts.tags[2] != ',' || !spelled(ts.units[0].where.in(text_), "In") ||
            ts.units[1].actor < 0)
            return;
        government_of_opening_place(ts);
        if (ts.tags[3] != 'N' || ts.units[3].actor < 0) return;
        const actor& place = ts.actors[static_cast<std::size_t>(ts.units[1].actor)];
        const actor& who = ts.actors[static_cast<std::size_t>(ts.units[3].actor)];
        if (place.kind == actor_kind::state && !place.country.empty() && who.kind == actor_kind::person &&
            who.country.empty() && is_state_office(who.title))
            give_country(ts, 3, place.country);
    }

    /// "In Syria, the government appealed for help", "In Taipei, whose forces control Itu Aba,
    /// the government said": a state's side the text names without its state, after an
    /// opening place that is a state (or its capital) and the place's relative clause, is that
    /// state's.
    void government_of_opening_place(tagged_sentence& ts) const {
        const actor& place = ts.actors[static_cast<std::size_t>(ts.units[1].actor)];
        if (place.kind != actor_kind::state || place.country.empty()) return;
        std::size_t d = 3;
        if (ts.tags[3] == 'w') {
            const std::string_view rel = ts.units[3].where.in(text_);
            if (rel != "where" && rel != "whose" && rel != "which") return;
            d = ts.tags.find(',', 4);
            if (d == std::string::npos || d > 24) return;
            ++d;
        }
        if (d >= ts.tags.size() || ts.tags[d] != 'D' || ts.units[d].ref != reference::title) return;
        const description desc = ts.described(ts.units[d]);
        if (!desc.country.empty() || !(names_a_state_side(desc.role) || is_body_role(desc.role))) return;
        const std::uint32_t* state = tables_.state_by_country.find(place.country);
        if (!state) return;
        ts.describe(ts.units[d], desc.role, tables_.entries.actors[*state].country);
    }

    /// "Costa Rica took a more cautious line. Its foreign minister, Ana Lucía Brenes, said San
    /// José would wait": an official after "its" holds his office in the state the text spoke
    /// of last (`body`, the discourse's "it"), where nothing else gives him a country. So his
    /// words of that state are his own side's stance, and another state's are not ("Sweden had
    /// to wait. Its prime minister said that Turkey was asking ...").
    void country_of_its_office(tagged_sentence& ts, const std::optional<actor>& body) const {
        if (!body || body->kind != actor_kind::state || body->country.empty()) return;
        for (std::size_t n = next_tag_in<'N'>(ts.tags, 1); n != std::string::npos; n = next_tag_in<'N'>(ts.tags, n + 1)) {
            if (ts.tags[n - 1] != 'w' || ts.units[n].actor < 0 || !spelled_or_capitalised(ts.units[n - 1].where.in(text_), "its"))
                continue;
            const actor& who = ts.actors[static_cast<std::size_t>(ts.units[n].actor)];
            if (who.kind == actor_kind::person && is_state_office(who.title)) give_country(ts, n, body->country);
        }
    }

    /// Whether a role's last word names a person ("negotiator", "envoy", "spokesman", "chief"),
    /// not a thing ("airline", "company").
    static bool names_a_person_by_role(std::string_view w) noexcept {
        if (w.size() > 4 && w.substr(w.size() - 4) == "ment") return false; // ("government")
        for (std::string_view end : {"er", "or", "ist", "ent", "ant", "man", "woman", "person"})
            if (w.size() > end.size() + 2 && w.substr(w.size() - end.size()) == end) return true;
        for (std::string_view n : {"chief", "head", "envoy", "aide", "deputy", "official", "diplomat", "secretary",
                                   "delegate", "representative"})
            if (w == n) return true;
        return false;
    }

    /// Unit `u`, a person's name, as that person with `country` where he has none: a name the
    /// lexicon does not know ('C') becomes a person of its own ('N').
    void give_country(tagged_sentence& ts, std::size_t u, std::string_view country) const {
        if (ts.tags[u] == 'N') {
            if (ts.units[u].actor < 0) return;
            actor& a = ts.actors[static_cast<std::size_t>(ts.units[u].actor)];
            if (a.kind == actor_kind::person && a.country.empty()) a.country = std::string(country);
            return;
        }
        const std::string_view name = ts.units[u].where.in(text_);
        if (name.find(' ') == std::string_view::npos || names_a_body(name)) return; // a full name only
        name_unit(ts, u, actor_kind::person, name).country = std::string(country);
    }

    static bool is_place_preposition(std::string_view w) noexcept { return w == "in" || w == "at" || w == "from"; }

    /// "..., with President Erdogan accusing the two nations of ...": the actor after "with"
    /// is the subject of the participle that follows it, no object of the clause before.
    void with_participle_subjects(tagged_sentence& ts) const {
        // (N too: a bare title named after tagging, "with a spokesperson saying".)
        for (std::size_t i = next_tag_in<'o', 'N'>(ts.tags, 1); i != std::string::npos && i + 1 < ts.tags.size();
             i = next_tag_in<'o', 'N'>(ts.tags, i + 1)) {
            if (!is_tag_in("SVJ", ts.tags[i + 1]) || ts.tags[i - 1] != 'p' || ts.units[i - 1].where.in(text_) != "with")
                continue;
            const std::string_view cue = ts.units[i + 1].where.in(text_);
            const std::string_view verb = cue.substr(0, cue.find(' '));
            if (verb.size() < 5 || verb.substr(verb.size() - 3) != "ing") continue;
            // ("with" then no preposition whose object the name would be.)
            ts.tags[i - 1] = ts.units[i - 1].tag = 'w';
            ts.tags[i] = ts.units[i].tag = 'N';
        }
    }

    /// Units `word` to `cue` (not included) as one commentator named `name` ("analysts of
    /// US-Russia relations"), the source of the cue.
    static void name_commentator(tagged_sentence& ts, std::size_t word, std::size_t cue, std::string_view name) {
        actor a;
        a.kind = actor_kind::other;
        // (In lower case: "Analysts said" opens a sentence, "EXPERTS WARN" a headline.)
        for (const char c : name) a.name += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        ts.units[word].where.end = ts.units[cue - 1].where.end;
        ts.units[word].actor = static_cast<std::int32_t>(ts.actors.size());
        ts.actors.push_back(std::move(a));
        ts.tags[word] = ts.units[word].tag = 'N';
        ts.units.erase(ts.units.begin() + static_cast<std::ptrdiff_t>(word + 1), ts.units.begin() + static_cast<std::ptrdiff_t>(cue));
        ts.tags.erase(word + 1, cue - word - 1);
    }

    /// A word for commentators or other unnamed sources, as written or capitalised ("analysts",
    /// "Experts", "officials").
    static bool is_commentators(std::string_view w) noexcept {
        for (std::string_view c : {"analysts", "experts", "observers", "commentators", "economists", "diplomats",
                                   "officials", "charities", "campaigners", "critics", "activists", "ministers",
                                   "lawmakers", "donors", "delegates", "delegations", "lawyers", "bondholders"})
            if (equals_lower(w, c)) return true;
        return false;
    }

    /// One commentator's word ("diplomat", "analyst"): a source after "a", "one", "another".
    static bool is_one_commentator(std::string_view w) noexcept {
        return w == "diplomat" || w == "analyst" || w == "observer" || w == "negotiator" || w == "delegate" || w == "expert";
    }
    /// The word that counts one before such a commentator: "a", "an", "one", "another".
    static bool is_single_article(std::string_view w) noexcept {
        return w == "a" || w == "A" || w == "an" || w == "An" || w == "one" || w == "One" || w == "another" || w == "Another";
    }

    /// "rights groups", "aid agencies", "humanitarian organisations": groups of a field that
    /// speak as commentators do, a plural after the field's word.
    /// (And "member states", "donor governments", "civil society groups": the members of a
    /// body the text leaves unnamed, the states that fund it, the groups of the field.)
    static bool is_field_group(std::string_view plural, std::string_view field) noexcept {
        if (plural == "states") return equals_lower(field, "member");
        if (plural == "governments" || plural == "countries") return equals_lower(field, "donor");
        bool group = false;
        for (std::string_view g : {"groups", "agencies", "workers", "organisations", "organizations"})
            group = group || plural == g;
        if (!group) return false;
        for (std::string_view f : {"rights", "aid", "humanitarian", "relief", "society"})
            if (equals_lower(field, f)) return true;
        return false;
    }

    /// How far after a commentator's word its saying cue may stand (name_analysts).
    static constexpr std::size_t analyst_reach = 5;

private:
    std::string_view text_;
    const lexicon_tables& tables_;
};

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
