// The cheap first look of topics_in (detail/sentence_rules.hpp): most words of a statement
// start no topic, and hashing each one's lead to ask the lexicon's index costs far more than
// asking which words could. Word starts are found sixteen bytes at a time (SSE2, with SWAR
// and a byte loop elsewhere), and only a word whose first three bytes begin some topic phrase
// goes on to the lead index and the trie. The set is built from the phrases the topic trie
// holds (as written, Capitalised, both apostrophes), so a user's lexicon is served as well.
#ifndef COMMUNIQUE_DETAIL_TOPIC_FILTER_HPP
#define COMMUNIQUE_DETAIL_TOPIC_FILTER_HPP

#include <communique/config.hpp>

#include <boost/config.hpp>
#include <boost/endian/conversion.hpp>

#include <bitset>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define COMMUNIQUE_TOPICS_SSE2 1
#endif

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
        const std::uint64_t bytes = boost::endian::load_little_u64(p);
        const std::size_t slot = head_slot(static_cast<std::uint32_t>(bytes));
        return heads_[slot] && (short_heads_[slot] || eights_[eight_slot(bytes)]);
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

/// word_mask_reference eight bytes at a time (SWAR): on seven-bit values no sum carries into
/// the next byte, so each byte's answer is its own.
inline std::uint32_t word_mask_swar(const unsigned char* p) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
    const auto at_least = [](std::uint64_t v, unsigned c) { return (v + ones * (0x80 - c)) & highs; };
    std::uint32_t out = 0;
    for (unsigned half = 0; half < 2; ++half) {
        const std::uint64_t w = boost::endian::load_little_u64(p + 8 * half);
        const std::uint64_t low7 = w & ~highs, folded = low7 | ones * 0x20;
        const std::uint64_t digit = at_least(low7, '0') & ~at_least(low7, '9' + 1);
        const std::uint64_t letter = at_least(folded, 'a') & ~at_least(folded, 'z' + 1);
        const std::uint64_t word = digit | letter | (w & highs);
        // Bit 7 of each byte down to bit k of an eight-bit mask (the multiply gathers them).
        out |= static_cast<std::uint32_t>(((word >> 7) * 0x0102040810204080ULL) >> 56) << (8 * half);
    }
    return out;
}

#ifdef COMMUNIQUE_TOPICS_SSE2
/// word_mask_reference with SSE2: range tests as signed compares after a shift of the range
/// to -128; a byte from 0x80 is negative, and its sign bit is the movemask's.
inline std::uint32_t word_mask_sse2(const unsigned char* p) noexcept {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const auto in_range = [](__m128i v, char lo, char n) { // lo <= v < lo + n (n < 128)
        const __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(-128 - lo)));
        return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + n)));
    };
    const __m128i digit = in_range(x, '0', 10);
    const __m128i letter = in_range(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 26);
    return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, letter), x)));
}
#endif

/// The word mask of the sixteen bytes at `p`, the fastest way this target has.
inline std::uint32_t word_mask(const unsigned char* p) noexcept {
#ifdef COMMUNIQUE_TOPICS_SSE2
    return word_mask_sse2(p);
#else
    return word_mask_swar(p);
#endif
}

/// The ASCII capitals and lower-case letters among sixteen bytes (in_capitals counts them).
struct letter_count {
    unsigned upper = 0, lower = 0;
};

/// letter_count of the sixteen bytes at `p`, byte by byte: the definition the SSE2 count is
/// tested against.
inline letter_count letters_of_reference(const unsigned char* p) noexcept {
    letter_count out;
    for (unsigned k = 0; k < 16; ++k) {
        out.upper += static_cast<unsigned char>(p[k] - 'A') < 26;
        out.lower += static_cast<unsigned char>(p[k] - 'a') < 26;
    }
    return out;
}

#ifdef COMMUNIQUE_TOPICS_SSE2
/// letters_of_reference with SSE2: the range tests of word_mask_sse2, each hit a byte 1, summed
/// by the sum of absolute differences from zero (two eight-byte sums; no popcount instruction
/// is assumed, and a library call for it cost more than the count).
inline letter_count letters_of_sse2(const unsigned char* p) noexcept {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const auto ones_in_range = [&](char lo) { // 1 where lo <= x < lo + 26, else 0
        const __m128i shifted = _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(-128 - lo)));
        const __m128i hit = _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + 26)));
        return _mm_and_si128(hit, _mm_set1_epi8(1));
    };
    // Upper-case sums in the low half of each 64-bit lane, lower-case ones in the high half.
    const __m128i sums = _mm_or_si128(_mm_sad_epu8(ones_in_range('A'), _mm_setzero_si128()),
                                      _mm_slli_epi64(_mm_sad_epu8(ones_in_range('a'), _mm_setzero_si128()), 32));
    const __m128i both = _mm_add_epi64(sums, _mm_unpackhi_epi64(sums, sums));
    return {static_cast<unsigned>(_mm_cvtsi128_si32(both)), static_cast<unsigned>(_mm_cvtsi128_si32(_mm_srli_si128(both, 4)))};
}

/// Bit k set where byte k of the sixteen at `p` is one of `Bytes` (the scans of tags for a
/// few of them: next_tag_in, last_pattern_cue).
template <char... Bytes> BOOST_FORCEINLINE unsigned byte_mask_sse2(const unsigned char* p) noexcept {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i hit = _mm_setzero_si128();
    ((hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8(Bytes)))), ...);
    return static_cast<unsigned>(_mm_movemask_epi8(hit));
}
#endif

/// The letters of the sixteen bytes at `p`, the fastest way this target has.
inline letter_count letters_of(const unsigned char* p) noexcept {
#ifdef COMMUNIQUE_TOPICS_SSE2
    return letters_of_sse2(p);
#else
    return letters_of_reference(p);
#endif
}

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
