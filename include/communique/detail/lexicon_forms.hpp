// The forms a lexicon phrase is put into a table under: its case variants ("the Kremlin",
// "The Kremlin") and its apostrophe variants (' and ’). A Table is anything with
// `std::uint32_t& at(const std::string&)` (phrase_table, gap_rule; a test's recorder).
#ifndef COMMUNIQUE_DETAIL_LEXICON_FORMS_HPP
#define COMMUNIQUE_DETAIL_LEXICON_FORMS_HPP

#include <communique/config.hpp>

#include <cstdint>
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

/// `form` and the same phrase with the other apostrophe (' and ’), so either spelling in a text
/// matches. Most phrases have no apostrophe: no other string is built for them.
template <typename Table>
void put(Table& table, const std::string& form, std::uint32_t index) {
    static constexpr std::string_view straight = "'", curly = "\xE2\x80\x99";
    if (form.empty()) return;
    table.at(form) = index;
    // A byte looked for (memchr) before a string: the curly one is looked for whole only
    // where its first byte is, in few forms.
    if (form.find(straight[0]) != std::string::npos) table.at(replaced(form, straight, curly)) = index;
    if (form.find(curly[0]) != std::string::npos && form.find(curly) != std::string::npos)
        table.at(replaced(form, curly, straight)) = index;
}

/// Lower case, Capitalised (sentence start) and, for titles, Title Case forms. A form the same
/// as one put already ("Kremlin" Capitalised, "envoy" in Title Case) is not put again: the
/// same index would only be written over itself, after a walk down the trie.
template <typename Table>
void put_cased(Table& table, const std::string& form,
                      std::uint32_t index, bool title) {
    put(table, form, index);
    const bool lower_first = !form.empty() && form[0] >= 'a' && form[0] <= 'z';
    if (lower_first) put(table, capitalised(form), index); // else the same as `form`
    if (!title || form.empty()) return;
    const std::string titled = title_case(form);
    // Title Case differs from Capitalised (and from `form`) only past the first word.
    if (titled.compare(1, std::string::npos, form, 1, std::string::npos) != 0) put(table, titled, index);
}

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
