// The forms a lexicon phrase is put into a table under: its case variants ("the Kremlin",
// "The Kremlin") and its apostrophe variants (' and ’). A Table is anything with
// `std::uint32_t& at(const std::string&)` (phrase_table, gap_rule; a test's recorder).
#ifndef COMMUNIQUE_DETAIL_LEXICON_FORMS_HPP
#define COMMUNIQUE_DETAIL_LEXICON_FORMS_HPP

#include <communique/config.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

inline std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

/// "secretary of state" -> "Secretary of State": small words stay lower case.
inline std::string title_case(std::string s) {
    static constexpr std::string_view small[] = {"of", "the", "to", "for", "and", "on", "at", "in"};
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ' && s[j] != '-') ++j;
        const std::string_view word(s.data() + i, j - i);
        bool keep = false;
        for (auto w : small) keep = keep || (word == w && i > 0);
        if (!keep && s[i] >= 'a' && s[i] <= 'z') s[i] = static_cast<char>(s[i] - 'a' + 'A');
        i = j + 1;
    }
    return s;
}

/// `s` with every `from` replaced by `to`.
inline std::string replaced(std::string_view s, std::string_view from, std::string_view to) {
    std::string out;
    out.reserve(s.size() + s.size() / from.size() * to.size());
    for (std::size_t at = 0;;) {
        const std::size_t next = s.find(from, at);
        out.append(s.substr(at, next - at));
        if (next == std::string_view::npos) return out;
        out.append(to);
        at = next + from.size();
    }
}

/// The apostrophes a form holds: a form is put under each spelling of them. The case variants
/// of a form hold the same ones (only ASCII letters change case), so they are found once.
struct apostrophes {
    bool straight = false; ///< '
    bool curly = false;    ///< ’ (U+2019)
};

/// Whether some byte of `s` is `a` or `b` (neither 0), eight bytes at a time: most forms are
/// short and hold neither, and a step or two says so where a search for each (memchr) was a
/// call for each. A form shorter than eight bytes is read in two overlapping halves, or its
/// first, middle and last byte: no byte after its end is read, and none is read one at a time.
inline bool has_byte(std::string_view s, unsigned char a, unsigned char b) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
    // Bit 7 of some byte set where `v` has a zero byte (exact for whether there is one).
    const auto zero_byte = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    // The zero bytes filled in below are neither `a` nor `b`; bytes read twice do no harm.
    const auto holds = [&](std::uint64_t x) { return (zero_byte(x ^ ones * a) | zero_byte(x ^ ones * b)) != 0; };
    const char* const p = s.data();
    const std::size_t n = s.size();
    const auto load = [p](std::size_t at, auto bytes) {
        decltype(bytes) x = 0;
        std::memcpy(&x, p + at, sizeof x);
        return static_cast<std::uint64_t>(x);
    };
    if (n >= 8) {
        for (std::size_t j = 0; n - j > 8; j += 8)
            if (holds(load(j, std::uint64_t{}))) return true;
        return holds(load(n - 8, std::uint64_t{})); // the last eight
    }
    if (n >= 4) return holds(load(0, std::uint32_t{}) | load(n - 4, std::uint32_t{}) << 32);
    if (n == 0) return false;
    const auto byte = [p](std::size_t at) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[at])); };
    return holds(byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16);
}

inline constexpr std::string_view straight_apostrophe = "'", curly_apostrophe = "\xE2\x80\x99";

inline apostrophes apostrophes_in(std::string_view form) noexcept {
    if (!has_byte(form, '\'', 0xE2)) return {};
    // The curly one is looked for whole only where its first byte is, in few forms.
    return {form.find('\'') != std::string_view::npos,
            form.find(curly_apostrophe) != std::string_view::npos};
}

/// `form`, which holds `marks`, and the same phrase with the other apostrophe (' and ’), so
/// either spelling in a text matches.
template <typename Table>
void put(Table& table, const std::string& form, std::uint32_t index, apostrophes marks) {
    if (form.empty()) return;
    table.at(form) = index;
    if (marks.straight) table.at(replaced(form, straight_apostrophe, curly_apostrophe)) = index;
    if (marks.curly) table.at(replaced(form, curly_apostrophe, straight_apostrophe)) = index;
}

/// put, with the apostrophes of `form` found here.
template <typename Table>
void put(Table& table, const std::string& form, std::uint32_t index) {
    put(table, form, index, apostrophes_in(form));
}

/// `form` Capitalised, written into `scratch`: its buffer serves form after form, where a copy
/// of each form longer than a string holds in place was a call to malloc and one to free.
inline const std::string& capitalised_into(std::string& scratch, const std::string& form) {
    scratch.assign(form);
    if (!scratch.empty() && scratch[0] >= 'a' && scratch[0] <= 'z')
        scratch[0] = static_cast<char>(scratch[0] - 'a' + 'A');
    return scratch;
}

/// Lower case, Capitalised (sentence start) and, for titles, Title Case forms. A form the same
/// as one put already ("Kremlin" Capitalised, "envoy" in Title Case) is not put again: the
/// same index would only be written over itself, after a walk down the trie. `scratch` is a
/// buffer to build the variants in (see capitalised_into).
template <typename Table>
void put_cased(Table& table, const std::string& form, std::uint32_t index, bool title,
               std::string& scratch) {
    const apostrophes marks = apostrophes_in(form);
    put(table, form, index, marks);
    const bool lower_first = !form.empty() && form[0] >= 'a' && form[0] <= 'z';
    if (lower_first) put(table, capitalised_into(scratch, form), index, marks); // else the same as `form`
    if (!title || form.empty()) return;
    const std::string titled = title_case(form);
    // Title Case differs from Capitalised (and from `form`) only past the first word.
    if (titled.compare(1, std::string::npos, form, 1, std::string::npos) != 0) put(table, titled, index, marks);
}

/// put_cased with a buffer of its own.
template <typename Table>
void put_cased(Table& table, const std::string& form, std::uint32_t index, bool title) {
    std::string scratch;
    put_cased(table, form, index, title, scratch);
}

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
