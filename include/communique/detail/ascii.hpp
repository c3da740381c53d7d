// ASCII case for matching words: the grammars and the tagger compare a word of the text with
// a lower-case word whatever its case ("Office", "ON", "on"), without a lower-cased copy.
#ifndef COMMUNIQUE_DETAIL_ASCII_HPP
#define COMMUNIQUE_DETAIL_ASCII_HPP

#include <communique/config.hpp>

#include <cstddef>
#include <string>
#include <string_view>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// Whether `word`, its ASCII capitals taken as small letters, is `lower` (a lower-case word).
inline bool equals_lower(std::string_view word, std::string_view lower) noexcept {
    if (word.size() != lower.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = word[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower[i]) return false;
    }
    return true;
}

/// `word` with its ASCII capitals made small letters.
inline std::string lower_ascii(std::string_view word) {
    std::string out(word);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
