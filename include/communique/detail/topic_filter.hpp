// The cheap first look of topics_in (detail/sentence_rules.hpp): most words of a statement
// start no topic, and hashing each one's lead to ask the lexicon's index costs far more than
// asking which words could. Word starts are found sixteen bytes at a time (byte_masks16.hpp:
// SSE2, or SWAR elsewhere), and only a word whose first four bytes (eight, for a long phrase) may
// begin some topic phrase goes on to the lead index and the trie. The set is built from the phrases the topic trie
// holds (as written, Capitalised, both apostrophes), so a user's lexicon is served as well.
#ifndef COMMUNIQUE_DETAIL_TOPIC_FILTER_HPP
#define COMMUNIQUE_DETAIL_TOPIC_FILTER_HPP

#include <communique/config.hpp>
#include <communique/detail/byte_masks16.hpp>

#include <boost/config.hpp>
#include <boost/core/bit.hpp>
#include <boost/endian/conversion.hpp>

#include <bitset>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>


COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// Which first bytes a topic phrase may start with. The low five bits of each byte make the
/// keys (upper and lower case share them), hashed to one bit of a small set each: other words
/// that land on a set bit get by, and the lead index then turns them down. Three sets: the
/// first four bytes of every phrase (`heads_`), those of phrases shorter than eight bytes
/// (`short_heads_`), and the first eight bytes of the others (`eights_`): "the" starts a few
/// topics ("the Arctic") and thousands of other words, which the eight bytes turn down
/// ("the gove"). Never false where the trie would match: a match means the text holds the
/// phrase's bytes, its first four or eight among them, or all of a phrase shorter than four
/// (any bytes may follow it: each such key is set).
class topic_starts {
public:
    void add(std::string_view phrase) {
        if (phrase.empty()) return;
        std::uint32_t known = 0;
        for (std::size_t k = 0; k < head && k < phrase.size(); ++k)
            known |= (static_cast<unsigned char>(phrase[k]) & 31u) << (8 * k);
        const std::size_t free_bytes = phrase.size() < head ? head - phrase.size() : 0;
        for (std::uint32_t rest = 0; rest < (1u << (5 * free_bytes)); ++rest) {
            std::uint32_t key = known;
            for (std::size_t k = 0; k < free_bytes; ++k) key |= ((rest >> (5 * k)) & 31u) << (8 * (head - free_bytes + k));
            heads_.set(head_slot(key));
            if (phrase.size() < eight) short_heads_.set(head_slot(key));
        }
        if (phrase.size() >= eight) {
            std::uint64_t bytes = 0;
            std::memcpy(&bytes, phrase.data(), eight);
            eights_.set(eight_slot(boost::endian::little_to_native(bytes)));
        }
    }
    /// Whether a phrase may start at `at` of `text` (at < size). Where fewer than eight bytes
    /// are left, the first four decide; fewer than four: maybe.
    bool may_start(std::string_view text, std::size_t at) const noexcept {
        const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + at;
        if (text.size() - at < eight) return text.size() - at < head || heads_[head_slot(boost::endian::load_little_u32(p))];
        return may_start_eight(p);
    }
    /// may_start where eight bytes or more are left from `p` (the first eight decide).
    bool may_start_eight(const unsigned char* p) const noexcept {
        const std::uint64_t bytes = boost::endian::load_little_u64(p);
        const std::size_t slot = head_slot(static_cast<std::uint32_t>(bytes));
        return heads_[slot] && (short_heads_[slot] || eights_[eight_slot(bytes)]);
    }
    /// The word starts of `starts` (bit k: byte at + k of `text`, at < size) where a phrase
    /// may start, by may_start. All of them are asked before the caller reads any further (no
    /// call between them). Where a whole block of sixteen and eight more bytes is left, no
    /// start needs the check for the text's end.
    std::uint32_t may_start_in(std::string_view text, std::size_t at, std::uint32_t starts) const noexcept {
        std::uint32_t maybe = 0;
        if (text.size() - at >= 16 + eight) {
            const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + at;
            for (; starts != 0; starts &= starts - 1) {
                const unsigned k = static_cast<unsigned>(boost::core::countr_zero(starts));
                if (may_start_eight(p + k)) maybe |= 1u << k;
            }
            return maybe;
        }
        for (; starts != 0; starts &= starts - 1) {
            const unsigned k = static_cast<unsigned>(boost::core::countr_zero(starts));
            if (may_start(text, at + k)) maybe |= 1u << k;
        }
        return maybe;
    }

private:
    static constexpr std::size_t head = 4, eight = 8, slot_bits = 15;
    /// Fibonacci hashing of the bytes' low five bits: the top bits of the product mix them all.
    static std::size_t head_slot(std::uint32_t bytes) noexcept {
        return static_cast<std::size_t>(((bytes & 0x1F1F1F1Fu) * 0x9E3779B1u) >> (32 - slot_bits));
    }
    static std::size_t eight_slot(std::uint64_t bytes) noexcept {
        return static_cast<std::size_t>(((bytes & 0x1F1F1F1F1F1F1F1FULL) * 0x9E3779B97F4A7C15ULL) >> (64 - slot_bits));
    }
    std::bitset<std::size_t{1} << slot_bits> heads_, short_heads_, eights_;
};

/// A phrase table that hands each phrase put into it to a topic_starts as well: the lexicon
/// puts topics in with their case and apostrophe variants (lexicon-inl.hpp), and the filter
/// must see every one of them. (Walking the trie afterwards builds a string per node.)
template <typename Table> struct with_starts {
    Table& table;
    topic_starts& starts;
    auto& at(const std::string& phrase) {
        starts.add(phrase);
        return table.at(phrase);
    }
};

namespace topic_scan {

/// Bit k set where byte k of the sixteen at `p` is a word byte (is_word_byte: an ASCII letter
/// or digit, or any byte from 0x80): the definition the fast versions are tested against.
inline std::uint32_t word_mask_reference(const unsigned char* p) noexcept {
    std::uint32_t m = 0;
    for (unsigned k = 0; k < 16; ++k) {
        const unsigned char c = p[k], folded = c | 0x20;
        if ((c >= '0' && c <= '9') || (folded >= 'a' && folded <= 'z') || c >= 0x80) m |= 1u << k;
    }
    return m;
}

/// word_mask_reference over a backend of byte_masks16.hpp (SSE2, or SWAR elsewhere): the
/// backends' range tests pass only ASCII, and a byte from 0x80 is a word byte by `high`.
template <typename B> BOOST_FORCEINLINE std::uint32_t word_mask_with(const unsigned char* p) noexcept {
    const auto x = B::load(p);
    const auto digit = B::in_range(x, '0', '9'), letter = B::in_range(B::fold(x), 'a', 'z');
    return B::mask(B::either(B::either(digit, letter), B::high(x)));
}

/// The word mask of the sixteen bytes at `p`, the fastest way this target has.
inline std::uint32_t word_mask(const unsigned char* p) noexcept { return word_mask_with<bytes16::fastest>(p); }

/// word_mask_at within sixteen bytes of the text's end or of `hi`: a copy of the bytes left,
/// and the bits from `hi` on cleared. Once per scan, out of the loop.
BOOST_NOINLINE inline std::uint32_t word_mask_near_end(std::string_view text, std::size_t i, std::size_t hi) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + i;
    unsigned char bytes[16] = {};
    if (text.size() - i < 16) {
        std::memcpy(bytes, p, text.size() - i);
        p = bytes;
    }
    return hi - i >= 16 ? word_mask(p) : word_mask(p) & ((1u << (hi - i)) - 1);
}

/// The word mask of the sixteen bytes at `i` of `text`, bytes at or past `hi` (at most the
/// text's size) counting as none.
inline std::uint32_t word_mask_at(std::string_view text, std::size_t i, std::size_t hi) noexcept {
    if (hi - i < 16 || text.size() - i < 16) return word_mask_near_end(text, i, hi);
    return word_mask(reinterpret_cast<const unsigned char*>(text.data()) + i);
}

} // namespace topic_scan
} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
