// The tagger: turns one sentence into units (words, lexicon phrases, marks), each with one
// tag character for the attribution grammar (grammar/attribution/ast.hpp lists the tags).
// Actor mentions are assembled here from the lexicon and from the shape of names: a title
// followed by capitalised words ("Foreign Minister Sergei Lavrov"), "Mr./Ms. X", a demonym or
// state before a title ("Russian Foreign Minister ...", "US Secretary of State ...").
#ifndef COMMUNIQUE_DETAIL_TAGGING_HPP
#define COMMUNIQUE_DETAIL_TAGGING_HPP

#include <communique/detail/lexicon_tables.hpp>
#include <communique/detail/words.hpp>
#include <communique/types.hpp>

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

/// Whom a description means (reference::title and pair: "the minister", "the President of
/// Russia", "the two presidents"): its strings are kept in the lexicon or static storage.
struct description {
    std::string_view role;    ///< the role ("minister")
    std::string_view country; ///< for a role of a country ("the President of Russia")
};

/// One unit: 32 bytes. A description's two strings are kept beside the units (few units are
/// descriptions), so that each word's unit written and zeroed is half of what it was.
struct unit {
    span where;
    char tag = 'w';
    reference ref = reference::none;
    std::int32_t actor = -1;       ///< index into tagged_sentence::actors for N units
    std::int32_t cue = -1;         ///< index into the lexicon's cues for S/V/J/M/R/O units
    std::int32_t description = -1; ///< index into tagged_sentence::descriptions, -1 for none
};

/// The units of a sentence: the part of std::vector's interface the engine and the tests use,
/// with an append written in place. std::vector's emplace_back stayed out of line, a call and
/// its own checks for each unit of every sentence; here the check for room is one compare the
/// tagger never fails (it reserves a bound first) and growth is out of line. A unit is
/// trivially copyable, so the buffer copies and moves it by its bytes.
class unit_buffer {
public:
    using value_type = unit;
    using size_type = std::size_t;
    using iterator = unit*;
    using const_iterator = const unit*;

    unit_buffer() = default;
    unit_buffer(const unit_buffer& other) { assign(other); }
    unit_buffer(unit_buffer&& other) noexcept { swap(other); }
    unit_buffer& operator=(const unit_buffer& other) {
        if (this != &other) {
            clear();
            assign(other);
        }
        return *this;
    }
    unit_buffer& operator=(unit_buffer&& other) noexcept {
        swap(other);
        return *this;
    }
    ~unit_buffer() { std::allocator<unit>().deallocate(data_, capacity_); }

    std::size_t size() const noexcept { return size_; }
    std::size_t capacity() const noexcept { return capacity_; }
    bool empty() const noexcept { return size_ == 0; }
    unit* data() noexcept { return data_; }
    const unit* data() const noexcept { return data_; }
    unit* begin() noexcept { return data_; }
    unit* end() noexcept { return data_ + size_; }
    const unit* begin() const noexcept { return data_; }
    const unit* end() const noexcept { return data_ + size_; }
    unit& operator[](std::size_t k) noexcept { return data_[k]; }
    const unit& operator[](std::size_t k) const noexcept { return data_[k]; }
    unit& front() noexcept { return data_[0]; }
    const unit& front() const noexcept { return data_[0]; }
    unit& back() noexcept { return data_[size_ - 1]; }
    const unit& back() const noexcept { return data_[size_ - 1]; }

    void clear() noexcept { size_ = 0; }
    void reserve(std::size_t n) {
        if (n > capacity_) reallocate(n);
    }
    /// A fresh unit at the end (as std::vector's emplace_back()).
    BOOST_FORCEINLINE unit& emplace_back() {
        if (BOOST_UNLIKELY(size_ == capacity_)) grow();
        return *::new (static_cast<void*>(data_ + size_++)) unit();
    }
    /// A unit of `where` and `tag`, the rest as a fresh unit's: built whole, its constant half
    /// is a few wide stores, where a fresh unit's fields written and then two of them
    /// overwritten were a store each.
    BOOST_FORCEINLINE unit& emplace_back(span where, char tag) {
        if (BOOST_UNLIKELY(size_ == capacity_)) grow();
        return *::new (static_cast<void*>(data_ + size_++)) unit{where, tag};
    }
    void push_back(const unit& u) { emplace_back() = u; }
    unit* erase(const unit* at) { return erase(at, at + 1); }
    unit* erase(const unit* first, const unit* last) {
        unit* const to = data_ + (first - data_);
        const std::size_t after = static_cast<std::size_t>(end() - last);
        if (first != last && after != 0) std::memmove(static_cast<void*>(to), last, after * sizeof(unit));
        size_ -= static_cast<std::size_t>(last - first);
        return to;
    }
    void swap(unit_buffer& other) noexcept {
        std::swap(data_, other.data_);
        std::swap(size_, other.size_);
        std::swap(capacity_, other.capacity_);
    }

private:
    static_assert(std::is_trivially_copyable_v<unit> && std::is_trivially_destructible_v<unit>,
                  "units are copied and moved by their bytes");
    unit* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;

    void assign(const unit_buffer& other) {
        reserve(other.size_);
        if (other.size_ != 0) std::memcpy(static_cast<void*>(data_), other.data_, other.size_ * sizeof(unit));
        size_ = other.size_;
    }
    BOOST_NOINLINE void grow() { reallocate(capacity_ < 8 ? 16 : capacity_ * 2); }
    void reallocate(std::size_t n) {
        unit* const fresh = std::allocator<unit>().allocate(n);
        if (size_ != 0) std::memcpy(static_cast<void*>(fresh), data_, size_ * sizeof(unit));
        std::allocator<unit>().deallocate(data_, capacity_);
        data_ = fresh;
        capacity_ = n;
    }
};

struct tagged_sentence {
    unit_buffer units;
    std::string tags; ///< one character per unit
    std::vector<actor> actors;
    std::vector<description> descriptions; ///< the units' descriptions (unit::description)
    std::size_t surnames = 0; ///< units of a person named by a surname alone (reference::surname)
    bool calls = false;       ///< a "called", "calls" or "calling" that no cue phrase took (naming_call)
    bool its = false;         ///< an "its" or "their" as a plain word (sentence_rules::body_of_its_state)
    bool hereinafter = false; ///< a "hereinafter" (engine::note_parties_defined)
    bool knights = false;     ///< a name the lexicon does not know opening with "Sir " or "Dame " (name_knights)

    /// The description of `u`, a unit of this sentence: no role and no country for none.
    description described(const unit& u) const {
        return u.description < 0 ? description{} : descriptions[static_cast<std::size_t>(u.description)];
    }
    /// Gives `u`, a unit of this sentence, the description of `role` and `country` (none
    /// where both are empty, as described() reads it).
    void describe(unit& u, std::string_view role, std::string_view country) {
        if (role.empty() && country.empty()) return;
        u.description = static_cast<std::int32_t>(descriptions.size());
        descriptions.push_back({role, country});
    }
};

/// Units [first, last] of `ts` become one: unit `from` among them (the actor or description)
/// over the span of all of them, tagged `tag`.
inline void merge_units(tagged_sentence& ts, std::size_t first, std::size_t last, std::size_t from, char tag) {
    unit merged = ts.units[from];
    merged.where = {ts.units[first].where.begin, ts.units[last].where.end};
    merged.tag = tag;
    ts.units[first] = merged;
    ts.tags[first] = tag;
    ts.units.erase(ts.units.begin() + static_cast<std::ptrdiff_t>(first + 1),
                   ts.units.begin() + static_cast<std::ptrdiff_t>(last + 1));
    ts.tags.erase(first + 1, last - first);
}

/// Unit `i` made a named actor (tag N) of `kind` and `name`, after tagging: a name the
/// lexicon did not know that a rule has read ("according to the International Organization
/// for Migration", "Minister for Trade Don Farrell"). Returns the actor, to be filled further.
inline actor& name_unit(tagged_sentence& ts, std::size_t i, actor_kind kind, std::string_view name) {
    actor& a = ts.actors.emplace_back();
    a.kind = kind;
    a.name = std::string(name);
    ts.units[i].actor = static_cast<std::int32_t>(ts.actors.size() - 1);
    ts.tags[i] = ts.units[i].tag = 'N';
    return a;
}

/// Whether the tag `t` is one of `set` ("NCPWD"): a few compares the compiler unrolls, where
/// string_view::find would call memchr for every unit of every sentence.
template <std::size_t N> constexpr bool is_tag_in(const char (&set)[N], char t) noexcept {
    for (std::size_t k = 0; k + 1 < N; ++k)
        if (set[k] == t) return true;
    return false;
}

/// Whether the units before unit `k` end in "for" after a spokesperson ("a spokesman for the
/// ministry", "The spokesperson for the Secretary-General"): a name in apposition to what
/// follows names the spokesperson, not the one spoken for ("..., Stephane Dujarric, said").
inline bool after_spokesperson_for(const unit* units, std::size_t k, std::string_view text) {
    if (k < 2 || !spelled(units[k - 1].where.in(text), "for")) return false;
    const std::string_view head = units[k - 2].where.in(text);
    return is_spokesperson(head.substr(head.rfind(' ') + 1));
}

/// The tables the tagger looks up: a lead that starts only a topic is nothing to it.
constexpr std::uint8_t cue_tables = in_table::cues | in_table::gap_heads;
constexpr std::uint8_t tagged_tables = cue_tables | in_table::actors | in_table::titles | in_table::demonyms;

class tagger {
public:
    explicit tagger(const lexicon_tables& tables) : t_(tables) {}

    /// The state whose country code is `country` ("RUS": Russia), as the lexicon has it.
    std::optional<actor> state_of(std::string_view country) const {
        const std::uint32_t* st = country.empty() ? nullptr : t_.state_by_country.find(country);
        if (!st) return std::nullopt;
        std::optional<actor> a(std::in_place);
        assign_entry(*a, *st);
        return a;
    }

    /// The intergovernmental body a person's mention names among its words ("EU foreign
    /// policy chief Josep Borrell": the European Union), as the lexicon has it; none for none.
    std::optional<actor> body_named_in(std::string_view words) const {
        for (std::size_t at = 0; at < words.size(); at = words.find(' ', at) + 1) {
            if (const auto m = match_phrase(t_.actors, words, at);
                m && (at + m->length == words.size() || words[at + m->length] == ' ')) {
                const auto& entry = t_.entries.actors[m->index];
                if (entry.kind == actor_kind::organization && entry.country == "IGO") {
                    std::optional<actor> a(std::in_place);
                    assign_entry(*a, m->index);
                    return a;
                }
            }
            if (words.find(' ', at) == std::string_view::npos) break;
        }
        return std::nullopt;
    }

    /// Tags the bytes [s.begin, s.end) of `text`. `quote_marks` says, for a quote mark at a
    /// byte offset, whether the structure pass found it opening ('q') or closing ('Q').
    /// `cue_text` is `text` or a view of it with the same offsets in which cue words are
    /// easier to find (headlines in Title Case or capitals are matched lower-cased).
    template <typename QuoteKind>
    tagged_sentence tag(std::string_view text, span s, const QuoteKind& quote_kind,
                        std::string_view cue_text = {}) const {
        tagged_sentence out;
        tag_into(out, text, s, quote_kind, cue_text);
        return out;
    }

    /// The same into `out`, whose buffers are reused: an engine tags sentence after sentence
    /// without allocating once its buffers have grown.
    template <typename QuoteKind>
    void tag_into(tagged_sentence& out, std::string_view text, span s, const QuoteKind& quote_kind,
                  std::string_view cue_text = {}) const {
        tag_until(out, text, s, quote_kind, [](const tagged_sentence&) { return false; }, cue_text);
    }

    /// tag_into that stops once `done(out)` holds, asked after each unit: `out` then holds the
    /// units tag_into gives up to there, with their final tags (a unit's tag is settled when
    /// it is pushed; mark_oblique changes only the unit just pushed). For a caller that looks
    /// for the first unit of some kind, as the engine does for a first-person cue in a
    /// quotation, and needs none after it.
    template <typename QuoteKind, typename Done>
    void tag_until(tagged_sentence& out, std::string_view text, span s, const QuoteKind& quote_kind,
                   const Done& done, std::string_view cue_text = {}) const {
        if (cue_text.size() != text.size()) cue_text = text;
        out.units.clear();
        out.tags.clear();
        out.actors.clear();
        out.descriptions.clear();
        out.surnames = 0;
        out.calls = false;
        out.its = false;
        out.hereinafter = false;
        out.knights = false;
        std::size_t i = s.begin;
        const std::size_t end = std::min(s.end, text.size());
        // About one unit per five bytes of prose: one allocation per sentence, not a dozen; and
        // room for a long sentence from the first (most are under 64 units), so that the
        // buffer an engine reuses is not grown again sentence after sentence.
        // (Asked inline: the buffer an engine reuses has room most often, and reserve is a call.)
        if (const std::size_t room = std::max<std::size_t>((end > i ? end - i : 0) / 5 + 4, 64); out.units.capacity() < room)
            out.units.reserve(room);
        // The run after the last word's lead where a pair probe read it: most often the next
        // word, whose lead is then at hand.
        run_at ahead;
        bool sentence_start = true;
        while (i < end) {
            const unsigned char c = static_cast<unsigned char>(text[i]);
            // One byte in six of prose is a plain space: stepped over before anything is asked.
            if (c == ' ') {
                ++i;
                continue;
            }
            // An ASCII letter or digit starts a word; other bytes may be a space or a mark.
            if (c >= 0x80 || !is_word_byte(c)) {
                if (is_space_at(text, i)) {
                    i += space_length(text, i);
                    continue;
                }
                std::size_t len = 1;
                const char mark = mark_at(text, i, len);
                if (mark == 'o' || mark == 'c' || c == '"') {
                    const char q = quote_kind(i, mark == 'o' ? 'q' : mark == 'c' ? 'Q' : '"');
                    push(out, {i, i + len}, q);
                    sentence_start = sentence_start || q == 'q';
                    i += len;
                    if (done(out)) break;
                    continue;
                }
                if (mark == '-' || mark == '.' || c < 0x80 || mark == '\'') {
                    char tag = 'x';
                    // (A comma between digits groups them: "3,000 people" is no list or clause.)
                    if (c == ',' && i > 0 && i + 1 < end && is_digit(text[i - 1]) && is_digit(text[i + 1])) tag = 'w';
                    else if (c == ',' || c == ';') tag = ',';
                    else if (c == ':') tag = ':';
                    else if (c == '.' || c == '!' || c == '?' || mark == '.') tag = '.';
                    push(out, {i, i + len}, tag);
                    sentence_start = sentence_start || tag == ':';
                    i += len;
                    if (done(out)) break;
                    continue;
                }
            }
            i = word_at(text, cue_text, i, end, out, sentence_start, ahead);
            sentence_start = false;
            if (done(out)) break;
        }
        // The tag string is written once, from the units' tags: through pointers taken first,
        // since a char written may alias anything and the vector's size would be read again.
        const std::size_t n = out.units.size();
        out.tags.resize(n);
        copy_tags(out.units.data(), &out.tags[0], n);
    }

    /// Writes the tags of units[0, n) to tags[0, n): four units a step, since a unit is a
    /// stride of 32 bytes the compiler does not vectorise, and the loop's own counting was
    /// most of its instructions.
    static void copy_tags(const unit* units, char* tags, std::size_t n) noexcept {
        const unit* const last4 = units + (n & ~std::size_t{3});
        for (; units != last4; units += 4, tags += 4) {
            const char a = units[0].tag, b = units[1].tag, c = units[2].tag, d = units[3].tag;
            tags[0] = a;
            tags[1] = b;
            tags[2] = c;
            tags[3] = d;
        }
        for (std::size_t k = 0; k < (n & 3); ++k) tags[k] = units[k].tag;
    }

private:
    /// An actor after a preposition is oblique ("in Syria", "with Lavrov"): tag o. So is one
    /// after "of" unless the head before it speaks for it ("the members of the Security
    /// Council" speak, "residents of Donetsk" are not Donetsk). For the last unit, an N, a C
    /// or a D.
    static void mark_oblique(tagged_sentence& out, std::string_view text) {
        const std::size_t n = out.units.size();
        unit* const u = out.units.data();
        if (n < 2) return;
        // "A spokesman for the Foreign Ministry said": a body speaks through its spokesperson,
        // as through the head of "the head of the ministry", so the "for" is "of" there.
        // ("In Beijing, ...": a preposition opening the sentence is capitalised, a plain word
        // to the word tables; the place after it is as oblique.)
        // (An actor the lexicon knows: an unknown name there is still the text's full name of
        // someone, "For Andrea Arnold, ...".)
        // (So is a body's name there, known or not: "In Parliament, the chairperson of ...".)
        if (n == 2 && u[0].tag == 'w' && (u[1].tag == 'N' || u[1].tag == 'C') && opens_with_preposition(u[0].where.in(text)) &&
            (u[1].tag == 'N' || names_a_body(u[1].where.in(text)))) {
            u[1].tag = u[1].tag == 'N' ? 'o' : 'l';
            return;
        }
        if (n >= 6 && u[n - 1].tag == 'N' && u[n - 2].tag == '&' && titles_of_one_person(out, text)) return;
        // (So for a body named by its title: "A spokesperson for the Foreign Ministry of the
        // DPRK said"; a title after any other preposition stays as it is.)
        if ((u[n - 1].tag == 'N' || u[n - 1].tag == 'D') && u[n - 2].tag == 'p') {
            if (n >= 3 && u[n - 2].where.end - u[n - 2].where.begin == 3 && spelled(u[n - 2].where.in(text), "for") &&
                is_spokesperson(u[n - 3].where.in(text)))
                u[n - 2].tag = 'w';
            else if (u[n - 1].tag == 'N')
                u[n - 1].tag = 'o';
        }
        // A unit's span lies within the text: one of two bytes is the only one that can be
        // "of", and the others are not read.
        if (n >= 3 && (u[n - 1].tag == 'N' || u[n - 1].tag == 'C') && u[n - 2].where.end - u[n - 2].where.begin == 2 &&
            spelled(u[n - 2].where.in(text), "of") && !speaks_for(u[n - 3].where.in(text)))
            u[n - 1].tag = u[n - 1].tag == 'N' ? 'o' : 'l';
        // "Hannah Rowley of the Lowy Institute argues": a body after a person's full name and
        // "of the" is where the person works, not who speaks. (After a title or a group it may
        // be who speaks: "the members of the Security Council", "the Foreign Minister of the
        // Russian Federation"; nor is a body's name a person's: "the Political Bureau of the
        // CPC Central Committee".)
        if (n >= 4 && (u[n - 1].tag == 'N' || u[n - 1].tag == 'C') && u[n - 2].where.end - u[n - 2].where.begin == 3 &&
            spelled(u[n - 2].where.in(text), "the") && spelled(u[n - 3].where.in(text), "of") &&
            (u[n - 4].tag == 'C' || u[n - 4].tag == 'N') && is_persons_full_name(out, u[n - 4], text) &&
            !(n >= 5 && spelled_or_capitalised(u[n - 5].where.in(text), "the")))
            u[n - 1].tag = u[n - 1].tag == 'N' ? 'o' : 'l';
        // ... and so is the next one of a list ("in Donetsk and Lugansk").
        if (n >= 3 && (u[n - 1].tag == 'N' || u[n - 1].tag == 'C') && u[n - 2].tag == '&' &&
            (u[n - 3].tag == 'o' || u[n - 3].tag == 'l'))
            u[n - 1].tag = u[n - 1].tag == 'N' ? 'o' : 'l';
    }

    /// "Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang
    /// Yi": two titles of one person, the first with "of" phrases, joined by "and" before the
    /// person's title and name (the last unit). What the "of" phrases name is no actor and the
    /// "and" joins no actors: their units become plain or oblique. Whether it was so.
    static bool titles_of_one_person(tagged_sentence& out, std::string_view text) {
        const std::size_t n = out.units.size();
        unit* const u = out.units.data();
        // The person named with a title ("Foreign Minister Wang Yi": more than the name).
        const unit& last = u[n - 1];
        if (last.actor < 0) return false;
        const actor& who = out.actors[static_cast<std::size_t>(last.actor)];
        if (who.kind != actor_kind::person || last.where.in(text).size() <= who.name.size() ||
            !ends_in_words(last.where.in(text), who.name))
            return false;
        // Back from the "and": names, "of" and "the", to a capitalised head that opens the
        // sentence or follows a comma ("Member", "General Secretary").
        std::size_t k = n - 2;
        int ofs = 0;
        while (k > 0) {
            const unit& v = u[k - 1];
            const std::string_view w = v.where.in(text);
            if (v.tag == 'w' && spelled(w, "of")) ++ofs;
            else if (!(is_tag_in("NClo", v.tag) || (v.tag == 'w' && spelled(w, "the")))) break;
            --k;
        }
        // The head: capitalised plain words before the chain ("General Secretary"), or the
        // chain's first unit, a name or title ("Member"); "of" right after it.
        if (ofs < 2) return false;
        std::size_t head = k;
        while (head > 0 && k - head < 3 && u[head - 1].tag == 'w' && is_upper(text[u[head - 1].where.begin])) --head;
        std::size_t first_of = k;
        if (head == k) {
            if (!(u[k].tag == 'C' || u[k].tag == 'D')) return false;
            first_of = k + 1;
        }
        if (first_of >= n - 2 || !spelled(u[first_of].where.in(text), "of") || !(head == 0 || u[head - 1].tag == ','))
            return false;
        if (u[head].tag == 'C') u[head].tag = 'w';
        for (std::size_t j = first_of; j < n - 2; ++j)
            if (u[j].tag == 'N' || u[j].tag == 'C') u[j].tag = u[j].tag == 'N' ? 'o' : 'l';
        u[n - 2].tag = 'w';
        return true;
    }

    /// Whether the unit `v` (an N or a C) names a person by a full name: a person the lexicon or
    /// the tagger knows, or capitalised words that do (names_a_person_in_full).
    static bool is_persons_full_name(const tagged_sentence& out, const unit& v, std::string_view text) {
        const std::string_view name = v.where.in(text);
        if (v.tag == 'N')
            return name.find(' ') != std::string_view::npos && v.actor >= 0 &&
                   out.actors[static_cast<std::size_t>(v.actor)].kind == actor_kind::person;
        return names_a_person_in_full(name);
    }

    const lexicon_tables& t_;
    const grammar_words& words_ = grammar_words::instance();

    /// A unit with a tag; out.tags is written from the units' tags when the sentence is done.
    BOOST_FORCEINLINE static void push(tagged_sentence& out, span where, char tag) {
        out.units.emplace_back(where, tag);
    }

    /// An actor unit; with a possessive right after it ("Ban Ki-moon’s") the unit takes the
    /// possessive in and is tagged G: it names whose, not who speaks. Returns the unit's actor,
    /// a fresh one in out.actors for the caller to fill: built in place, an actor's four
    /// strings are not moved twice on their way there.
    actor& push_actor(tagged_sentence& out, span where, std::string_view text = {}) const {
        unit& u = out.units.emplace_back();
        u.where = where;
        u.tag = 'N';
        if (const std::size_t p = text.empty() ? 0 : possessive_at(text, where.end) + plural_possessive_at(text, where)) {
            u.where.end += p;
            u.tag = 'G';
        }
        u.actor = static_cast<std::int32_t>(out.actors.size());
        return out.actors.emplace_back();
    }

    /// Length of a plural's possessive apostrophe right after the name at `where` ("The
    /// Liberal Democrats' Fiona Drummond", "the United States’ position"): "'" or "’" after a
    /// final s, before a space; else 0.
    static std::size_t plural_possessive_at(std::string_view text, span where) noexcept {
        const std::size_t i = where.end;
        if (where.empty() || text[i - 1] != 's' || i >= text.size()) return 0;
        if (text[i] == '\'' && i + 1 < text.size() && text[i + 1] == ' ') return 1;
        if (i + 3 < text.size() && text.substr(i, 3) == "\xE2\x80\x99" && text[i + 3] == ' ') return 3;
        return 0;
    }

    /// An actor unit for the lexicon's entry `index` (as push_actor).
    void push_entry(tagged_sentence& out, span where, std::uint32_t index, std::string_view text = {}) const {
        assign_entry(push_actor(out, where, text), index);
    }

    /// `a`, a fresh actor, becomes the lexicon's entry `index`.
    void assign_entry(actor& a, std::uint32_t index) const {
        const auto& e = t_.entries.actors[index];
        if (!e.names.empty()) a.name = e.names.front();
        a.kind = e.kind;
        a.country = e.country;
        a.title = e.title;
    }

    /// Capitalised words from `i` (a name): "Sergei Lavrov", "Jean-Yves Le Drian",
    /// "Bashar al-Assad". Returns the end of the name, or `i` when there is none.
    /// `cue_text` is the view cue words are matched in (a lower-cased headline), so that
    /// "Trump, Putin Release Joint Statement" stops the name before "Release".
    /// What word_at found of a name's first word: where it ends and which tables may have a
    /// phrase there (tables_at in `text` and in the cue view).
    struct first_word {
        std::size_t end;
        std::uint8_t in_text, in_cues;
    };

    std::size_t name_end(std::string_view text, std::size_t i, std::size_t end,
                         std::string_view cue_text = {}, const first_word* first = nullptr,
                         run_at* ahead = nullptr) const {
        if (cue_text.size() != text.size()) cue_text = text;
        const bool same_view = cue_text.data() == text.data();
        std::size_t last = i, j = i;
        int words = 0;
        bool linked = false; // past a body's " of " or " for "
        std::string_view previous; // the name's last word so far
        std::size_t solid = i;     // where its last word that is no particle ends
        while (j < end && words < 4) {
            const bool known = first && j == i;
            // A word that starts with neither a capital nor a particle's letter ("al", "bin",
            // "de", "van", "el") ends the name: no need to read it.
            const unsigned char c = static_cast<unsigned char>(text[j]);
            if (!(may_open_name(c) || c == 'a' || c == 'b' || c == 'd' || c == 'v' || c == 'e' || c == 'l' || c == 'i'))
                break;
            word_lead lead{0, 0};
            std::size_t w_end = 0;
            if (known) {
                w_end = first->end;
            } else {
                // The word's lead, kept in `ahead`: the word that ends a name is most often
                // the next one the tagger looks at.
                lead = ahead && ahead->at == j && ahead->lead.key != 0 ? ahead->lead : lead_at(text, j);
                if (ahead) *ahead = {j, lead};
                w_end = end_of_word(text, j, end, lead);
            }
            const std::string_view w = text.substr(j, w_end - j);
            // (A particle only inside a name: "Juan Ramón de la Fuente"; see the end.)
            if (!(may_open_name(c) || (words > 0 && (is_name_particle(w) || is_arabic_article_name(w)))))
                break;
            // "Theresa May" is a name, "Lavrov on Monday" is not: month and day names join a
            // name only when no number follows them. (The lead's key is the word's own where
            // the lead ends inside the word, as it does unless the sentence ends inside a run.)
            if (words > 0 && is_common_capitalised(w, lead.length <= w.size() ? lead.key : lead_key(w, 0)) &&
                !(is_calendar_word(w) && !digit_follows(text, w_end, end)))
                break;
            // One look at the lead index for both tables (two when headline case differs).
            constexpr std::uint8_t ends_a_name = in_table::cues | in_table::titles;
            const std::uint8_t in_text = known ? first->in_text : t_.tables_at(text, j, lead, nullptr, ends_a_name);
            // (In a heading's lowered view, a gapped cue's head too: "Minister Abdelatty Receives
            // Sudanese Counterpart", whose "receives" is a cue only with its counterpart.)
            const std::uint8_t in_cues =
                known ? first->in_cues
                : same_view ? in_text : t_.tables_at(cue_text, j, lead_at(cue_text, j), nullptr, cue_tables);
            // (A phrase ends the name only where it holds the whole word: "Amir-Abdollahian" is
            // no title "Amir".)
            auto whole = [&](const std::optional<phrase_match>& m) { return m && j + m->length >= w_end; };
            // (A cue's word in capitals between two of a name's words is a word of the name:
            // "the Rapid Support Forces", "the Humanitarian Warning Centre". Not in a headline's
            // view, where every word is capitalised, nor after a person's surname the lexicon
            // knows, "Lavrov Said Nothing".)
            const bool cue_here = same_view ? (in_cues & in_table::cues) && whole(t_.cues.longest(cue_text, j))
                                            : (in_cues & cue_tables) && whole(cue_at(text, cue_text, j, end, in_cues));
            if (cue_here &&
                !(words > 0 && same_view && name_word_follows(text, w_end, end) &&
                  !t_.person_by_last_name.find(previous)))
                break;
            if (w.back() == 'y' && adverb_in_title_case(text, w, w_end, end)) break;
            if (in_text & in_table::titles) {
                // "the Salvation Army", "the Free Syrian Army": an army after a name is the
                // name's last word, a body of its own ("the Pakistani Army" is no name: a
                // demonym or state before a body is that state, before_title).
                // (Nor a title's word after a given name, that ends the name: "Madeleine King",
                // "Julie Bishop".)
                if (const auto t = t_.titles.longest(text, j);
                    whole(t) && !(words > 0 && is_upper(text[j]) && is_armed_forces_role(t_.entries.titles[t->index].role)) &&
                    !(words > 0 && t->length == w.size() && t_.given_names.find(previous) && last_word_of_name(text, j, end)) &&
                    !(words == 0 && t->length == w.size() && given_name_not_title(text, j, w_end, end)))
                    break;
            }
            // "Ban Ki-moon’s statement": the name ends before the possessive.
            if (const std::size_t bare = end_before_possessive(text, j, w_end); bare != w_end) {
                last = solid = bare;
                break;
            }
            last = w_end;
            previous = w;
            // (A particle is no word of the four: "Hamood bin Saif Al Rawahi".)
            if (!is_name_particle(w)) {
                solid = w_end;
                ++words;
            }
            j = w_end;
            // "State Committee for National Security", "Institute of Peace Studies": after a
            // body's head word the name goes on past " for ", " of " or " on " (and "the") to
            // capitalised words, up to four more.
            // ("... of Economic and Social Research": past such a link, "and" between capitalised
            // words is the name's own.)
            if (linked && text.substr(j, 5) == " and " && j + 5 < end && is_upper(text[j + 5])) {
                j += 5;
                continue;
            }
            // (The link first: most words of a name are followed by none, and is_organization_head
            // compares the word with some forty.)
            // (Once linked, any word may link again: "Coordination Headquarters for the Treatment
            // of Prisoners of War".)
            if (words < 4 && j + 4 < end && text[j] == ' ' && (text[j + 1] == 'f' || text[j + 1] == 'o') &&
                ((linked && text.substr(j, 4) == " of ") || is_organization_head(w)))
                for (std::string_view link : {" for ", " of ", " on "})
                    if (text.substr(j, link.size()) == link) {
                        std::size_t k = j + link.size();
                        if (text.substr(k, 4) == "the ") k += 4;
                        // (Not a date: "the Electoral Commission on Thursday said".)
                        if (k < end && is_upper(text[k]) &&
                            !is_calendar_word(text.substr(k, word_end(text, k, end) - k)) &&
                            !is_weekday(text.substr(k, word_end(text, k, end) - k))) {
                            j = k;
                            words = 0;
                            linked = true;
                        }
                        break;
                    }
            // A middle or first initial ("Antony J. Blinken", "S. Jaishankar"): the name goes on
            // past its period when a capitalised word follows (the structure pass never ends a
            // sentence at an initial). If that word is no part of the name, the name ends
            // before the period, as it did. The word after an initial is the last of the name:
            // "Malcolm X. Attallah Shabazz" is two names, one sentence's end unseen.
            // (An initial that opens the name is followed by the rest of it: "Mines Minister
            // G. Kishan Reddy".)
            if (w.size() == 1 && j + 2 < end && text[j] == '.' && text[j + 1] == ' ' && is_upper(text[j + 2]) &&
                (words == 1 || last_word_of_name(text, j + 2, end))) {
                j += 2;
                continue;
            }
            while (j < end && text[j] == ' ') ++j;
        }
        // A name does not end in a possessive ("Lavrov’s" is handled as Lavrov + 's), nor in a
        // particle ("Juan de la", cut short: "Juan").
        return last > solid && solid > i ? solid : last;
    }

    /// `known`, the lexicon's person with the surname of `name`, where `name` may be that
    /// person: a surname alone ("Lavrov", "MR KERRY"), a name whose given name is the
    /// person's own ("George Bush" for George W. Bush), or one that ends in a full name of
    /// the person (a name begun a word early: "Earlier Tony Blair"). "Alexei Miller" is not
    /// the lexicon's Matthew Miller, nor "Paul Flynn" its Michael Flynn: null for those.
    BOOST_NOINLINE const std::uint32_t* same_person(std::string_view name, const std::uint32_t* known) const {
        if (!known) return nullptr;
        // The given name: the first word that is no honorific.
        std::string_view given;
        for (std::size_t at = 0; at < name.size();) {
            std::size_t space = name.find(' ', at);
            if (space == std::string_view::npos) return known; // the surname alone
            const std::string_view word = name.substr(at, space - at);
            if (!is_honorific(word)) {
                given = word;
                break;
            }
            at = space + 1;
        }
        for (const std::string_view full : t_.entries.actors[*known].names) {
            if (full.size() > given.size() && full.substr(0, given.size()) == given && full[given.size()] == ' ')
                return known;
            if (ends_in_words(name, full)) return known;
        }
        return nullptr;
    }

    /// The unit just pushed names a person by a surname alone.
    static void mark_surname(tagged_sentence& out) {
        out.units.back().ref = reference::surname;
        ++out.surnames;
    }

    /// An actor unit over `where` for the person whose name is `name` (after a title or an
    /// honorific), as person_named finds him; `possessive_text` is push_actor's `text`. A
    /// name of one word is a surname alone (reference::surname).
    void named_person(tagged_sentence& out, span where, std::string_view possessive_text, std::string_view text,
                      span name, std::string_view role, std::string_view country) const {
        // "Its leader, former Prime Minister John Key, said": the word that dates the office
        // opens the person's phrase, so the apposition is read as any other.
        if (!out.units.empty() && out.units.back().tag == 'w' && dates_an_office(out.units.back().where.in(text))) {
            where.begin = out.units.back().where.begin;
            out.units.erase(&out.units.back());
        }
        person_named(push_actor(out, where, possessive_text), text, name, role, country);
        if (name.in(text).find(' ') == std::string_view::npos) mark_surname(out);
    }

    /// A person named after a title, written into `a` (a fresh actor); the lexicon's entry
    /// when it knows the name.
    void person_named(actor& a, std::string_view text, span name, std::string_view role,
                      std::string_view country) const {
        // "Commissioner Sir John Stevens", "Foreign Minister Mr Kaupa": a form of address after
        // the title is no part of the name. (A peer's "Lord Falconer" is the name he goes by.)
        if (const std::size_t space = name.in(text).find(' '); space != std::string_view::npos) {
            const std::string_view first = name.in(text).substr(0, space);
            if (is_honorific(first) && !is_peerage_style(first)) name.begin = skip_spaces(text, name.begin + space, name.end);
        }
        // The name's lead, hashed once: for the actor phrase there and, where the name is one
        // word that is all lead, as the key of its bytes for the surname.
        const word_lead lead = name.begin < text.size() ? lead_at(text, name.begin) : word_lead{0, 0};
        if (auto m = name.begin < text.size() ? match_phrase(t_.actors, text, name.begin, lead) : std::nullopt;
            m && m->length >= name.size() && t_.entries.actors[m->index].kind == actor_kind::person) {
            assign_entry(a, m->index);
            if (a.title.empty()) a.title = role;
            return;
        }
        std::string_view n = name.in(text);
        const auto space = n.rfind(' ');
        const std::string_view last = space == std::string_view::npos ? n : n.substr(space + 1);
        const bool last_is_lead = space == std::string_view::npos && !n.empty() && lead.length == n.size();
        if (const std::uint32_t* known = same_person(n, last_is_lead ? t_.person_by_last_name.find(last, lead.key)
                                                                     : t_.person_by_last_name.find(last))) {
            assign_entry(a, *known);
            if (a.title.empty()) a.title = role;
            return;
        }
        a.name = n;
        a.kind = actor_kind::person;
        a.country = country;
        a.title = role;
    }

    /// After a title: optional "of/to (the) Actor" then a capitalised name. `cue_text` is the
    /// view cues are read in (a heading's lowered one), where the name ends at a cue.
    std::size_t title_then_name(std::string_view text, std::size_t begin, std::size_t after_title,
                                std::size_t end, std::string_view role, std::string_view country,
                                tagged_sentence& out, std::string_view cue_text = {}) const {
        std::size_t j = skip_spaces(text, after_title, end);
        std::int32_t body = -1; // the state or body of "of the European Union"
        // "Permanent Representative to the United Nations", "Secretary of State"
        for (std::string_view prep : {"to the ", "of the ", "to ", "of "}) {
            if (text.substr(j, prep.size()) == prep) {
                const std::size_t k = j + prep.size();
                if (auto m = match_phrase(t_.actors, text, k)) {
                    if (country.empty()) country = t_.entries.actors[m->index].country;
                    body = static_cast<std::int32_t>(out.actors.size());
                    assign_entry(out.actors.emplace_back(), m->index);
                    j = skip_spaces(text, k + m->length, end);
                } else if (auto tt = match_phrase(t_.titles, text, k)) {
                    // "Secretary of State": the first title names the role well enough.
                    j = skip_spaces(text, k + tt->length, end);
                }
                break;
            }
        }
        // Where an envoy serves, before his name between commas: "China's ambassador in
        // Kathmandu, Chen Yuling, said" (not "of", which names whose: above).
        if (body < 0 && text.substr(j, 3) == "in " && j + 3 < end && is_upper(text[j + 3])) {
            const std::size_t k = j + 3;
            const std::size_t n = name_end(text, k, end);
            const auto place = match_phrase(t_.actors, text, k);
            const std::size_t place_end = place ? k + place->length : n;
            if (place_end > k && place_end < end && text[place_end] == ',') j = place_end;
        }
        // A body between two titles says where the office is, and is no name: "Russia's deputy
        // U.N. envoy Anna Evstigneeva".
        if (const auto m = match_phrase(t_.actors, text, j);
            m && t_.entries.actors[m->index].kind == actor_kind::organization && t_.entries.actors[m->index].country == "IGO") {
            const std::size_t k = skip_spaces(text, j + m->length, end);
            if (k < end && is_lower(text[k]) && match_phrase(t_.titles, text, k)) j = k;
        }
        // A further title word ("Foreign Minister" after "Deputy").
        const auto more = match_phrase(t_.titles, text, j);
        if (more) j = skip_spaces(text, j + more->length, end);
        // The person's own role is the one after a body's ("Foreign Ministry Spokesperson Lin
        // Hao" is a spokesperson, whom "the spokesperson" and "A:" of his briefing mean).
        const std::string_view person_role =
            more && is_body_role(role) && !is_body_role(t_.entries.titles[more->index].role)
                ? std::string_view(t_.entries.titles[more->index].role)
                : role;
        // A body is no person ("the Cabinet Office", "the Government"): a name follows it only
        // after a person's title ("Foreign Ministry spokeswoman Maria Zakharova"). (Asked only
        // where a name follows: most titles have none after them.)
        auto names_a_person = [&] {
            return !is_body_role(role) || (more && !is_body_role(t_.entries.titles[more->index].role));
        };
        // "Russian Foreign Minister, Sergei Lavrov, stated": the name between commas.
        if (j < end && text[j] == ',') {
            const std::size_t k = skip_spaces(text, j + 1, end);
            const std::size_t n = k < end ? name_end(text, k, end) : k;
            // A state there is a list ("President, Russia, ..."); a known person is the name.
            const auto known = match_phrase(t_.actors, text, k);
            if (n > k && n < end && text[n] == ',' &&
                (!known || t_.entries.actors[known->index].kind == actor_kind::person) && names_a_person() &&
                !after_spokesperson_for(out.units.data(), out.units.size(), text)) {
                // The closing comma belongs to the apposition, so the verb follows the name.
                named_person(out, {begin, n + 1}, {}, text, {k, n}, person_role, country);
                return n + 1;
            }
        }
        const std::size_t n_end = j < end ? name_end(text, j, end, cue_text) : j;
        if (n_end > j && names_a_person()) {
            // "Foreign Minister Yoko Kamikawa of Japan": the state after the name is his.
            std::size_t unit_end = n_end;
            if (const auto of = state_after_of(text, n_end, end)) {
                if (country.empty()) country = of->first;
                unit_end = of->second;
            }
            named_person(out, {begin, unit_end}, text, text, {j, n_end}, person_role, country);
            return out.units.back().where.end;
        }
        // "The President of Russia briefed ...": a role and a country, no name. (Also before a
        // comma: "Rwanda's delegate, however, rejected ...", and at the sentence's end: "held
        // a phone call with his Somali counterpart.")
        if (!country.empty() && (j > after_title || j >= end || text[j] == ',' || text[j] == '.')) {
            unit u;
            u.where = {begin, after_title};
            u.tag = 'D';
            u.ref = reference::title;
            out.describe(u, role, country);
            u.actor = body;
            // Cover the "of Russia" too.
            std::size_t k = after_title;
            while (k < j && k < end) ++k;
            u.where.end = j;
            while (u.where.end > u.where.begin && is_space_at(text, u.where.end - 1)) --u.where.end;
            out.units.push_back(std::move(u));
            return j;
        }
        return 0;
    }

    /// " of Japan", " of the Republic of Korea" at `at`, right after a person's name: the
    /// state's country and where its name ends. None before a possessive ("of Japan's").
    std::optional<std::pair<std::string_view, std::size_t>> state_after_of(std::string_view text, std::size_t at,
                                                                           std::size_t end) const {
        if (at + 5 >= end || text.substr(at, 4) != " of ") return std::nullopt;
        std::size_t k = at + 4;
        if (text.substr(k, 4) == "the ") k += 4;
        const auto m = match_phrase(t_.actors, text, k);
        if (!m || k + m->length > end || t_.entries.actors[m->index].kind != actor_kind::state ||
            possessive_at(text, k + m->length) != 0)
            return std::nullopt;
        return std::make_pair(std::string_view(t_.entries.actors[m->index].country), k + m->length);
    }

    static std::size_t skip_spaces(std::string_view text, std::size_t j, std::size_t end) {
        while (j < end && is_space_at(text, j)) j += space_length(text, j);
        return j;
    }

    /// Where the word after the word at `g` starts (skip_spaces past plain_word_end), for
    /// cue_at's steps over a gap. Most words there are followed by one space and a word byte:
    /// skip_spaces' answer without its loop (a lead byte is no space, nor 0xC2 of U+00A0).
    BOOST_FORCEINLINE static std::size_t next_word(std::string_view text, std::size_t g, std::size_t end) {
        std::size_t w = plain_word_end(text, g, end);
        // A plural's possessive apostrophe is its word's ("showed the United States' readiness").
        if (w + 1 < end && w > g && text[w] == '\'' && text[w + 1] == ' ') ++w;
        if (w + 1 < end && text[w] == ' ' && is_lead_byte(static_cast<unsigned char>(text[w + 1]))) return w + 1;
        return skip_spaces(text, w, end);
    }

    /// The word at `i`: one unit, or a phrase or name that starts there. `ahead` is the run a
    /// pair probe read after the last word (its lead is this word's when it starts at `i`).
    BOOST_FORCEINLINE std::size_t word_at(std::string_view text, std::string_view cue_text, std::size_t i,
                        std::size_t end, tagged_sentence& out, bool sentence_start, run_at& ahead) const {
        // One probe of the lead index per view of the word says which tables may have a phrase
        // here; only those tries are walked.
        const word_lead whole_lead = ahead.at == i && ahead.lead.key != 0 ? ahead.lead : lead_at(text, i);
        const bool lead_cut = i + whole_lead.length > end; // a sentence cut inside a run
        const word_lead lead = lead_cut ? lead_at(text.substr(0, end), i) : whole_lead;
        const lexicon_tables::lead_tables* bits = t_.leads.find(lead.key);
        // end_of_word, written out: this lead is cut at the sentence's end already (no min to
        // take), and the hottest path of the tagger measured fewer instructions so.
        const std::size_t lead_end = i + lead.length;
        const bool lead_is_word = lead.length > 0 && lead_end < end && (text[lead_end] == ' ' || text[lead_end] == ',');
        const std::size_t w_end = lead_is_word ? lead_end : word_end(text, i, end, lead_end);
        // The tables that may have a phrase here: the lead and the run after it rule out most
        // of them before a trie is walked.
        const std::uint8_t in_text =
            !bits || !(bits->any & tagged_tables) ? 0
            : t_.tables_at(text, i, whole_lead, lead_cut ? t_.leads.find(whole_lead.key) : bits, &ahead, tagged_tables);
        // Most words of prose are lower case (or numbers) and start no phrase here, or only a
        // cue phrase: they are that cue or what their spelling says, a word of the grammar, a
        // preposition or a plain word ("the" and "both" look at what follows).
        if (!(in_text & ~cue_tables) && (is_lower(text[i]) || is_digit(text[i])) && cue_text.data() == text.data()) {
            const std::string_view w(text.data() + i, w_end - i);
            if (!is_the_or_both(w)) {
                const word_facts f = facts_of(w, lead, words_, bits ? bits->word : 0);
                // A cue and no gap head (in_text is within cue_tables here): the trie of cues
                // straight away, not cue_at's steps for both.
                if (in_text)
                    if (const std::optional<phrase_match> cue = in_text & in_table::gap_heads
                                                                    ? cue_at(text, text, i, end, in_text)
                                                                    : t_.cues.longest(text, i))
                        return push_cue(out, text, i, end, w, *cue, f.cls.tag);
                // (A "call" the lexicon's "called the move" did not take: naming_call reads what
                // follows it. Its first byte first: one compare for most words.)
                if (w[0] == 'c' && (spelled(w, "called") || spelled(w, "calls") || spelled(w, "calling")))
                    out.calls = true;
                // (So an "its" or "their", for the one rule that reads them.)
                if ((w[0] == 'i' && spelled(w, "its")) || (w[0] == 't' && spelled(w, "their"))) out.its = true;
                if (w[0] == 'h' && spelled(w, "hereinafter")) out.hereinafter = true;
                if (f.cls.tag == 'w') push(out, {i, w_end}, f.preposition ? 'p' : 'w');
                else push_ref(out, {i, w_end}, f.cls.tag, f.cls.ref);
                return w_end;
            }
        }
        // No phrase may start here ("the weather", a name the lexicon does not know): straight to
        // what the word's spelling and what follows it say.
        if (!in_text && cue_text.data() == text.data()) {
            // (A known actor set in capitals: actor_in_capitals. Three capitals open it.)
            if (w_end >= i + 3 && is_upper(text[i]) && is_upper(text[i + 1]) && is_upper(text[i + 2]))
                if (const std::optional<phrase_match> m = actor_in_capitals(text, i, end, sentence_start)) {
                    push_entry(out, {i, i + m->length}, m->index);
                    return i + m->length;
                }
            return unlisted_word(text, i, end, out, sentence_start, lead, lead_cut, w_end,
                                 facts_of(std::string_view(text.data() + i, w_end - i), lead, words_,
                                          bits ? bits->word : 0),
                                 ahead);
        }
        return settled(out, text,
                       phrase_at(text, cue_text, i, end, out, sentence_start, lead, lead_cut, w_end, in_text, ahead));
    }

    /// `next`, once an actor unit just pushed (N, C, or a title's D) is marked where it is
    /// oblique. Only the paths above push actors: a plain word, a word of the grammar or a cue
    /// never needs it.
    BOOST_FORCEINLINE static std::size_t settled(tagged_sentence& out, std::string_view text, std::size_t next) {
        const char last = out.units.empty() ? 'w' : out.units.back().tag;
        if (last == 'N' || last == 'C' || last == 'D') mark_oblique(out, text);
        return next;
    }

    /// Whether the last unit, one space before `i`, is a name that a body's name may go on
    /// from: a capitalised word the lexicon does not know (C) or a body or state it knows (N),
    /// not a person ("Lavrov Said Nothing" has a cue in title case).
    static bool in_name(const tagged_sentence& out, std::size_t i) noexcept {
        if (out.units.empty() || out.units.back().where.end + 1 != i) return false;
        const unit& u = out.units.back();
        if (u.tag == 'C') return true;
        return u.tag == 'N' && u.actor >= 0 && out.actors[static_cast<std::size_t>(u.actor)].kind != actor_kind::person;
    }

    /// The cue phrase at `i` (the longest), with a gap of one to three words where the lexicon
    /// allows one ("expressed Russia’s concern about", "delivered the opening statement").
    /// `in_cues` are the tables that may have a phrase at `i` of `cue_text`.
    std::optional<phrase_match> cue_at(std::string_view text, std::string_view cue_text, std::size_t i,
                                       std::size_t end, std::uint8_t in_cues) const {
        std::optional<phrase_match> cue;
        if (in_cues & in_table::cues) cue = t_.cues.longest(cue_text, i);
        if (!(in_cues & in_table::gap_heads)) return cue;
        if (auto head = t_.gap_heads.longest(cue_text, i)) {
            const gap_rule& rule = t_.gap_rules[head->index];
            std::size_t g = skip_spaces(text, i + head->length, end);
            for (int words = 0; words < 3 && g < end; ++words) {
                g = next_word(text, g, end);
                // (An opening curly quotation mark is no word of the gap: "expressed its “full
                // solidarity”", as with a straight one.)
                if (std::size_t len = 0; g < end && mark_at(text.substr(0, end), g, len) == 'o') g += len;
                if (g >= cue_text.size() || !rule.may_start(cue_text, g)) continue;
                if (auto tail = match_phrase(rule.tails, cue_text, g)) {
                    const std::size_t len = g + tail->length - i;
                    if (!cue || cue->length < len) cue = phrase_match{len, tail->index};
                    break;
                }
            }
        }
        return cue;
    }

    /// A unit for the cue phrase `cue` at `i`, which starts with the word `w` of closed class
    /// `closed` ('w' for none), tagged by the cue's frame.
    std::size_t push_cue(tagged_sentence& out, std::string_view text, std::size_t i, std::size_t end,
                         std::string_view w, phrase_match cue, char closed) const {
        // "agreed on Friday to extend", "insisted on Monday that": a date after the cue's "on"
        // says when; the cue is the shorter one without it. Where the lexicon has none, a
        // noun or a passive is no cue ("in a phone call on Saturday", "to be called on 4
        // April"); a verb after its subject keeps it ("Lavrov called on Monday for ...").
        if (cue.length > 3 && text.substr(i + cue.length - 3, 3) == " on" && date_follows(text, i + cue.length, end)) {
            if (const auto shorter = t_.cues.longest(text.substr(0, i + cue.length - 3), i)) {
                cue = *shorter;
            } else if (!out.units.empty() && is_tag_in("wb", out.units.back().tag)) {
                push(out, {i, i + w.size()}, closed);
                return i + w.size();
            }
        }
        char tag = 'S';
        switch (t_.entries.cues[cue.index].frame) {
        case cue_frame::say: tag = 'S'; break;
        case cue_frame::act: tag = 'V'; break;
        case cue_frame::stance: tag = 'J'; break;
        case cue_frame::modal: tag = 'M'; break;
        case cue_frame::according: tag = 'R'; break;
        case cue_frame::nominal: tag = 'O'; break;
        case cue_frame::signal: tag = 's'; break; // not a cue of its own
        }
        // "thanked Germany for its support", "his warning": after a possessive the word is a
        // noun, no cue (a nominal cue is a noun already: "in his denial"). As the object of a
        // cue it still says what the cue reports ("announced their support for", "repeated his
        // call for"): a content signal there.
        // (Its length first: most words before a cue are no such determiner.)
        if (tag != 's' && tag != 'O' && !out.units.empty() && out.units.back().tag == 'w' &&
            out.units.back().where.size() - 2 <= 3 &&
            (is_possessive_determiner(out.units.back().where.in(text)) || is_noun_determiner(out.units.back().where.in(text)))) {
            if (out.units.size() < 2 || !is_tag_in("SVJM", out.units[out.units.size() - 2].tag)) {
                push(out, {i, i + w.size()}, 'w');
                return i + w.size();
            }
            tag = 's';
        }
        // "to lodge a protest", "made a pledge": a one-word cue right after "a" is a noun, no
        // cue.
        if ((tag == 'S' || tag == 'V' || tag == 'J') && cue.length == w.size() && !out.units.empty() &&
            out.units.back().where.size() <= 2 &&
            (spelled(out.units.back().where.in(text), "a") || spelled(out.units.back().where.in(text), "an"))) {
            push(out, {i, i + w.size()}, 'w');
            return i + w.size();
        }
        // "the parties concerned will show restraint": "concerned" after a noun, with neither a
        // form of be before it nor what the concern is about after it, means "involved".
        if (cue.length == 9 && spelled(w, "concerned") && !out.units.empty() &&
            !is_tag_in("bahdn", out.units.back().tag) && !concern_follows(text, i + cue.length, end)) {
            push(out, {i, i + cue.length}, 'w');
            return i + cue.length;
        }
        // "There were talks on ...": an existential cue has no subject of its own.
        // So has an impersonal one ("It was agreed that ...").
        if (spelled(w, "There") || spelled(w, "there") || spelled(w, "It") || spelled(w, "it")) tag = 'O';
        // A cue phrase that is itself a passive ("was discussed", "were raised"): tag Z. (Not
        // "was quoted as saying": its subject is who spoke, "Lavrov, for his part, was quoted as
        // saying".)
        else if ((tag == 'S' || tag == 'V') && closed == 'b' && !ends_in_words(text.substr(i, cue.length), "as saying"))
            tag = 'Z';
        else if ((tag == 'S' || tag == 'V') && closed == 'h' && cue.length > w.size() + 5 &&
                 text.substr(skip_spaces(text, i + w.size(), end), 4) == "been")
            tag = 'Z';
        unit& u = out.units.emplace_back();
        u.where = {i, i + cue.length};
        u.tag = tag;
        u.cue = static_cast<std::int32_t>(cue.index);
        return i + cue.length;
    }

    /// Whether what the concern is about follows `at` ("about", "over", "that", "by", ...), or
    /// the sentence ends there ("Russia concerned." of a headline).
    static bool concern_follows(std::string_view text, std::size_t at, std::size_t end) {
        const std::size_t j = skip_spaces(text, at, end);
        if (j >= end || !is_lower(text[j])) return true;
        const std::string_view next = text.substr(j, plain_word_end(text, j, end) - j);
        return spelled(next, "about") || spelled(next, "over") || spelled(next, "that") || spelled(next, "by") ||
               spelled(next, "at") || spelled(next, "with") || spelled(next, "for") || spelled(next, "regarding");
    }

    /// Whether the word [i, w_end), a one-word title ("Amir"), is a given name here: one the
    /// lexicon knows, before a name of two words and no honorific ("Amir Khan Muttaqi", not
    /// "Amir Sheikh Tamim"). Asked where a title would end a name and where it would open one.
    bool given_name_not_title(std::string_view text, std::size_t i, std::size_t w_end, std::size_t end) const {
        return t_.given_names.find(text.substr(i, w_end - i)) && given_name_before_name(text, w_end, end);
    }

    /// Whether the words from `at` are a name of two capitalised words or more, with no
    /// honorific first ("Khan Muttaqi", not "Sheikh Tamim" or "HH Sheikh"): what a given name
    /// that is a title too stands before when it is a given name.
    static bool given_name_before_name(std::string_view text, std::size_t at, std::size_t end) {
        std::size_t words = 0;
        for (std::size_t k = at; words < 2 && k + 1 < end && text[k] == ' ' && is_upper(text[k + 1]); ++words) {
            std::size_t e = k + 1;
            while (e < end && is_word_byte(static_cast<unsigned char>(text[e]))) ++e;
            const std::string_view w = text.substr(k + 1, e - k - 1);
            if (words == 0 && (w == "Sheikh" || w == "HH" || w == "H" || w == "Shaikh" || w == "Sheik")) return false;
            k = e;
            if (words == 0 && (e >= end || text[e] != ' ')) return false;
        }
        return words == 2;
    }

    /// "FIJI added that ...", "INDIA and CHINA preferred ...": the Earth Negotiations Bulletin
    /// and some UN summaries set delegations' names in capitals. A known actor written so, read
    /// in title case ("Fiji", "European Union"); the words matched are all in capitals (not
    /// "NEW Zealand"), and the match has the byte length of the text it stands for.
    std::optional<phrase_match> actor_in_capitals(std::string_view text, std::size_t i, std::size_t end,
                                                  bool sentence_start) const {
        char buf[64];
        std::size_t n = 0;
        bool word_start = true;
        for (std::size_t k = i; k < end && n < sizeof buf; ++k, ++n) {
            const char c = text[k];
            if (c >= 'a' && c <= 'z') break; // a word not in capitals ends the run
            buf[n] = word_start || !(c >= 'A' && c <= 'Z') ? c : static_cast<char>(c - 'A' + 'a');
            word_start = !((c >= 'A' && c <= 'Z') || c == '\'' || c == '-');
        }
        const std::string_view titled(buf, n); // (the trie's match ends at a word's end)
        std::optional<phrase_match> m = t_.actors.longest(titled, 0);
        if (!m || m->length < 3) return std::nullopt;
        // (The actor's own name, not a capital that stands for it: "MANILA (XINHUA) -" and
        // "BRUSSELS, Nov 14" are datelines.)
        if (t_.entries.actors[m->index].names.empty() || t_.entries.actors[m->index].names.front() != titled.substr(0, m->length))
            return std::nullopt;
        // (Nor a dateline's place at the sentence's head: "UNITED NATIONS (AP) -".)
        if (sentence_start && i + m->length < end && (text[i + m->length] == ',' || text.substr(i + m->length, 2) == " (" ||
                                                      text.substr(i + m->length, 2) == " -" ||
                                                      text.substr(i + m->length, 2) == " \xE2"))
            return std::nullopt;
        return m;
    }

    /// The rest of word_at, out of line: a word that may start a phrase, a capitalised word,
    /// "the" and "both". `lead` is the word's lead within the sentence (`lead_cut` when the
    /// sentence ends inside it), `w_end` where the word ends, `in_text` the tables that may have
    /// a phrase here in `text`.
    BOOST_NOINLINE std::size_t phrase_at(std::string_view text, std::string_view cue_text, std::size_t i,
                                         std::size_t end, tagged_sentence& out, bool sentence_start,
                                         word_lead lead, bool lead_cut, std::size_t w_end,
                                         std::uint8_t in_text, run_at& ahead) const {
        const bool same_view = cue_text.data() == text.data();
        const std::string_view w = text.substr(i, w_end - i);
        const std::uint8_t in_cues =
            same_view ? in_text : t_.tables_at(cue_text, i, lead_at(cue_text, i), nullptr, cue_tables);
        auto lookup = [&](const phrase_table& table, std::uint8_t bit, std::uint8_t bits,
                          std::string_view view) -> std::optional<phrase_match> {
            if (!(bits & bit)) return std::nullopt;
            return table.longest(view, i);
        };
        // Cue phrases (longest first), with a one-word gap where the lexicon allows it.
        // (cue_at's steps only where a gap cue may start: most words here start none.)
        const std::optional<phrase_match> cue =
            in_cues & in_table::gap_heads ? cue_at(text, cue_text, i, end, in_cues)
            : in_cues & in_table::cues    ? t_.cues.longest(cue_text, i)
                                          : std::nullopt;
        std::optional<phrase_match> act = lookup(t_.actors, in_table::actors, in_text, text);
        if (!act && w.size() >= 3 && is_upper(w[0]) && is_upper(w[1]) && is_upper(w[2]))
            act = actor_in_capitals(text, i, end, sentence_start);
        std::optional<phrase_match> title = lookup(t_.titles, in_table::titles, in_text, text);
        // (Not a one-word title that is a given name too, before a name of two words and no
        // honorific: "Amir Khan Muttaqi" is a name, "Amir Sheikh Tamim" a title.)
        if (title && title->length == w_end - i && given_name_not_title(text, i, w_end, end)) title.reset();
        std::optional<phrase_match> demonym = lookup(t_.demonyms, in_table::demonyms, in_text, text);
        const word_facts facts = facts_of(w, lead, words_);
        // Most words are none of these: what their spelling says. ("the United Nations Support
        // Office": a cue's word in capitals right after a name and before another capitalised
        // word is a word of a name, no cue; see name_end.)
        if (!act && !title && !demonym &&
            (!cue || (same_view && !sentence_start && is_upper(text[i]) && in_name(out, i) &&
                      name_word_follows(text, w_end, end))))
            return no_phrase_at(text, cue_text, i, end, out, sentence_start, lead, lead_cut, w_end, in_text,
                                in_cues, facts, ahead);

        // A list of demonyms or states before a plural noun: "French and German officials".
        if (demonym && i + demonym->length + 1 < end && (text[i + demonym->length] == ',' || text.substr(i + demonym->length, 5) == " and "))
            if (std::size_t n = joint_sides(text, i, demonym, act, end, i, out)) return n;
        // Demonym or state before a title: "Russian Foreign Minister Sergei Lavrov",
        // "US Secretary of State Rex Tillerson", "Russia's Permanent Representative ...".
        if (demonym || act)
            if (std::size_t n = before_title(text, i, end, demonym, act, out, cue_text)) return n;

        // A title followed by a name: "President Vladimir Putin", "Secretary Tillerson".
        if (title && (!cue || cue->length < title->length)) {
            const std::string_view role = t_.entries.titles[title->index].role;
            if (std::size_t n = title_then_name(text, i, i + title->length, end, role, {}, out, cue_text))
                return n;
        }

        if (std::size_t n = the_or_honorific(text, cue_text, i, w_end, end, out, ahead)) return n;

        if (cue && (!act || cue->length >= act->length)) return push_cue(out, text, i, end, w, *cue, facts.cls.tag);
        if (act) {
            const std::size_t a_end = i + act->length;
            // In a compound ("US-Russia relations", "Russia-sponsored plan") a name is a
            // modifier, not an actor.
            if (a_end + 1 < end && text[a_end] == '-' && is_word_byte(static_cast<unsigned char>(text[a_end + 1]))) {
                push(out, {i, w_end}, 'w');
                return w_end;
            }
            // "the Taiwan Strait", "the South China Sea": a state before a place's noun names
            // the place, no actor.
            if (same_view && t_.entries.actors[act->index].kind == actor_kind::state)
                if (const std::size_t n = state_in_proper_noun(text, a_end, end); n > a_end) {
                    push(out, {i, n}, 'w');
                    return n;
                }
            // A person's full name in the lexicon, or a state, body or metonym. With a
            // possessive ("Russia’s concern") it names whose, not who speaks: tag G.
            push_entry(out, {i, a_end}, act->index);
            if (const std::size_t pos = possessive_at(text, a_end) + plural_possessive_at(text, {i, a_end})) {
                out.units.back().where.end = a_end + pos;
                out.units.back().tag = 'G';
                return a_end + pos;
            }
            return a_end;
        }
        return word_tail(text, cue_text, i, end, out, sentence_start, lead, lead_cut, w_end, in_text, in_cues,
                         facts, ahead);
    }

    /// Where the name of a place that a state's name at `at` is part of ends ("the Taiwan
    /// Strait", "the Korea Bay Islands"): up to three capitalised words that no table has a
    /// phrase at, the last a place's noun (is_place_noun). `at` itself where none follows.
    /// (A body named so speaks: "UK Coal said", "the US Federal Reserve said".)
    std::size_t state_in_proper_noun(std::string_view text, std::size_t at, std::size_t end) const {
        std::size_t n = at;
        for (int words = 0; words < 3 && n + 2 < end && text[n] == ' ' && is_upper(text[n + 1]) && is_lower(text[n + 2]);
             ++words) {
            const std::size_t j = n + 1;
            const std::size_t w_end = word_end(text, j, end);
            const std::string_view w = text.substr(j, w_end - j);
            if (is_place_noun(w)) return w_end;
            if (!std::all_of(w.begin(), w.end(), [](char c) { return is_word_byte(static_cast<unsigned char>(c)); }) ||
                t_.tables_at(text, j, lead_at(text.substr(0, end), j)) != 0)
                break;
            n = w_end;
        }
        return at;
    }

    /// A word at which no phrase of the lexicon starts (`in_text` and `in_cues` may still say
    /// one might): "the minister", "Mr. Lavrov", "both sides", a word of the grammar, a name
    /// or a plain word. phrase_at's steps for such a word, in its order.
    BOOST_NOINLINE std::size_t no_phrase_at(std::string_view text, std::string_view cue_text, std::size_t i,
                                            std::size_t end, tagged_sentence& out, bool sentence_start,
                                            word_lead lead, bool lead_cut, std::size_t w_end,
                                            std::uint8_t in_text, std::uint8_t in_cues, word_facts facts,
                                            run_at& ahead) const {
        if (std::size_t n = the_or_honorific(text, cue_text, i, w_end, end, out, ahead)) return n;
        return word_tail(text, cue_text, i, end, out, sentence_start, lead, lead_cut, w_end, in_text, in_cues,
                         facts, ahead);
    }

    /// no_phrase_at where no table may have a phrase at the word and `text` is the cue view
    /// too: seven values fewer to pass than no_phrase_at takes, for each of the words that
    /// word_at sends here (a capitalised word the lexicon does not know, "the"). Returns where
    /// the word's unit ends, settled (the loop's code is the smaller for it).
    BOOST_NOINLINE std::size_t unlisted_word(std::string_view text, std::size_t i, std::size_t end, tagged_sentence& out,
                                             bool sentence_start, word_lead lead, bool lead_cut, std::size_t w_end,
                                             word_facts facts, run_at& ahead) const {
        if (std::size_t n = the_or_honorific(text, text, i, w_end, end, out, ahead)) return settled(out, text, n);
        return settled(out, text,
                       word_tail(text, text, i, end, out, sentence_start, lead, lead_cut, w_end, 0, 0, facts, ahead));
    }

    /// "the minister", "the two sides", "the duo", "the Russian side"; "Mr./Ms. X": what
    /// follows these words makes the unit. 0 when it does not.
    BOOST_FORCEINLINE std::size_t the_or_honorific(std::string_view text, std::string_view cue_text,
                                                   std::size_t i, std::size_t w_end, std::size_t end,
                                                   tagged_sentence& out, run_at& ahead) const {
        const std::string_view w = text.substr(i, w_end - i);
        if (spelled(w, "the") || spelled(w, "The"))
            return after_the(text, cue_text, i, w_end, end, out, ahead);
        if ((w[0] == 'M' || w[0] == 'D' || w[0] == 'P' || w[0] == 'S' || w[0] == 'H') && is_form_of_address(w))
            return after_honorific(text, i, w_end, end, out);
        return 0;
    }

    /// Mr./Ms./Dr X: 0 when no name follows.
    BOOST_NOINLINE std::size_t after_honorific(std::string_view text, std::size_t i, std::size_t w_end,
                                               std::size_t end, tagged_sentence& out) const {
        const std::size_t j = skip_spaces(text, w_end, end);
        // ("Mr de Vabres": after a form of address a particle may open the name.)
        std::size_t k = j;
        while (k < end && is_lower(text[k])) {
            const std::size_t e = word_end(text, k, end);
            if (!is_name_particle(text.substr(k, e - k))) break;
            k = skip_spaces(text, e, end);
        }
        const std::size_t n = k < end ? name_end(text, k, end) : k;
        if (n > k) {
            named_person(out, {i, n}, text, text, {j, n}, {}, {});
            return out.units.back().where.end;
        }
        return 0;
    }

    /// The last steps for a word that is no cue or actor phrase here: "both sides", a
    /// preposition, a word of the grammar, a capitalised word that starts a name, else a plain
    /// word.
    BOOST_FORCEINLINE std::size_t word_tail(std::string_view text, std::string_view cue_text, std::size_t i, std::size_t end,
                          tagged_sentence& out, bool sentence_start, word_lead lead, bool lead_cut,
                          std::size_t w_end, std::uint8_t in_text, std::uint8_t in_cues, word_facts facts,
                          run_at& ahead) const {
        const std::string_view w = text.substr(i, w_end - i);
        // "both sides", "both countries"; "the Chinese and Philippine sides".
        if (spelled(w, "both") || spelled(w, "Both"))
            if (std::size_t n = after_both(text, i, w_end, end, out)) return n;
        const word_class wc = facts.cls;
        if (wc.tag == 'w' && facts.preposition) {
            push(out, {i, w_end}, 'p');
            return w_end;
        }
        if (wc.tag != 'w') {
            push_ref(out, {i, w_end}, wc.tag, wc.ref);
            return w_end;
        }
        // "China Tuesday urged", "The State Department Monday said": a day right after the
        // subject says when, as an adverb there would.
        if (w[0] >= 'F' && w[0] <= 'W' && !out.units.empty() && is_tag_in("NCD", out.units.back().tag) &&
            is_weekday(w) && w_end + 1 < end && text[w_end] == ' ' && is_lower(text[w_end + 1])) {
            push(out, {i, w_end}, 'a');
            return w_end;
        }
        // Capitalised words not in the lexicon: a candidate name ("Rojansky", "Kerry").
        if (may_open_name(static_cast<unsigned char>(w[0])) &&
            !is_common_capitalised(w, lead.key)) {
            if (adverb_in_title_case(text, w, w_end, end)) {
                push(out, {i, w_end}, 'a');
                return w_end;
            }
            // The name's first word is this one: its end and tables are known (unless the
            // sentence ends inside its lead, where name_end reads the whole lead).
            const first_word first{w_end, in_text, in_cues};
            const std::size_t n = name_end(text, i, end, cue_text, lead_cut ? nullptr : &first, &ahead);
            if (n > i) return name_at(text, i, n, w_end, lead, end, sentence_start, out);
        }
        push(out, {i, w_end}, 'w');
        return w_end;
    }

    /// "Spokesman Strongly Condemns Israeli Strikes": a heading in Title Case gives the adverb
    /// before its cue a capital, and it names nobody. `w` (ending at `w_end`) is an adverb of
    /// the way a cue is said, capitalised (is_manner_adverb: not any word in "-ly", "Early
    /// Warning System" is a name), and a capitalised cue follows.
    bool adverb_in_title_case(std::string_view text, std::string_view w, std::size_t w_end, std::size_t end) const {
        if (w.size() < 5 || w[w.size() - 2] != 'l' || w.back() != 'y' || !is_manner_adverb(w)) return false;
        const std::size_t next = skip_spaces(text, w_end, end);
        return next < end && is_upper(text[next]) && match_phrase(t_.cues, text.substr(0, end), next).has_value();
    }

    /// Whether no name follows `at` (past spaces), neither right after it ("spokesman Geng Shuang")
    /// nor between commas ("spokeswoman, Maria Zakharova,"): the title before `at` is unnamed.
    bool unnamed_after(std::string_view text, std::size_t at, std::size_t end) const {
        std::size_t next = skip_spaces(text, at, end);
        // (After a comma, a word in lower case is no name: "EU foreign ministers, meeting in
        // Brussels, condemned ...".)
        if (next < end && text[next] == ',') {
            next = skip_spaces(text, next + 1, end);
            return next >= end || is_lower(text[next]);
        }
        return next >= end || name_end(text, next, end) == next;
    }

    /// "EU leaders", "NATO officials", "a U.S. official", "EU foreign ministers", "a UN
    /// spokesman": a body's members, named by the word for them after the body (`body`, the
    /// lexicon's entry, ends at `after`), speak for it. The end of the unit pushed for them, or
    /// 0 when no such word follows.
    std::size_t members_of_body(std::string_view text, std::size_t i, std::size_t after, std::size_t end,
                                std::uint32_t body, tagged_sentence& out) const {
        std::size_t k = skip_spaces(text, after, end);
        // ("Caribbean Community (CARICOM) heads of government": past the body's other name in
        // brackets, a word of up to twelve bytes.)
        if (k < end && text[k] == '(' && k + 2 < end && is_upper(text[k + 1]))
            if (const std::size_t close = text.find(')', k); close < end && close <= k + 13 &&
                                                              text.substr(k, close - k).find(' ') == std::string_view::npos)
                k = skip_spaces(text, close + 1, end);
        std::size_t k_end = word_end(text, k, end);
        std::string_view w = text.substr(k, k_end - k);
        // "EU foreign ministers", "G20 energy ministers", "UN human rights experts", "NATO
        // military officials": a word or two in lower case for the portfolio, then the members.
        if (!w.empty() && is_lower(w[0]) && w != "ministers" && !is_members_word(w)) {
            std::size_t k2 = skip_spaces(text, k_end, end);
            std::size_t k2_end = word_end(text, k2, end);
            std::string_view members = text.substr(k2, k2_end - k2);
            // (Plain words: no grammar word or cue, "EU says officials", "UN has experts".)
            auto plain = [&](std::string_view x, std::size_t at) {
                return is_plain_lower_word(x) && !words_.find(x, lead_key(x, 0)) &&
                       !match_phrase(t_.cues, text.substr(0, end), at).has_value();
            };
            if (members != "ministers" && !is_members_word(members) && plain(members, k2)) {
                k2 = skip_spaces(text, k2_end, end);
                k2_end = word_end(text, k2, end);
                members = text.substr(k2, k2_end - k2);
            }
            if (members == "ministers" || is_members_word(members)) {
                if (!plain(w, k)) return 0;
                // (The members speak for the body, whatever follows: "EU foreign ministers on
                // Monday said", where a title's reading would stop at the preposition.)
                push_entry(out, {i, k2_end}, body, text);
                return out.units.back().where.end;
            } else if (w == "foreign" || w == "finance" || w == "defence" || w == "defense") {
                return 0;
            }
        }
        // "NATO heads of state and government", "EU member states": the members, in two to
        // five words.
        if (w == "heads" || w == "member") {
            std::size_t n = 0;
            for (std::string_view tail : {" of state and government", " of state", " of government", " states",
                                          " countries", " nations"})
                if (text.substr(k_end, tail.size()) == tail && (w == "heads") == (tail[1] == 'o')) {
                    n = k_end + tail.size();
                    break;
                }
            if (n == 0 || (n < end && is_word_byte(static_cast<unsigned char>(text[n])))) return 0;
            push_entry(out, {i, n}, body, text);
            return out.units.back().where.end;
        }
        // "The African Union Commission condemned", "the ASEAN Secretariat said": an
        // intergovernmental body's organ the lexicon does not list speaks for the body. (Only
        // such a body's: "a Labour council" is a town's, not the party's.)
        if (t_.entries.actors[body].country == "IGO" && is_body_organ(w)) {
            // (So does the organ's head the text does not name: "the African Union Commission
            // chairperson expressed concern".)
            const std::size_t h = skip_spaces(text, k_end, end);
            const std::size_t h_end = word_end(text, h, end);
            const std::string_view head = text.substr(h, h_end - h);
            if ((head == "chairperson" || head == "chairman" || head == "chairwoman" || head == "head" ||
                 head == "chief" || is_spokesperson(head)) &&
                unnamed_after(text, h_end, end))
                k_end = h_end;
            push_entry(out, {i, k_end}, body, text);
            return out.units.back().where.end;
        }
        // "The UNHCR delegation said", "Hamas negotiators rejected": a body's delegation speaks
        // for the body.
        // (And its mission or its observers: "the head of the UN mission welcomed", "EU observers
        // said".)
        if (w == "delegation" || w == "delegations" || w == "negotiators" || w == "mediators" || w == "mission" ||
            w == "observers") {
            push_entry(out, {i, k_end}, body, text);
            return out.units.back().where.end;
        }
        // "the UN secretary-general urged", "the EU foreign policy chief said": the body speaks
        // through an office holder the text does not name (a named one is himself: "NATO
        // Secretary General Mark Rutte").
        if (k < end && !is_spokesperson(w))
            if (const auto title = match_phrase(t_.titles, text, k)) {
                // (An office that speaks for it, not a member's seat: "a Labour MP" is no
                // voice of his party. And the title alone: "ambassador to the WTO, Carlo
                // Trojan," is a longer description of a person.)
                const std::string_view role = t_.entries.titles[title->index].role;
                if (!is_state_office(role) && !is_body_role(role)) return 0;
                const std::size_t t_end = k + title->length;
                if (t_end < end && is_word_byte(static_cast<unsigned char>(text[t_end]))) return 0;
                if (!unnamed_after(text, t_end, end)) return 0;
                const std::size_t next = skip_spaces(text, t_end, end);
                // (A body's may: "the EU Election Observation Mission to Malawi".)
                if (next < end && is_lower(text[next]) && !is_body_role(role)) {
                    const std::string_view word = text.substr(next, word_end(text, next, end) - next);
                    if (const grammar_word* g = words_.find(word, lead_key(word, 0)); g && g->preposition) return 0;
                }
                push_entry(out, {i, t_end}, body, text);
                return out.units.back().where.end;
            }
        // "a NATO spokesman said": the body speaks through a spokesperson the text does not name
        // (a named one speaks himself: "NATO spokeswoman Oana Lungescu").
        // ("Arab League chief condemns ...", "the IAEA head said": its head, likewise.)
        if (is_spokesperson(w) || w == "chief" || w == "head") {
            if (!unnamed_after(text, k_end, end)) return 0;
        } else if (w != "official" && !is_members_word(w)) {
            return 0;
        }
        push_entry(out, {i, k_end}, body, text);
        return out.units.back().where.end;
    }

    /// Whether "minister" is the word after the space at `a`, or the one after that (a word's
    /// end: "tourism| minister", "new| foreign minister"), by the bytes alone.
    static bool minister_within_two_words(std::string_view text, std::size_t a, std::size_t end) noexcept {
        auto minister_at = [&](std::size_t p) {
            return p < end && text[p] == 'm' && text.compare(p, 8, "minister") == 0 &&
                   (p + 8 >= end || !is_word_byte(static_cast<unsigned char>(text[p + 8])));
        };
        if (a + 1 >= end || text[a] != ' ') return false;
        if (minister_at(a + 1)) return true;
        std::size_t b = a + 1;
        while (b < end && is_lower(text[b])) ++b;
        return b + 1 < end && text[b] == ' ' && minister_at(b + 1);
    }

    /// A minister's title after the words of his portfolio at `j` ("Australian Resources
    /// Minister Madeleine King", "Indian Mines Minister", "Jamaica's tourism minister", "the
    /// fisheries minister"): two capitalised words at most, or one plain word in lower case
    /// that is no cue nor a word of the grammar ("said", "the", "in"). Moves `j` to the title;
    /// none where no minister's title follows.
    std::optional<phrase_match> minister_after_portfolio(std::string_view text, std::string_view cue_text, std::size_t& j,
                                                         std::size_t end) const {
        if (j >= end) return std::nullopt;
        const bool upper = is_upper(text[j]);
        if (!upper) {
            // (Most words after "the" or a state's possessive have no "minister" one or two
            // words on: the bytes say so before any table is asked.)
            std::size_t a = j;
            while (a < end && is_lower(text[a])) ++a;
            if (a == j || !minister_within_two_words(text, a, end)) return std::nullopt;
            const std::string_view w = text.substr(j, a - j);
            const word_facts f = facts_of(w, lead_at(w, 0));
            if (f.cls.tag != 'w' || f.preposition || match_phrase(t_.cues, cue_text, j)) return std::nullopt;
        }
        for (std::size_t k = j, n = 0; n < (upper ? 2u : 1u) && k < end && (upper ? is_upper(text[k]) : is_lower(text[k])); ++n) {
            k = skip_spaces(text, word_end(text, k, end), end);
            if (k >= end || (upper ? !is_upper(text[k]) : !is_lower(text[k]))) break;
            if (auto m = match_phrase(t_.titles, text, k); m && is_minister_title(t_.entries.titles[m->index].role)) {
                j = k;
                return m;
            }
        }
        return std::nullopt;
    }

    /// Where "health ministry" or "Health Ministry" at `j` ends: one plain word of a portfolio
    /// (no word of the grammar) and "ministry"; 0 where none is there.
    std::size_t portfolio_ministry_end(std::string_view text, std::size_t j, std::size_t end) const {
        if (j >= end || !(is_lower(text[j]) || is_upper(text[j]))) return 0;
        // (The bytes first: a plain word, a space, then "inistry" after its first letter.)
        std::size_t a = j + 1;
        while (a < end && is_lower(text[a])) ++a;
        if (a + 9 > end || text[a] != ' ' || text.compare(a + 2, 7, "inistry") != 0) return 0;
        const std::string_view w = text.substr(j, a - j);
        if (w.size() < 3 || facts_of(w, lead_at(w, 0)).cls.tag != 'w') return 0;
        const std::size_t k_end = word_end(text, a + 1, end);
        const std::string_view m = text.substr(a + 1, k_end - a - 1);
        return (m == "ministry" && is_lower(text[j])) || (m == "Ministry" && is_upper(text[j])) ? k_end : 0;
    }

    /// A demonym or a state before a title ("Russian Foreign Minister Sergei Lavrov", "US
    /// Secretary of State Rex Tillerson") or before a word for its side or government ("the
    /// Russian side", "the Russian Foreign Ministry"); 0 when neither follows.
    BOOST_NOINLINE std::size_t before_title(std::string_view text, std::size_t i, std::size_t end,
                                            const std::optional<phrase_match>& demonym,
                                            const std::optional<phrase_match>& act,
                                            tagged_sentence& out, std::string_view cue_text) const {
        for (const std::optional<phrase_match>* adj : {&demonym, &act}) {
            if (!*adj) continue;
            std::string_view country = adj == &demonym ? t_.entries.demonyms[(*adj)->index].country
                                                  : t_.entries.actors[(*adj)->index].country;
            if (adj == &act && t_.entries.actors[(*adj)->index].kind != actor_kind::state) {
                if (t_.entries.actors[(*adj)->index].kind != actor_kind::person) {
                    if (std::size_t n = members_of_body(text, i, i + (*adj)->length, end, (*adj)->index, out)) return n;
                    // ("The African Union's observation mission said": past the body's possessive,
                    // its mission, delegation or observers; not its other words, "the EU's decision".)
                    const std::size_t a_end = i + (*adj)->length;
                    if (const std::size_t p = possessive_at(text, a_end); p != 0) {
                        const std::size_t k = skip_spaces(text, a_end + p, end);
                        if (k < end && is_lower(text[k]))
                            if (const auto title = match_phrase(t_.titles, text, k);
                                title && t_.entries.titles[title->index].role == "observer mission") {
                                push_entry(out, {i, k + title->length}, (*adj)->index, text);
                                return out.units.back().where.end;
                            }
                    }
                }
                continue;
            }
            // A state's possessive is its demonym ("Rwanda's delegate", "Rwanda's government"),
            // whether or not demonyms.lex lists it.
            const std::size_t possessive = adj == &act ? possessive_at(text, i + (*adj)->length) : 0;
            std::size_t j = skip_spaces(text, i + (*adj)->length + possessive, end);
            auto tt = match_phrase(t_.titles, text, j);
            if (!tt) tt = minister_after_portfolio(text, cue_text, j, end);
            if (tt) {
                const std::string_view role = t_.entries.titles[tt->index].role;
                if (is_body_role(role)) {
                    if (const std::uint32_t* st = t_.state_by_country.find(country)) {
                        // "a Chinese Foreign Ministry spokesman said": the state speaks through
                        // a spokesperson the text does not name (a named one is a person of
                        // his own: "... spokesman Geng Shuang", "... spokeswoman, Maria Zakharova,").
                        std::size_t body_end = j + tt->length;
                        const std::size_t k = skip_spaces(text, body_end, end);
                        if (auto spokes = k < end ? match_phrase(t_.titles, text, k) : std::nullopt;
                            spokes && is_spokesperson_title(t_.entries.titles[spokes->index].role)) {
                            if (unnamed_after(text, k + spokes->length, end)) body_end = k + spokes->length;
                        }
                        push_entry(out, {i, body_end}, *st, text);
                        return out.units.back().where.end;
                    }
                }
                if (std::size_t n = title_then_name(text, i, j + tt->length, end, role, country, out, cue_text))
                    return n;
            }
            // "Congo's health ministry", "the Congolese Health Ministry": a ministry named by its
            // portfolio, which the title table does not list, speaks for its state.
            if ((adj == &demonym || possessive) && !tt)
                if (const std::size_t m_end = portfolio_ministry_end(text, j, end))
                    if (const std::uint32_t* st = t_.state_by_country.find(country)) {
                        push_entry(out, {i, m_end}, *st, text);
                        return out.units.back().where.end;
                    }
            // "the Russian side": the speaker's own side (own-side rule), or that state.
            const std::size_t k = j;
            std::string_view next = text.substr(k, word_end(text, k, end) - k);
            // "the Russian Foreign Ministry", "the British Foreign Office": a ministry speaks
            // for its state.
            if (next == "Foreign" || next == "Defence" || next == "Defense" || next == "State") {
                const std::size_t k2 = skip_spaces(text, k + next.size(), end);
                const std::string_view body = text.substr(k2, word_end(text, k2, end) - k2);
                if (body == "Ministry" || body == "Office" || body == "Department")
                    next = text.substr(k, k2 + body.size() - k);
            }
            // ("Kremlin officials", "Itamaraty diplomats": a state's name, as its seat, before
            // the people who speak for it is its demonym there.)
            const bool its_people = next == "officials" || next == "diplomats" || next == "negotiators" ||
                                    next == "envoys" || next == "authorities" || next == "delegation";
            if (adj == &act && its_people) {
                if (const std::uint32_t* st = t_.state_by_country.find(country)) {
                    assign_entry(push_actor(out, {i, k + next.size()}), *st);
                    return k + next.size();
                }
            }
            if ((adj == &demonym || possessive) && (next == "side" || next == "government" || next == "leadership" ||
                                    next == "officials" || next == "official" || next == "authorities" || next == "delegation" ||
                                    next == "diplomats" || next == "negotiators" || next == "envoys" ||
                                    next == "diplomat" || next == "negotiator" ||
                                    next == "Government" || next == "Ministry" || next == "ministry" ||
                                    next == "embassy" || next == "Embassy" || next == "mission" || next == "Mission" ||
                                    next.find(' ') != std::string_view::npos)) {
                if (const std::uint32_t* st = t_.state_by_country.find(country)) {
                    assign_entry(push_actor(out, {i, k + next.size()}), *st);
                    return k + next.size();
                }
            }
        }
        return 0;
    }

    /// After "the" at `i` (the word ends at `w_end`): "the minister", "the two sides", "the duo",
    /// "the Russian side", "the US and Russian sides"; 0 when none of these follows.
    BOOST_NOINLINE std::size_t after_the(std::string_view text, std::string_view cue_text, std::size_t i,
                                         std::size_t w_end, std::size_t end, tagged_sentence& out,
                                         run_at& ahead) const {
        // Most often one plain space and a word's lead byte (no space, nor 0xC2 of U+00A0):
        // skip_spaces' answer without its loop.
        const bool one_space = w_end + 1 < end && text[w_end] == ' ' && is_lead_byte(static_cast<unsigned char>(text[w_end + 1]));
        const std::size_t after_the = one_space ? w_end + 1 : skip_spaces(text, w_end, end);
        // The tables with a phrase at the next word, found once: most often none of them
        // ("the weather"), and then no phrase below needs a look there.
        word_lead next_lead{0, 0};
        std::uint8_t next_in = 0;
        if (after_the < text.size()) {
            // Where "the" pairs with the next run in some table, word_at's probe read that run.
            next_lead = ahead.at == after_the && ahead.lead.key != 0 ? ahead.lead : lead_at(text, after_the);
            ahead = {after_the, next_lead};
            next_in = t_.tables_at(text, after_the, next_lead, nullptr,
                                   in_table::demonyms | in_table::actors | in_table::titles);
        }
        // The demonym and the actor phrase at the next word, looked up once: joint_sides and the
        // steps below both ask for them.
        const std::optional<phrase_match> next_demonym =
            next_in & in_table::demonyms ? t_.demonyms.longest(text, after_the) : std::nullopt;
        const std::optional<phrase_match> next_actor =
            next_in & in_table::actors ? t_.actors.longest(text, after_the) : std::nullopt;
        // A phrase of `table` at `at`: right after "the" the lead index has been asked already.
        auto lookup = [&](const phrase_table& table, std::uint8_t bit, std::size_t at) -> std::optional<phrase_match> {
            if (at != after_the) return match_phrase(table, text, at);
            if (bit == in_table::demonyms) return next_demonym;
            if (bit == in_table::actors) return next_actor;
            if (!(next_in & bit)) return std::nullopt;
            return table.longest(text, at);
        };
        if (next_demonym || next_actor)
            if (std::size_t n = joint_sides(text, after_the, next_demonym, next_actor, end, i, out)) return n;
        // "Ghana and the People's Republic of China have signed": after "and", "the" and a
        // state's name are one unit, as "the United States" is, so that the two are joined.
        // (Not a place named after the state: "and the China Sea".)
        if (next_actor && !next_demonym && !out.units.empty() && out.units.back().tag == '&' &&
            t_.entries.actors[next_actor->index].kind == actor_kind::state) {
            const std::size_t a_end = after_the + next_actor->length;
            if (a_end >= end || ((text[a_end] == ' ' || text[a_end] == ',' || text[a_end] == '.') &&
                                 state_in_proper_noun(text, a_end, end) == a_end)) {
                push_entry(out, {i, a_end}, next_actor->index, text);
                return a_end;
            }
        }
        std::size_t j = after_the;
        std::size_t j_end = end_of_word(text, j, end, next_lead);
        std::string_view next = text.substr(j, j_end - j);
        // "The participating governments call on ..." (the issuers of a joint statement), "The
        // 18 members reaffirmed" (a body's members counted in figures are the body, as "the
        // members" are; not "the 27 members of ..."): a description of the pair kind.
        const bool participating = spelled(next, "participating");
        if (participating ||
            (!next.empty() && std::all_of(next.begin(), next.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
            const std::size_t k = skip_spaces(text, j_end, end);
            const std::size_t k_end = word_end(text, k, end);
            const std::string_view noun = text.substr(k, k_end - k);
            if (participating ? names_states(noun) || spelled(noun, "States")
                              : spelled(noun, "members") && text.substr(k_end, 4) != " of ") {
                push_ref(out, {i, k_end}, 'D', reference::pair);
                return k_end;
            }
        }
        if (spelled(next, "two") || spelled(next, "both") || spelled(next, "three") || spelled(next, "four")) {
            const bool numeral = !spelled(next, "both");
            const std::size_t numeral_end = j_end;
            j = skip_spaces(text, j_end, end);
            j_end = word_end(text, j, end);
            next = text.substr(j, j_end - j);
            // "The two also discussed", "the two agreed": with an adverb, an auxiliary or
            // a cue after it, the numeral is the whole noun phrase.
            const char after = classify_word(next).tag;
            if (numeral && (is_tag_in("abhdn", after) ||
                            match_phrase(t_.cues, cue_text, j))) {
                push_ref(out, {i, numeral_end}, 'D', reference::pair);
                return numeral_end;
            }
            // "the two foreign ministers", "the two prime ministers": a title in the plural is
            // the pair among persons with that role, as "the two ministers" is.
            // (The title is matched without the plural's s, one to three words long.)
            if (numeral && !is_pair_noun(next))
                for (std::size_t k = j, words = 0; k < end && words < 3; ++words) {
                    const std::size_t stop = word_end(text, k, end);
                    if (stop > k + 1 && text[stop - 1] == 's') {
                        const std::string_view singular = text.substr(0, stop - 1);
                        if (const auto tt = match_phrase(t_.titles, singular, j); tt && j + tt->length == stop - 1 &&
                                                                                 !is_body_role(t_.entries.titles[tt->index].role)) {
                            push_ref(out, {i, stop}, 'D', reference::pair, t_.entries.titles[tt->index].role);
                            return stop;
                        }
                    }
                    k = skip_spaces(text, stop, end);
                    if (k >= end || !is_lower(text[k])) break;
                }
        }
        // (Not "the members of the Security Council": the body they make up speaks, read
        // after tagging.)
        if (is_pair_noun(next) && !(spelled(next, "members") && text.substr(j_end, 4) == " of ")) {
            // "the presidents", "the ministers": the pair among persons with that role.
            std::string_view role;
            if (spelled_or_capitalised(next, "presidents")) role = "president";
            else if (spelled_or_capitalised(next, "ministers")) role = "minister";
            push_ref(out, {i, j_end}, 'D', reference::pair, role);
            return j_end;
        }
        // "the Russian Foreign Minister": the demonym says whose; "the Russian Foreign
        // Ministry" is Russia.
        std::string_view country;
        if (auto d = lookup(t_.demonyms, in_table::demonyms, j)) {
            std::size_t k = skip_spaces(text, j + d->length, end);
            auto tt = match_phrase(t_.titles, text, k);
            if (!tt) tt = minister_after_portfolio(text, cue_text, k, end);
            if (tt) {
                country = t_.entries.demonyms[d->index].country;
                if (is_body_role(t_.entries.titles[tt->index].role)) {
                    if (const std::uint32_t* st = t_.state_by_country.find(country)) {
                        push_entry(out, {i, k + tt->length}, *st, text);
                        return out.units.back().where.end;
                    }
                }
                j = k;
            }
        }
        // ("the tourism minister", "the new foreign minister": a portfolio or an adjective
        // before a minister's title.)
        std::optional<phrase_match> title_here = lookup(t_.titles, in_table::titles, j);
        // (The bytes first: most plain words after "the" have no "minister" after them.)
        if (!title_here && j == after_the && !next.empty() && is_lower(next[0]) && !next_in &&
            minister_within_two_words(text, j_end, end))
            title_here = minister_after_portfolio(text, cue_text, j, end);
        if (auto tt = title_here; tt && !lookup(t_.actors, in_table::actors, j)) {
            const std::size_t t_end = j + tt->length;
            const std::string_view role = t_.entries.titles[tt->index].role;
            // "The Foreign Ministers of Egypt, Jordan and Iraq": the states, together.
            if (std::size_t n = plural_title_of_states(text, i, t_end, out)) return n;
            // "the High Representative of the European Union", "the President of Russia"
            if (std::size_t n = title_then_name(text, i, t_end, end, role, country, out, cue_text)) return n;
            // Only a bare title ("the minister said"), not "the minister of X Y".
            const std::size_t after = skip_spaces(text, t_end, end);
            if (after >= end || !is_upper(text[after])) {
                push_ref(out, {i, t_end}, 'D', reference::title);
                out.describe(out.units.back(), role, country);
                return t_end;
            }
        }
        // "The ministry said", "according to the ministry": a body with no country, which the
        // resolution gives the state that spoke last, as it does "the Foreign Ministry" (dev
        // notes: ministries are their state). Lower case only, so no title: a capitalised
        // "Ministry" ends a body's own name ("the Finance and Economy Ministry said").
        if (j == after_the && spelled(next, "ministry")) {
            push_ref(out, {i, j_end}, 'D', reference::title, "ministry");
            return j_end;
        }
        // "the league said", "the bloc", "the alliance": the body the text named with that word,
        // or the intergovernmental one it named last (the resolution's).
        if (j == after_the && is_lower(next[0])) {
            // "the bloc's trade chief said", "the alliance's spokesman": the body speaks
            // through an office holder the text does not name, as "the EU foreign policy
            // chief" does (members_of_body). (The word ends past its possessive.)
            const std::size_t bare_end = end_before_possessive(text, j, j_end);
            if (const std::string_view organ = body_word_after_the(text.substr(j, bare_end - j)); !organ.empty()) {
                if (bare_end != j_end) {
                    if (const std::size_t holder = officer_after_possessive(text, bare_end, end); holder != 0) {
                        push_ref(out, {i, holder}, 'D', reference::title, organ);
                        return holder;
                    }
                    return 0;
                }
                push_ref(out, {i, j_end}, 'D', reference::title, organ);
                return j_end;
            }
        }
        return 0;
    }

    /// Where "'s trade chief", "'s spokesman" or "'s secretary general" ends, at `at` (a
    /// possessive, up to two words in lower case, a title that speaks for its body); 0 where
    /// none is there or a name follows ("the bloc's envoy, Tom Smith," is Smith).
    std::size_t officer_after_possessive(std::string_view text, std::size_t at, std::size_t end) const {
        const std::size_t p = possessive_at(text, at);
        if (p == 0) return 0;
        std::size_t k = skip_spaces(text, at + p, end);
        for (int words = 0; words <= 2 && k < end && is_lower(text[k]); ++words) {
            const std::size_t k_end = word_end(text, k, end);
            const std::string_view w = text.substr(k, k_end - k);
            const auto title = match_phrase(t_.titles, text, k);
            // (And a mission the body sends: "the African Union's observer mission".)
            const bool officer = w == "chief" || w == "head" || is_spokesperson(w) ||
                                 (title && (!is_body_role(t_.entries.titles[title->index].role) ||
                                            ends_in_words(t_.entries.titles[title->index].role, "mission")));
            if (officer) {
                const std::size_t t_end = w == "chief" || w == "head" || !title ? k_end : k + title->length;
                return unnamed_after(text, t_end, end) ? t_end : 0;
            }
            k = skip_spaces(text, k_end, end);
        }
        return 0;
    }

    /// "The Foreign Ministers of the Arab Republic of Egypt, the Hashemite Kingdom of Jordan and
    /// the Republic of Iraq", "the Presidents of Chile and Indonesia": a plural title (ending
    /// at `t_end` in an s) of two or more states named after "of" is those states together, one
    /// unit from `begin`; 0 where no such list follows.
    std::size_t plural_title_of_states(std::string_view text, std::size_t begin, std::size_t t_end,
                                       tagged_sentence& out) const {
        if (t_end == 0 || text[t_end - 1] != 's' || text.substr(t_end, 4) != " of ") return 0;
        std::vector<actor> members;
        std::size_t k = t_end + 4, last = 0;
        for (;;) {
            if (text.substr(k, 4) == "the ") k += 4;
            const auto m = match_phrase(t_.actors, text, k);
            if (!m || t_.entries.actors[m->index].kind != actor_kind::state) break;
            assign_entry(members.emplace_back(), m->index);
            last = k + m->length;
            k = last;
            // ", " or " and " or ", and " before the next one.
            if (text.substr(k, 2) == ", ") k += 2;
            if (text.substr(k, 4) == "and ") k += 4;
            else if (text.substr(k, 5) == " and ") k += 5;
            else if (k == last) break;
        }
        if (members.size() < 2) return 0;
        actor group;
        group.kind = actor_kind::group;
        for (const actor& m : members) group.name += (group.name.empty() ? "" : " and ") + m.name;
        group.members = std::move(members);
        push_actor(out, {begin, last}, text) = std::move(group);
        return out.units.back().where.end;
    }

    /// After "both" at `i`: "both sides", "both countries’ presidents"; 0 when no such noun follows.
    BOOST_NOINLINE std::size_t after_both(std::string_view text, std::size_t i, std::size_t w_end,
                                          std::size_t end, tagged_sentence& out) const {
        const std::size_t j = skip_spaces(text, w_end, end);
        std::size_t j_end = word_end(text, j, end);
        std::string_view noun = text.substr(j, j_end - j);
        // "both countries’ presidents": the role after a plural possessive.
        std::string_view role;
        if (noun.size() > 3 && noun.substr(noun.size() - 3) == "\xE2\x80\x99") noun.remove_suffix(3);
        else if (!noun.empty() && noun.back() == '\'') noun.remove_suffix(1);
        // A word ends before a final apostrophe ("countries’ "): step over it.
        std::size_t possessive_end = j_end;
        if (j_end + 3 <= end && text.compare(j_end, 3, "\xE2\x80\x99") == 0) possessive_end += 3;
        else if (j_end < end && text[j_end] == '\'') ++possessive_end;
        if (j < end && is_pair_noun(noun)) {
            if (noun.size() + j < possessive_end) {
                const std::size_t k = skip_spaces(text, possessive_end, end);
                const std::size_t k_end = word_end(text, k, end);
                const std::string_view head = text.substr(k, k_end - k);
                if (is_pair_noun(head)) {
                    if (spelled_or_capitalised(head, "presidents")) role = "president";
                    else if (spelled_or_capitalised(head, "ministers")) role = "minister";
                    j_end = k_end;
                }
            }
            push_ref(out, {i, j_end}, 'D', reference::pair, role);
            return j_end;
        }
        return 0;
    }

    /// A capitalised word at `i` not in the lexicon, the start of a name that ends at `n` (past
    /// `i`, from name_end): a known surname, a possessive or a lone word opening a sentence, an
    /// organ of a body ("the Technical Secretariat of the OPCW"), or a candidate name (tag C).
    /// `lead` is the lead of the word at `i`.
    BOOST_NOINLINE std::size_t name_at(std::string_view text, std::size_t i, std::size_t n, std::size_t w_end,
                                       word_lead lead, std::size_t end, bool sentence_start,
                                       tagged_sentence& out) const {
        // "Tillerson’s": a possessive names whose, not who speaks. It is inside [i, n) where the
        // name is the one word (w_end == n), else right after n: name_end stops a name before
        // its possessive ("Matthew Rojansky’s", "Kasabian’s singer").
        std::size_t possessive = 0;
        std::size_t name_end = n, unit_end = n;
        if (w_end == n) {
            const std::string_view word(text.data() + i, n - i);
            if (word.size() > 4 && spelled(word.substr(word.size() - 4), "\xE2\x80\x99s")) possessive = 4;
            else if (word.size() > 2 && spelled(word.substr(word.size() - 2), "'s")) possessive = 2;
            name_end = n - possessive;
        } else if (const std::size_t p = possessive_at(text, n); p != 0 && n + p <= end) {
            possessive = p;
            unit_end = n + p;
        }
        // A name of one word (the most) has no space to look for.
        const bool one_word = w_end == unit_end;
        // A lone capitalised word opening a sentence ("Rest assured", "Nothing will") is
        // not a name unless the lexicon knows it as a surname.
        const bool lone = sentence_start && one_word;
        const std::string_view name = text.substr(i, name_end - i);
        const auto space = one_word ? std::string_view::npos : name.rfind(' ');
        const std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
        // A name of one word that is its lead (most are: "Geneva", "Kerry") has the lead's key.
        const bool last_is_lead = last.data() == text.data() + i && last.size() == lead.length;
        // "the Bishop", "the Guardian": a word after "the" is no person's surname.
        const bool after_article = !out.units.empty() && out.units.back().tag == 'w' &&
                                   out.units.back().where.size() == 3 && spelled_or_capitalised(out.units.back().where.in(text), "the");
        if (const std::uint32_t* known = after_article && one_word ? nullptr
                                         : same_person(name, last_is_lead ? t_.person_by_last_name.find(last, lead.key)
                                                                          : t_.person_by_last_name.find(last))) {
            push_entry(out, {i, name_end}, *known, text); // with its possessive: G
            if (one_word) mark_surname(out);
            return unit_end;
        }
        // "Matthew Rojansky’s plan": whose, a person the discourse notes, so that "Rojansky"
        // later is him. (One word with a possessive, "Kasabian’s", may be a band or a firm
        // as well: a plain word.)
        if (possessive && !one_word) {
            actor& a = push_actor(out, {i, name_end}, text);
            a.name = std::string(name);
            a.kind = names_a_body(name) ? actor_kind::organization : actor_kind::person;
            return unit_end;
        }
        // "Office", "Ministry", "Government" alone name a body, never a person.
        if (possessive || lone || (one_word && is_body_noun(name))) {
            push(out, {i, unit_end}, 'w');
            return unit_end;
        }
        // "the Technical Secretariat of the OPCW": a body's organ speaks for the body.
        const std::size_t k = skip_spaces(text, n, end);
        const std::size_t prep = spelled(text.substr(k, 7), "of the ") ? 7 : spelled(text.substr(k, 3), "of ") ? 3 : 0;
        if (prep != 0) {
            auto org = match_phrase(t_.actors, text, k + prep);
            if (org && t_.entries.actors[org->index].kind == actor_kind::organization) {
                const std::size_t o_end = k + prep + org->length;
                push_entry(out, {i, o_end}, org->index);
                return o_end;
            }
        }
        // (A knight or dame named by given name, "Sir Keir": engine::name_knights reads such
        // units only in sentences that have one.)
        if ((text[i] == 'S' || text[i] == 'D') && (spelled(text.substr(i, 4), "Sir ") || spelled(text.substr(i, 5), "Dame ")))
            out.knights = true;
        // "Sen. Jesse Helms, R-N.C., said": a US legislator's party and state is no name.
        if (one_word && name.size() >= 3 && (name[0] == 'R' || name[0] == 'D' || name[0] == 'I') && name[1] == '-' &&
            is_upper(name[2])) {
            // (With the dot of its abbreviation: "R-Va.,".)
            const bool dot = unit_end + 1 < end && text[unit_end] == '.' && text[unit_end + 1] == ',';
            const std::size_t with_dot = dot ? unit_end + 1 : unit_end;
            push(out, {i, with_dot}, 'w');
            return with_dot;
        }
        push(out, {i, n}, 'C');
        return n;
    }

    /// The country a demonym or state names at `j` ("Russian", "US"), and where it ends. `lead`
    /// is the lead there (lead_at(text, j)): one hash for both tables.
    std::optional<std::pair<std::string_view, std::size_t>> country_word(std::string_view text, std::size_t j,
                                                                         word_lead lead) const {
        return country_of(j, match_phrase(t_.demonyms, text, j, lead), match_phrase(t_.actors, text, j, lead));
    }

    /// country_word's answer from the demonym `d` and the actor `a` that start at `j`.
    std::optional<std::pair<std::string_view, std::size_t>> country_of(std::size_t j,
                                                                       const std::optional<phrase_match>& d,
                                                                       const std::optional<phrase_match>& a) const {
        if (a && t_.entries.actors[a->index].kind == actor_kind::state && (!d || a->length >= d->length))
            return std::make_pair(std::string_view(t_.entries.actors[a->index].country), j + a->length);
        if (d) return std::make_pair(std::string_view(t_.entries.demonyms[d->index].country), j + d->length);
        return std::nullopt;
    }

    /// "the US and Russian sides", "the Chinese and Philippine presidents", "French and German
    /// officials", "the Qatari, Egyptian and American mediators": two states or more, a list of
    /// demonyms or states joined by commas and "and" before a plural noun of people or sides.
    /// `d` and `a` are the demonym and the actor phrase at `j` (the caller has looked them up);
    /// the unit spans from `begin` ("the", or `j`) to the noun's end.
    std::size_t joint_sides(std::string_view text, std::size_t j, const std::optional<phrase_match>& d,
                            const std::optional<phrase_match>& a, std::size_t end, std::size_t begin,
                            tagged_sentence& out) const {
        auto first = country_of(j, d, a);
        if (!first) return 0;
        std::string_view countries[6] = {first->first};
        std::size_t count = 1;
        std::size_t k = first->second;
        for (bool last = false; !last;) {
            // ", " goes on with the list; "and " or ", and " ends it with one more.
            const bool comma = k < end && text[k] == ',';
            k = skip_spaces(text, comma ? k + 1 : k, end);
            last = text.substr(k, 4) == "and ";
            if (last) k = skip_spaces(text, k + 4, end);
            else if (!comma) return 0;
            auto next = k < text.size() ? country_word(text, k, lead_at(text, k)) : std::nullopt;
            if (!next || count == 6) return 0;
            countries[count++] = next->first;
            k = next->second;
        }
        k = skip_spaces(text, k, end);
        const std::size_t k_end = word_end(text, k, end);
        if (k >= end || !is_joint_noun(text.substr(k, k_end - k))) return 0;
        std::vector<actor> members;
        for (std::size_t m = 0; m < count; ++m) {
            const std::uint32_t* st = t_.state_by_country.find(countries[m]);
            if (!st) return 0;
            assign_entry(members.emplace_back(), *st);
        }
        actor group;
        group.kind = actor_kind::group;
        for (std::size_t m = 0; m < members.size(); ++m)
            group.name += (m == 0 ? "" : m + 1 == members.size() ? " and " : ", ") + members[m].name;
        group.members = std::move(members);
        push_actor(out, {begin, k_end}) = std::move(group);
        return k_end;
    }

    /// A plural noun after a list of states that makes them speakers: is_pair_noun's ("sides",
    /// "leaders", "ministers") and those of their officials ("mediators", "negotiators").
    static bool is_joint_noun(std::string_view w) {
        if (is_pair_noun(w)) return true;
        for (std::string_view n : {"officials", "mediators", "negotiators", "envoys", "governments", "authorities",
                                   "delegations", "counterparts"})
            if (w == n) return true;
        return false;
    }

    /// A unit of the grammar's words or a description, with no role (as push).
    BOOST_FORCEINLINE static void push_ref(tagged_sentence& out, span where, char tag, reference ref) {
        out.units.emplace_back(where, tag).ref = ref;
    }

    /// A description with the role `role` ("the minister", "the presidents"; none when empty).
    static void push_ref(tagged_sentence& out, span where, char tag, reference ref, std::string_view role) {
        push_ref(out, where, tag, ref);
        out.describe(out.units.back(), role, {});
    }
};

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
