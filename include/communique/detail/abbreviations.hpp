// Abbreviations that take a full stop, case as written: one list for the two places that
// must agree on them. The structure grammar (grammar/structure/structure_def.hpp) never ends
// a sentence after a title's abbreviation ("Mr.", "Lt.", "No.") and ends one after another's
// ("Jan.", "etc.") only before a clear sentence opener; the tagger (words.hpp, word_end)
// keeps such a stop as part of its word, so that no sentence-end mark stands mid-sentence.
#ifndef COMMUNIQUE_DETAIL_ABBREVIATIONS_HPP
#define COMMUNIQUE_DETAIL_ABBREVIATIONS_HPP

#include <communique/config.hpp>
#include <communique/detail/structure_scan.hpp>

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// Abbreviations that never end a sentence: titles, ranks, "No.", "vs.", "e.g.".
inline constexpr std::string_view title_abbreviations[] = {
    "Mr", "Mrs", "Ms", "Mx", "Dr", "St", "Gen", "Sen", "Rep", "Gov",
    "Prof", "Lt", "Col", "Capt", "Cpt", "Sgt", "Maj", "Adm", "Cmdr",
    "Rev", "Hon", "Pres", "Amb", "Sr", "Jr", "Mt", "Ft", "Supt", "Insp",
    "Messrs", "Mme", "Mlle", "Fr", "Brig", "Gens", "Sens", "Reps",
    "Rt", "Atty", "Cpl", "Pvt", "Sec", "Dept", "Univ", "Assn", "Gov't",
    "vs", "v", "No", "Nos", "Nr", "Art", "Vol", "Fig", "pp", "cf",
    "approx", "ca", "viz", "al", "e.g", "i.e", "a.m", "p.m"};

/// Abbreviations that may end a sentence: months, "etc.", "Inc.".
inline constexpr std::string_view other_abbreviations[] = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "etc", "Inc", "Corp", "Ltd", "Co", "Bros",
    "est", "Esq"};

/// The longest of them: a longer word before a stop is none.
inline constexpr std::size_t longest_abbreviation_word = [] {
    std::size_t n = 0;
    for (std::string_view a : title_abbreviations) n = a.size() > n ? a.size() : n;
    for (std::string_view a : other_abbreviations) n = a.size() > n ? a.size() : n;
    return n;
}();

/// The bit filter over both lists' words (structure_scan.hpp), built once: the look at a word
/// before a full stop, for the structure pass's rule and for word_end.
inline const _structure::abbreviation_heads& abbreviation_heads_of_lists() {
    static const _structure::abbreviation_heads heads = [] {
        std::vector<std::string> words(std::begin(title_abbreviations), std::end(title_abbreviations));
        words.insert(words.end(), std::begin(other_abbreviations), std::end(other_abbreviations));
        return _structure::abbreviation_heads(words);
    }();
    return heads;
}

/// Whether the stop after `w` is the abbreviation's own: always after a title's ("Lt. Col.",
/// "Mr."); after another's only where a number follows (`before_number`: "on Oct. 10"), since
/// "signed in Oct." may end its sentence.
/// (Most stops end a plain word, "said.", "year.": the heads' bit filter, the one the structure
/// pass uses, turns those away before the lists are read.)
inline bool keeps_its_stop(std::string_view w, bool before_number) {
    if (w.size() > longest_abbreviation_word) return false;
    if (!abbreviation_heads_of_lists().may_be(w.data(), w.size())) return false;
    for (std::string_view a : title_abbreviations)
        if (a == w) return true;
    if (before_number)
        for (std::string_view a : other_abbreviations)
            if (a == w) return true;
    return false;
}

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
