// The lookup tables of a lexicon: x3::symbols tries from phrase to entry index. Internal: the
// public lexicon type holds them behind a pointer so no Spirit type reaches a user's code.
#ifndef COMMUNIQUE_DETAIL_LEXICON_TABLES_HPP
#define COMMUNIQUE_DETAIL_LEXICON_TABLES_HPP

#include <communique/detail/byte_masks16.hpp>
#include <communique/detail/frozen_trie.hpp>
#include <communique/detail/topic_filter.hpp>
#include <communique/lexicon.hpp>

#include <boost/core/bit.hpp>
#include <boost/endian/conversion.hpp>
#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

namespace x3 = boost::spirit::x3;

/// A phrase found at a position: its length in bytes and the index of its entry.
struct phrase_match {
    std::size_t length = 0;
    std::uint32_t index = 0;
};

/// Letters, digits and every byte from 0x80 (UTF-8): one look in a table of 256.
struct word_byte_table {
    bool is[256] = {};
    constexpr word_byte_table() {
        for (int c = 0; c < 256; ++c)
            is[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    }
};
inline constexpr word_byte_table word_bytes{};

BOOST_FORCEINLINE bool is_word_byte(unsigned char c) noexcept { return word_bytes.is[c]; }

/// A byte of a lead wherever it stands: a word byte but 0xC2 and 0xE2, which may open a mark.
BOOST_FORCEINLINE bool is_lead_byte(unsigned char c) noexcept { return is_word_byte(c) && c != 0xC2 && c != 0xE2; }

/// The word run that starts at a position: its letters, digits and non-ASCII letter bytes, up
/// to the first space, ASCII punctuation, hyphen, dot or apostrophe, or a mark of
/// U+0080..U+00BF or U+2000..U+203F (no-break space, « », ’, “ ”, –, —, …). `key` is a hash
/// of its bytes. A phrase can only match where the text's run equals the phrase's own first
/// run (a phrase ends on a word boundary), so a set of these keys rules out a word before a
/// trie is walked.
struct word_lead {
    std::uint64_t key;
    std::size_t length;
};

/// Set in bit 7 of each of the eight bytes of `x` whose low seven bits are an ASCII letter or
/// digit (the caller decides what a byte from 0x80 is); only bit 7 of each byte means anything,
/// so the callers' own mask is the only one. The step both lead_stops below share. Seven-bit
/// arithmetic (SWAR): no sum carries into the next byte, so each byte's answer is its own.
BOOST_FORCEINLINE std::uint64_t alnum_low7(std::uint64_t x) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, lows = ~(ones * 0x80);
    const auto at_least = [](std::uint64_t v, unsigned c) { return v + ones * (0x80 - c); };
    const std::uint64_t low7 = x & lows;
    const std::uint64_t folded = low7 | ones * 0x20; // upper case onto lower case
    const std::uint64_t letter = at_least(folded, 'a') & ~at_least(folded, 'z' + 1);
    const std::uint64_t digit = at_least(low7, '0') & ~at_least(low7, '9' + 1);
    return letter | digit;
}

/// Bit 7 of each of the eight bytes of `x` (little-endian order) that ends a lead or may: a
/// byte below 0x80 that is no ASCII letter or digit, and 0xC2 and 0xE2 (which end it when they
/// open a mark). Seven-bit arithmetic (SWAR): no sum carries into the next byte, so each byte's
/// answer is its own and the lowest bit set is the first candidate.
BOOST_FORCEINLINE std::uint64_t lead_stops(std::uint64_t x) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80, lows = ~highs;
    const std::uint64_t c2_e2 = (x & ones * 0xDF) ^ ones * 0xC2; // a zero byte for each
    const std::uint64_t opens_mark = ~(((c2_e2 & lows) + lows) | c2_e2);
    return (~(alnum_low7(x) | x) | opens_mark) & highs;
}

/// lead_stops where the bytes from 0x80 are left undecided: bit 7 of each byte that is no ASCII
/// letter or digit, every byte from 0x80 among them. Where the lowest is a byte below 0x80 it
/// is where the lead ends; a byte from 0x80 (a letter outside ASCII, a mark's first byte) sends
/// lead_at the long way. Most leads of English news are ASCII letters: fewer steps than
/// lead_stops for them.
///
/// alnum_low7's steps without its mask of the low seven bits: a sum over a byte from 0x80 may
/// carry into the bytes after it, but that byte is a stop itself (`| x`) and the lower one,
/// so the lowest stop is the same (the callers read no other) and two steps are saved in the
/// hottest hash of the tagger.
BOOST_FORCEINLINE std::uint64_t ascii_lead_stops(std::uint64_t x) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
    const auto at_least = [](std::uint64_t v, unsigned c) { return v + ones * (0x80 - c); };
    const std::uint64_t folded = x | ones * 0x20; // upper case onto lower case
    const std::uint64_t letter = at_least(folded, 'a') & ~at_least(folded, 'z' + 1);
    const std::uint64_t digit = at_least(x, '0') & ~at_least(x, '9' + 1);
    return (~(letter | digit) | x) & highs;
}

/// The byte of `x` (little-endian order) where ascii_lead_stops has its lowest stop, 8 where
/// it has none: the same test as SIMD compares where SSE2 is at hand (two range tests on
/// the eight bytes at once, each constant a memory operand, where the SWAR steps build six
/// sixty-four-bit constants in registers).
BOOST_FORCEINLINE unsigned ascii_stop_byte(std::uint64_t x) noexcept {
#ifdef COMMUNIQUE_BYTES16_SSE2
    // A byte b is in [lo, lo + n) where b + (0x80 - lo), read as signed, is below n - 0x80.
    const auto in_range = [](__m128i v, int lo, int n) {
        return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo))),
                              _mm_set1_epi8(static_cast<char>(n - 0x80)));
    };
    const __m128i v = _mm_set_epi64x(0, static_cast<long long>(x));
    const __m128i alnum = _mm_or_si128(in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26), in_range(v, '0', 10));
    return static_cast<unsigned>(boost::core::countr_zero(~static_cast<unsigned>(_mm_movemask_epi8(alnum)) | 0x100u));
#else
    const std::uint64_t stop = ascii_lead_stops(x);
    return stop ? static_cast<unsigned>(boost::core::countr_zero(stop)) / 8 : 8;
#endif
}

/// The key of a lead of `length` bytes: `h` holds its whole eight-byte chunks (0 or more,
/// mixed in by lead_chunk), `last` the bytes after them, the rest of that chunk zero. Lead
/// bytes are never zero, so `last` says how many there are; the length, added to the
/// product, keeps apart strings that bytes_key hashes whose last bytes are zero ("ab", "ab\0").
/// (Keys of different numbers of chunks, like any two keys, are apart by the hash alone.)
BOOST_FORCEINLINE std::uint64_t lead_hash(std::uint64_t h, std::uint64_t last, std::size_t length) noexcept {
    h = (h ^ last) * 0xFF51AFD7ED558CCDULL + length;
    // A product's high bits mix all of the bytes, its low bits only the low ones: turned to
    // the bottom, where key_map picks a slot and the grammar's word filter a bit. One
    // rotation, where a shift and an xor took three steps.
    return boost::core::rotr(h, 33) | 1; // never 0, the empty slot
}

constexpr std::uint64_t lead_seed = 0x9E3779B97F4A7C15ULL;

/// Mixes a whole eight-byte chunk of a lead into its hash.
BOOST_FORCEINLINE std::uint64_t lead_chunk(std::uint64_t h, std::uint64_t bytes) noexcept {
    h = (h ^ bytes) * 0xC2B2AE3D27D4EB4FULL;
    return h ^ (h >> 32);
}

/// lead_at where the usual way does not serve: within eight bytes of the text's end, or with
/// a byte from 0x80 before the first ASCII byte that ends the lead.
BOOST_NOINLINE inline word_lead lead_at_end(std::string_view text, std::size_t at) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::uint64_t h = lead_seed;
    for (std::size_t j = at;; j += 8) {
        std::uint64_t x = 0; // past the text's end: zero bytes, which end a lead
        if (j < n && n - j >= 8) {
            x = boost::endian::load_little_u64(p + j);
        } else if (j < n) {
            unsigned char tail[8] = {};
            std::memcpy(tail, p + j, n - j);
            x = boost::endian::load_little_u64(tail);
        }
        for (std::uint64_t stop = lead_stops(x); stop != 0; stop &= stop - 1) {
            const unsigned k = static_cast<unsigned>(boost::core::countr_zero(stop)) / 8;
            // 0xE2 ends the lead only where it opens a mark (0xE2 0x80 ..).
            if (((x >> (8 * k)) & 0xFF) == 0xE2 && !(j + k + 1 < n && p[j + k + 1] == 0x80)) continue;
            return {lead_hash(h, x & ((std::uint64_t{1} << (8 * k)) - 1), j + k - at), j + k - at};
        }
        h = lead_chunk(h, x);
    }
}

/// The lead at `at`, eight bytes at a time: the first byte that ends it is the lowest stop of
/// ascii_lead_stops where that is an ASCII byte; from a byte from 0x80 on, lead_at_end decides
/// (0xE2 ends a lead only before 0x80, 0xC2 always, other such bytes never). The key hashes
/// the lead's bytes and its length, so the same run has the same key wherever it stands. Most
/// leads end within their first eight bytes: one load, one mask, one multiplication.
BOOST_FORCEINLINE word_lead lead_at(std::string_view text, std::size_t at) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    if (at >= n || n - at < 8) return lead_at_end(text, at);
    // The bytes of a chunk before its lowest stop: (stop ^ (stop - 1)) sets the bits up to
    // that stop's bit (8 k + 7), and without the last eight of them, those of bytes 0..k-1.
    const auto before = [](std::uint64_t x, std::uint64_t stop) { return x & ((stop ^ (stop - 1)) >> 8); };
    // The first chunk on its own (most leads end in it): the seed is a constant there, the
    // length the stop's byte, and no bound is tested again.
    std::uint64_t x = boost::endian::load_little_u64(p + at);
    if (const unsigned k = ascii_stop_byte(x); k < 8) {
        if ((x >> (8 * k + 7)) & 1) return lead_at_end(text, at); // a byte from 0x80
        return {lead_hash(lead_seed, x & ((std::uint64_t{1} << (8 * k)) - 1), k), k};
    }
    std::uint64_t h = lead_chunk(lead_seed, x);
    for (std::size_t j = at + 8; n - j >= 8; j += 8) { // j <= n: up by eight from where eight were left
        x = boost::endian::load_little_u64(p + j);
        if (const std::uint64_t stop = ascii_lead_stops(x)) {
            const unsigned bit = static_cast<unsigned>(boost::core::countr_zero(stop));
            if ((x >> bit) & 1) break;
            const std::size_t length = j - at + bit / 8;
            return {lead_hash(h, before(x, stop), length), length};
        }
        h = lead_chunk(h, x);
    }
    return lead_at_end(text, at);
}

/// The first byte from `j` (before `end`) that lead_stops flags, else `end`: a scan over word
/// bytes that need no decision (letters, digits, other bytes from 0x80 but 0xC2 and 0xE2),
/// eight at a time.
inline std::size_t lead_bytes_end(std::string_view text, std::size_t j, std::size_t end) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    for (; j < end && text.size() - j >= 8; j += 8)
        if (const std::uint64_t stop = lead_stops(boost::endian::load_little_u64(p + j)))
            return std::min(j + static_cast<unsigned>(boost::core::countr_zero(stop)) / 8, end);
    while (j < end && is_lead_byte(p[j])) ++j;
    return std::min(j, end);
}

inline std::uint64_t lead_key(std::string_view text, std::size_t at) noexcept {
    return lead_at(text, at).key;
}

/// A hash table keyed by lead keys (never 0): open addressing, at most one slot in `Spread`
/// full. Most words of a text have no entry in the tagger's lead index, and a search that
/// fails walks to an empty slot: 2.5 slots on average at half full (linear probing), 1.4 at a
/// quarter.
///
/// With `FilterBits`, a bit set of 2^FilterBits bits beside the slots, one bit set for each
/// key put in: find turns a key away at a clear bit without reading a slot. A text's words
/// hash to slots all over the table, a cache line (and often a page) apart each; the bit set
/// is small enough to stay in the first-level cache. The bit is picked by the key's bits up to
/// bit 30, the ones lead_hash's product mixes from every byte (above them a lead's first three
/// bytes and its length alone decide: a filter by bits 40 and up let one word in five of the
/// bench corpus that has no key by), from the top of that range, above the bits that pick the
/// slot in a map of up to 2^(31 - FilterBits) slots. Keys are only ever added, so a bit is
/// never cleared.
template <typename Value, std::size_t Spread = 2, unsigned FilterBits = 0>
class key_map {
public:
    Value& operator[](std::uint64_t key) {
        if ((size_ + 1) * Spread > slots_.size()) grow();
        entry& e = probe(slots_, mask_, key);
        if (e.key == 0) {
            e.key = key;
            ++size_;
            if constexpr (FilterBits > 0) filter_[filter_bit(key) / 64] |= std::uint64_t{1} << filter_bit(key) % 64;
        }
        return e.value;
    }
    BOOST_FORCEINLINE const Value* find(std::uint64_t key) const noexcept {
        if constexpr (FilterBits > 0)
            if (!(filter_[filter_bit(key) / 64] >> filter_bit(key) % 64 & 1)) return nullptr;
        const entry& e = probe(slots_, mask_, key);
        return e.key == key ? &e.value : nullptr;
    }
    std::size_t size() const noexcept { return size_; }
    std::size_t capacity() const noexcept { return slots_.size(); }
    /// Room for `n` keys: the slots that growth would reach with `n` keys in, made at once,
    /// so the keys already in are placed once more and those to come never again.
    void reserve(std::size_t n) {
        std::size_t slots = slots_.size() < 64 ? 64 : slots_.size();
        while ((n + 1) * Spread > slots) slots *= 2;
        if (slots > slots_.size()) rehash(slots);
    }
    template <typename F> void for_each(F f) const {
        for (const entry& e : slots_)
            if (e.key != 0) f(e.key, e.value);
    }

private:
    struct entry {
        std::uint64_t key = 0;
        Value value{};
    };
    static_assert((sizeof(entry) & (sizeof(entry) - 1)) == 0 && sizeof(entry) >= 2,
                  "probe steps by byte offsets: an entry's size must be a power of two");
    static_assert(FilterBits == 0 || (FilterBits >= 6 && FilterBits <= 24), "a filter of whole words, not too big");
    static constexpr std::size_t filter_bit(std::uint64_t key) noexcept {
        return static_cast<std::size_t>(key >> (31 - FilterBits)) & ((std::size_t{1} << FilterBits) - 1);
    }
    std::vector<std::uint64_t> filter_ =
        std::vector<std::uint64_t>(FilterBits > 0 ? (std::size_t{1} << FilterBits) / 64 : 0);
    std::vector<entry> slots_ = std::vector<entry>(1); // never empty: find needs no test
    std::size_t mask_ = 0; ///< (slots_.size() - 1) * sizeof(entry): byte offsets of the slots
    std::size_t size_ = 0;

    /// The slot of `key`, or the empty slot where it would go. Keys are hashes already mixed
    /// (lead_hash, pair_key) whose bit 0 is always set: the bits above it pick the slot,
    /// slot (key >> 1) & (size - 1) and then the next ones. The walk goes by byte offsets
    /// (`mask` the last slot's): key * (sizeof(entry) / 2) puts bit 1 of the key on the
    /// offset's lowest bit of a slot, so the mask picks the same slot without a shift, and
    /// no step of the loop scales an index (a test pins the slots).
    template <typename Slots>
    BOOST_FORCEINLINE static auto& probe(Slots& slots, std::size_t mask, std::uint64_t key) noexcept {
        constexpr bool read_only = std::is_const_v<Slots>;
        using byte = std::conditional_t<read_only, const unsigned char, unsigned char>;
        using slot = std::conditional_t<read_only, const entry, entry>;
        byte* const base = reinterpret_cast<byte*>(slots.data());
        for (std::size_t at = static_cast<std::size_t>(key) * (sizeof(entry) / 2) & mask;;
             at = (at + sizeof(entry)) & mask) {
            slot& e = *reinterpret_cast<slot*>(base + at);
            if (e.key == 0 || e.key == key) return e;
        }
    }
    void grow() { rehash(slots_.size() < 64 ? 64 : slots_.size() * 2); }
    void rehash(std::size_t slots) {
        std::vector<entry> old = std::move(slots_);
        slots_.assign(slots, entry{});
        mask_ = (slots_.size() - 1) * sizeof(entry);
        for (const entry& e : old)
            if (e.key != 0) probe(slots_, mask_, e.key) = e;
    }
};

/// A key for all the bytes of `s` (lead_at's hashing, over a whole string).
inline std::uint64_t bytes_key(std::string_view s) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::uint64_t h = lead_seed;
    std::size_t j = 0;
    for (; s.size() - j >= 8; j += 8) h = lead_chunk(h, boost::endian::load_little_u64(p + j));
    unsigned char tail[8] = {};
    std::memcpy(tail, p + j, s.size() - j);
    return lead_hash(h, boost::endian::load_little_u64(tail), s.size());
}

/// Strings to indices, looked up by a string_view (no std::string is built to ask). Keys of
/// all the bytes lead to a chain of the strings with that key, compared in full.
class string_index {
public:
    /// Maps `s` to `value`; `replace` says whether a value already there gives way.
    void put(std::string_view s, std::uint32_t value, bool replace) {
        std::uint32_t& head = heads_[bytes_key(s)]; // 1 + index into items_, 0 for none
        for (std::uint32_t k = head; k != 0; k = items_[k - 1].next)
            if (items_[k - 1].text == s) {
                if (replace) items_[k - 1].value = value;
                return;
            }
        items_.push_back({std::string(s), value, head});
        head = static_cast<std::uint32_t>(items_.size());
    }
    const std::uint32_t* find(std::string_view s) const noexcept { return find(s, bytes_key(s)); }
    /// find with `s`'s key at hand (bytes_key(s)): where `s` is a whole lead, that lead's key.
    const std::uint32_t* find(std::string_view s, std::uint64_t key) const noexcept {
        const std::uint32_t* head = heads_.find(key);
        for (std::uint32_t k = head ? *head : 0; k != 0; k = items_[k - 1].next)
            if (items_[k - 1].text == s) return &items_[k - 1].value;
        return nullptr;
    }

private:
    struct item {
        std::string text;
        std::uint32_t value;
        std::uint32_t next; ///< the item before it with the same key (1 + index), or 0
    };
    std::vector<item> items_;
    key_map<std::uint32_t> heads_;
};

/// Whether no lead starts at `j`: the byte ends a lead at once (a space, a mark).
BOOST_FORCEINLINE bool lead_is_empty_at(std::string_view text, std::size_t j) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char c = p[j];
    return !is_word_byte(c) || c == 0xC2 || (c == 0xE2 && j + 1 < text.size() && p[j + 1] == 0x80);
}

/// A run and where it starts.
struct run_at {
    std::size_t at = 0;
    word_lead lead{0, 0};
};

/// The second run of a phrase or of the text at a word: the lead after the one that ends at
/// `lead_end`, past at most a few separating bytes (" ", ". ", "’"). Its key is 0 when there
/// is none within reach. `end` is where the lead found may reach: the phrase's end when a table
/// is built, the text's end when it is read.
BOOST_FORCEINLINE run_at second_run(std::string_view text, std::size_t lead_end) noexcept {
    constexpr std::size_t reach = 8;
    std::size_t j = lead_end;
    // The usual gap first: one space, then an ASCII letter or digit, which starts a lead.
    if (j + 1 < text.size() && text[j] == ' ') {
        const unsigned char c = static_cast<unsigned char>(text[j + 1]);
        if (c < 0x80 && is_word_byte(c)) return {j + 1, lead_at(text, j + 1)};
    }
    while (j < text.size() && j - lead_end < reach && lead_is_empty_at(text, j)) ++j;
    if (j >= text.size() || j - lead_end >= reach) return {j, {0, 0}};
    return {j, lead_at(text, j)};
}

inline word_lead second_lead(std::string_view text, std::size_t lead_end) noexcept {
    return second_run(text, lead_end).lead;
}

/// The first two runs of a phrase (second_lead's key 0 when it has no second one).
struct phrase_leads {
    word_lead first;
    word_lead second;
};

/// lead_at(phrase, 0) and second_lead after it, read from a copy of the phrase with eight zero
/// bytes after it: a zero byte ends a lead as the end of the text does, and lead_at no longer
/// hands a lead that ends within eight bytes of the end to lead_at_end, which built most keys
/// of short phrases and the second runs of longer ones. The same keys (a test compares them);
/// a phrase too long for the copy is read where it is.
inline phrase_leads phrase_leads_of(std::string_view phrase) noexcept {
    constexpr std::size_t room = 56;
    char padded[room + 8] = {};
    std::string_view text = phrase;
    if (phrase.size() <= room) {
        if (!phrase.empty()) std::memcpy(padded, phrase.data(), phrase.size());
        text = std::string_view(padded, phrase.size() + 8);
    }
    const word_lead first = lead_at(text, 0);
    return {first, second_lead(text, first.length)};
}

/// Combines the keys of a phrase's first two runs (never 0, the empty slot).
inline std::uint64_t pair_key(std::uint64_t first, std::uint64_t second) noexcept {
    return ((first * 0x9E3779B97F4A7C15ull) ^ second) | 1;
}

/// X3's ternary search tree (the same nodes, the same add and find) with its nodes and values
/// taken from blocks of a few hundred instead of one `new` each: the built-in lexicon alone
/// makes some hundred thousand nodes, and a call to malloc for each was most of the cost of
/// building it. A tree is never shrunk (remove keeps its nodes until the tree goes), and it
/// goes all at once.
template <typename Char, typename T>
class pooled_tst {
public:
    using char_type = Char;
    using value_type = T;
    using node = x3::detail::tst_node<Char, T>;

    pooled_tst() = default;
    // In the body, not the initialiser list: the clone is made in this tree's pools, which
    // must be constructed first.
    pooled_tst(const pooled_tst& rhs) { root_ = node::clone_node(rhs.root_, this); }
    pooled_tst& operator=(const pooled_tst& rhs) {
        if (this != &rhs) {
            clear();
            root_ = node::clone_node(rhs.root_, this);
        }
        return *this;
    }
    ~pooled_tst() = default; // the pools free every node and value

    template <typename Iterator, typename CaseCompare>
    T* find(Iterator& first, Iterator last, CaseCompare compare) const {
        return node::find(root_, first, last, compare);
    }
    template <typename Iterator>
    T* add(Iterator first, Iterator last, typename boost::call_traits<T>::param_type value) {
        return insert(root_, first, last, value);
    }
    /// add, begun at `top`: first_node(*first) of this tree, not null. The same walk and the
    /// same nodes made as from the root, which would reach `top` first.
    template <typename Iterator>
    T* add_below(const node* top, Iterator first, Iterator last, typename boost::call_traits<T>::param_type value) {
        node* start = const_cast<node*>(top); // one of this tree's own nodes
        return insert(start, first, last, value);
    }
    template <typename Iterator>
    void remove(Iterator first, Iterator last) {
        node::remove(root_, first, last, this);
    }
    void clear() {
        root_ = nullptr;
        nodes_.clear();
        values_.clear();
    }
    template <typename F>
    void for_each(F f) const {
        node::for_each(root_, std::basic_string<Char>(), f);
    }
    /// The tree's root node (null while it is empty), for a reader that walks the tree itself.
    const node* root() const noexcept { return root_; }
    /// How many nodes the tree holds.
    std::size_t size() const noexcept { return nodes_.size(); }
    /// The node of the top level for the first byte `c` (null when no string starts with it):
    /// nodes stay where they are made, so a caller may keep it while the tree only grows.
    const node* first_node(Char c) const noexcept {
        const node* p = root_;
        while (p && p->id != c) p = c < p->id ? p->lt : p->gt;
        return p;
    }

private:
    /// X3's tst_node::add from `start`, the same nodes in the same places (a test compares the
    /// trees node by node), in fewer steps: a byte is read once for its walk along lt and gt,
    /// and where a node is made the rest of the string is a chain of new nodes down eq, made
    /// without a comparison each. Most bytes of a lexicon's phrases end up in such chains.
    template <typename Iterator>
    T* insert(node*& start, Iterator first, Iterator last, typename boost::call_traits<T>::param_type value) {
        if (first == last) return nullptr;
        node** pp = &start;
        for (;;) {
            const Char c = *first;
            node* p = *pp;
            while (p && p->id != c) {
                pp = c < p->id ? &p->lt : &p->gt;
                p = *pp;
            }
            if (!p) {
                p = *pp = new_node(c);
                while (++first != last) p = p->eq = new_node(*first);
                return p->data = new_data(value);
            }
            if (++first == last) {
                if (!p->data) p->data = new_data(value);
                return p->data;
            }
            pp = &p->eq;
        }
    }

    friend node; // add, remove and clone_node allocate through these
    node* new_node(Char id) { return nodes_.make(id); }
    T* new_data(typename boost::call_traits<T>::param_type value) { return values_.make(value); }
    void delete_node(node*) noexcept {}
    void delete_data(T*) noexcept {}

    /// Objects made in place in blocks, all destroyed with the pool. Trivially destructible
    /// types only (tst nodes and plain values): no destructor is run for each.
    template <typename U>
    class pool {
        static_assert(std::is_trivially_destructible_v<U>);
        static constexpr std::size_t block_size = 256;
        struct alignas(U) slot {
            unsigned char bytes[sizeof(U)];
        };
        std::vector<std::unique_ptr<slot[]>> blocks_;
        slot* next_ = nullptr; ///< the next free slot of the last block
        slot* end_ = nullptr;  ///< the end of the last block

    public:
        template <typename... Args>
        U* make(Args&&... args) {
            if (next_ == end_) {
                blocks_.emplace_back(new slot[block_size]);
                next_ = blocks_.back().get();
                end_ = next_ + block_size;
            }
            return new ((next_++)->bytes) U(std::forward<Args>(args)...);
        }
        void clear() noexcept {
            blocks_.clear();
            next_ = end_ = nullptr;
        }
        std::size_t size() const noexcept {
            return blocks_.size() * block_size - static_cast<std::size_t>(end_ - next_);
        }
    };

    node* root_ = nullptr;
    pool<node> nodes_;
    pool<T> values_;
};

/// The tries of a lexicon: x3::symbols over a pooled_tst.
using phrase_symbols = x3::symbols_parser<boost::spirit::char_encoding::standard, std::uint32_t,
                                          pooled_tst<char, std::uint32_t>>;

/// Whether `it` starts an apostrophe: ' or ’ (U+2019).
inline bool at_apostrophe(const char* it, const char* last) noexcept {
    if (*it == '\'') return true;
    return last - it >= 3 && static_cast<unsigned char>(it[0]) == 0xE2 &&
           static_cast<unsigned char>(it[1]) == 0x80 && static_cast<unsigned char>(it[2]) == 0x99;
}

/// Whether `it` starts an apostrophe or a mark of Unicode's General Punctuation block (U+2000 to
/// U+203F: curly quotation marks and apostrophes, dashes, the ellipsis), whose first byte is a
/// word byte of UTF-8: a phrase may end before it ("expressed its “full solidarity”").
inline bool at_general_punctuation(const char* it, const char* last) noexcept {
    if (*it == '\'') return true;
    return last - it >= 3 && static_cast<unsigned char>(it[0]) == 0xE2 && static_cast<unsigned char>(it[1]) == 0x80;
}

/// Whether a phrase found from `first` to `it` ends on a word boundary of [first, last): a
/// phrase ending in a letter must not continue into a longer word ("said" in "saidx"); a
/// possessive ’s or 's may follow ("Russia’s").
BOOST_FORCEINLINE bool ends_a_word(const char* it, const char* last) noexcept {
    return it == last || !is_word_byte(static_cast<unsigned char>(it[-1])) ||
           !is_word_byte(static_cast<unsigned char>(*it)) || at_general_punctuation(it, last);
}

/// Longest phrase of `table` that starts at `at` and ends on a word boundary. Kept out of line:
/// the trie walk is long and rare (the lead keys filter first), its callers short and hot.
BOOST_NOINLINE inline std::optional<phrase_match> match_phrase(const phrase_symbols& table,
                                                std::string_view text, std::size_t at) {
    if (at >= text.size()) return std::nullopt;
    const char* first = text.data() + at;
    const char* const last = text.data() + text.size();
    const char* it = first;
    std::uint32_t value = 0;
    if (!x3::parse(it, last, table, value)) return std::nullopt;
    if (!ends_a_word(it, last)) return std::nullopt;
    return phrase_match{static_cast<std::size_t>(it - first), value};
}

/// An x3::symbols trie with the lead keys of its phrases: most words of a text start no
/// phrase of a given table, and one hash probe says so before the trie is walked. Where every
/// phrase with a lead has a second run ("the Kremlin", "is ready to"), the keys of the first
/// two runs together say whether the trie can match: "the" and "is" start thousands of words
/// of news and a phrase of the table at few of them.
struct phrase_table {
    phrase_symbols symbols;
    /// Lead keys: `alone` when some phrase with that lead has no second run inside it (the
    /// trie is walked whatever follows), else `paired` (look up `pairs` first).
    key_map<std::uint8_t> leads;
    key_map<bool> pairs;
    static constexpr std::uint8_t paired = 1, alone = 2;

private:
    using node = pooled_tst<char, std::uint32_t>::node;
    /// The trie's top-level node of each first byte of a phrase added by `at`: nodes are
    /// never moved, and never removed from a table that is only added to. A copy shares the
    /// trie (x3::symbols holds it by shared_ptr), so the pointers stay good in it too.
    const node* starts_[256] = {};
    frozen_trie frozen_; ///< the trie's read-only copy, once frozen (empty before)

public:

    std::uint32_t& at(std::string_view key) {
        frozen_.clear(); // the trie changes: lookups walk it until it is frozen again
        const phrase_leads runs = phrase_leads_of(key);
        if (runs.second.key == 0) {
            leads[runs.first.key] |= alone;
        } else {
            leads[runs.first.key] |= paired;
            pairs[pair_key(runs.first.key, runs.second.key)] = true;
        }
        if (key.empty()) return symbols.at(key);
        const node*& top = starts_[static_cast<unsigned char>(key[0])];
        // From the node of the first byte, where there is one: the walk down the top level to
        // it was part of every add.
        if (top) return *symbols.lookup->add_below(top, key.begin(), key.end(), 0);
        std::uint32_t& value = symbols.at(key);
        top = symbols.lookup->first_node(key[0]);
        return value;
    }
    const std::uint32_t* find(const std::string& key) const { return symbols.find(key); }

    /// Makes the read-only copy of the trie that `longest` walks (frozen_trie.hpp says why),
    /// once the lexicon is built; any later `at` drops it. Phrases added to `symbols` directly
    /// after this are not seen by `longest` until it is called again.
    void freeze() { frozen_.assign(symbols.lookup->root(), symbols.lookup->size()); }

    /// match_phrase(symbols, text, at), the same walk of the same trie, begun at the node of
    /// the first byte: the top level of the trie holds a node for each first byte of its
    /// phrases (some fifty in a table of words in two cases), and a walk spent a good part of
    /// its steps finding its own among them. A first byte no phrase of `at` began with takes
    /// the whole walk (a phrase added to `symbols` directly may start with it).
    std::optional<phrase_match> longest(std::string_view text, std::size_t at) const {
        if (at >= text.size()) return std::nullopt;
        const char* const first = text.data() + at;
        const char* const last = text.data() + text.size();
        if (!frozen_.empty()) {
            const frozen_trie::match m = frozen_.longest_prefix(first, last);
            if (!m.found || !ends_a_word(m.end, last)) return std::nullopt;
            return phrase_match{static_cast<std::size_t>(m.end - first), m.value};
        }
        const node* p = starts_[static_cast<unsigned char>(*first)];
        if (!p) return match_phrase(symbols, text, at);
        // x3's tst find from here (the node's byte is the first one's): the last node on the
        // way that holds a value is the longest phrase. Each byte matched, then the next one's
        // node searched for among its siblings in a loop of its own.
        const std::uint32_t* found = nullptr;
        const char* found_end = first;
        for (const char* i = first;;) {
            if (p->data) {
                found = p->data;
                found_end = i + 1;
            }
            p = p->eq;
            if (!p || ++i == last) break;
            const char c = *i;
            while (c != p->id) {
                p = c < p->id ? p->lt : p->gt;
                if (!p) break;
            }
            if (!p) break;
        }
        if (!found || !ends_a_word(found_end, last)) return std::nullopt;
        return phrase_match{static_cast<std::size_t>(found_end - first), *found};
    }

    /// Whether a phrase of the table may start at `at` of `text`, whose lead there is `lead`.
    /// Never false where the trie would match: a match means the text holds the phrase's
    /// bytes, so its first two runs are the phrase's (a match ends on a word boundary).
    bool may_start(std::string_view text, std::size_t at, word_lead lead) const noexcept {
        const std::uint8_t* kinds = leads.find(lead.key);
        if (!kinds) return false;
        if (*kinds & alone) return true;
        const word_lead second = second_lead(text, at + lead.length);
        return second.key != 0 && pairs.find(pair_key(lead.key, second.key)) != nullptr;
    }
};

/// The continuation of a cue written with a gap ("expressed * concern about"): the phrases
/// that may follow the gap word, each to its cue entry.
struct gap_rule {
    phrase_symbols tails;

    std::uint32_t& at(const std::string& tail) {
        if (tail.size() < 2) {
            short_tail_ = true;
        } else {
            const unsigned bit = pair_bit(static_cast<unsigned char>(tail[0]), static_cast<unsigned char>(tail[1]));
            starts_[bit / 64] |= std::uint64_t{1} << (bit % 64);
        }
        return tails.at(tail);
    }
    /// Whether a tail may start at `at` of `text`: never false where the trie would match (a
    /// match means the text holds the tail's bytes, its first two among them). The tagger tries
    /// a tail after each of up to three words, and most of those words start none.
    bool may_start(std::string_view text, std::size_t at) const noexcept {
        if (short_tail_ || text.size() - at < 2) return true;
        const unsigned bit = pair_bit(static_cast<unsigned char>(text[at]), static_cast<unsigned char>(text[at + 1]));
        return (starts_[bit / 64] >> (bit % 64)) & 1;
    }

private:
    /// One bit of 1024 for the first two bytes of a tail.
    static constexpr unsigned pair_bit(unsigned char a, unsigned char b) noexcept {
        return ((a * 37u) ^ b) & 1023u;
    }
    std::uint64_t starts_[16] = {};
    bool short_tail_ = false;
};

/// The tables a lead key starts a phrase in, one bit each: the tagger probes this once per
/// word instead of each table's own set.
namespace in_table {
constexpr std::uint8_t cues = 1, gap_heads = 2, actors = 4, titles = 8, demonyms = 16, topics = 32;
}

struct lexicon_tables {
    lexicon_entries entries;
    phrase_table actors;    // case as written: proper names
    phrase_table demonyms;  // case as written, with ’ and ' both
    phrase_table titles;    // lower case, Capitalised and Title Case
    phrase_table cues;      // lower case and Capitalised
    phrase_table gap_heads; // cue phrases before a `*` -> index into gap_rules
    std::vector<gap_rule> gap_rules;
    phrase_table topics;    // as written, lower case and Capitalised
    topic_starts topic_heads; ///< the first bytes of `topics`' phrases (topics_in's filter)
    /// Every table's lead keys, built last: the in_table bits of the tables with a phrase
    /// that starts with that lead, and of those where such a phrase may be the lead alone.
    struct lead_tables {
        std::uint8_t any = 0;
        std::uint8_t alone = 0;
        /// The word of the grammar (words.hpp) with this lead key: 1 + its slot in
        /// grammar_words, grammar_words::shared for more than one, 0 for none.
        std::uint16_t word = 0;
    };
    /// At most one slot in two full, each map with a filter of 64K bits (8 KB): the tagger
    /// probes `leads` once a word, and most words of a text have no key here. The filter turns
    /// nearly all of those away (the built-in lexicon's few thousand keys set one bit in
    /// twenty: one word in twenty-two of the bench corpus that has no key gets past it), and
    /// the slots, 128 KB a map, stay in the second-level cache. When the maps were one slot in
    /// eight full without a filter (half a megabyte each, a first slot nearly always the
    /// answer), each word's probe was a cache miss somewhere in that half megabyte: the command
    /// took 8% longer over the bench corpus (tests/bench/compare-builds.sh). cachegrind's
    /// simulation, whose caches do not miss as this machine's do, counted the other way. One
    /// slot in one or in four full took 2% longer than in two.
    key_map<lead_tables, 2, 16> leads;
    key_map<std::uint8_t, 2, 16> pairs; ///< every table's pair keys to in_table bits (as `leads`)

    /// The in_table bits of the tables with a phrase whose lead has this key.
    BOOST_FORCEINLINE std::uint8_t tables_with(std::uint64_t key) const noexcept {
        const lead_tables* bits = leads.find(key);
        return bits ? bits->any : 0;
    }
    /// The in_table bits of the tables that may have a phrase at `at` of `text`, whose lead
    /// there is `lead`: two probes for all tables (phrase_table::may_start for one). Only the
    /// tables of `mask` are asked about: where none of them pairs the lead with a second run,
    /// that run is not read. Where it is read, it is left in `*second` (the tagger's next word
    /// often starts there).
    BOOST_FORCEINLINE std::uint8_t tables_at(std::string_view text, std::size_t at, word_lead lead,
                                             run_at* second = nullptr, std::uint8_t mask = 0xFF) const noexcept {
        return tables_at(text, at, lead, leads.find(lead.key), second, mask);
    }
    /// The same with the lead's entry in `leads` found already (`bits`, null when it has none).
    BOOST_FORCEINLINE std::uint8_t tables_at(std::string_view text, std::size_t at, word_lead lead,
                                             const lead_tables* bits, run_at* second,
                                             std::uint8_t mask) const noexcept {
        if (!bits) return 0;
        const std::uint8_t any = bits->any & mask, alone = bits->alone & mask;
        if (any == alone) return any;
        const run_at next = second_run(text, at + lead.length);
        if (second) *second = next;
        const std::uint8_t* paired = next.lead.key ? pairs.find(pair_key(lead.key, next.lead.key)) : nullptr;
        return static_cast<std::uint8_t>(alone | (paired ? *paired & any : 0));
    }
    /// Persons by surname ("Lavrov" -> Sergei Lavrov), so that "Mr. Lavrov" finds him.
    string_index person_by_last_name;
    /// The state of a country code ("RUS" -> Russia).
    string_index state_by_country;
    /// Given names ("Maria") -> index into entries.given_names.
    string_index given_names;
};


/// Length of a possessive "’s" or "'s" at `i`, else 0.
inline std::size_t possessive_at(std::string_view text, std::size_t i) noexcept {
    if (i + 1 < text.size() && text[i] == '\'' && text[i + 1] == 's') return 2;
    if (i + 3 < text.size() && at_apostrophe(text.data() + i, text.data() + text.size()) &&
        text[i + 3] == 's')
        return 4;
    return 0;
}

/// Where the word [begin, end) of `text` ends before a possessive "’s" or "'s" at its end,
/// which leaves at least one byte of the word ("Ban Ki-moon’s" -> "Ban Ki-moon"); `end`
/// where it has none. (Both forms end in an s: most words are not asked.)
inline std::size_t end_before_possessive(std::string_view text, std::size_t begin, std::size_t end) noexcept {
    if (end <= begin || text[end - 1] != 's') return end;
    if (end > begin + 4 && possessive_at(text, end - 4) == 4) return end - 4;
    if (end > begin + 2 && possessive_at(text, end - 2) == 2) return end - 2;
    return end;
}

/// The same with the lead key of the word at `at` already computed (`lead_key(text, at)`).
inline std::optional<phrase_match> match_phrase(const phrase_table& table, std::string_view text,
                                                std::size_t at, word_lead lead) {
    if (at >= text.size() || !table.may_start(text, at, lead)) return std::nullopt;
    return table.longest(text, at);
}

inline std::optional<phrase_match> match_phrase(const phrase_table& table, std::string_view text,
                                                std::size_t at) {
    if (at >= text.size()) return std::nullopt;
    return match_phrase(table, text, at, lead_at(text, at));
}

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
