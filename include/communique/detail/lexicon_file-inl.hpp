// Body of parse_lexicon (communique/lexicon.hpp): the lexicon file, read line by line with
// the X3 rules of communique/grammar/lexicon_file/. The format is in src/lexicon/README.md.
//
// The driver does what is line structure rather than grammar: the UTF-8 byte order mark,
// LF and CRLF line ends, blank and comment lines, and which section's rule reads a line. The
// rules do the rest and name what they expected when a line goes wrong.
#ifndef COMMUNIQUE_DETAIL_LEXICON_FILE_INL_HPP
#define COMMUNIQUE_DETAIL_LEXICON_FILE_INL_HPP

#include <communique/lexicon.hpp>

#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/grammar/lexicon_file/lexicon_file_def.hpp>
#else
#include <communique/grammar/lexicon_file/lexicon_file.hpp>
#endif

#include <optional>
#include <string>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

inline std::string lexicon_lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

/// 1-based column of byte `at` of `line`, counted in characters (UTF-8 code points), so an
/// editor's column agrees with ours on lines holding "Erdoğan" or ’.
inline std::size_t lexicon_column(std::string_view line, std::size_t at) {
    std::size_t column = 1;
    for (std::size_t i = 0; i < at && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    return column;
}

inline void lexicon_error(diagnostics& errors, std::string_view origin, std::string_view line,
                          std::size_t line_offset, std::size_t line_number, std::size_t at,
                          std::string_view what) {
    const std::size_t column = lexicon_column(line, at);
    std::string message(origin);
    message += ':' + std::to_string(line_number) + ':' + std::to_string(column) + ": expected ";
    message += what;
    errors.push_back({severity::error,
                      span{line_offset + at, line_offset + at},
                      line_number,
                      column,
                      std::move(message)});
}

/// Parses `line` with `rule` into a fresh `Entry`; on success appends it to `to`. Returns the
/// byte where the line went wrong and what was expected there, or nothing.
template <typename Rule, typename Entry>
std::optional<std::pair<std::size_t, std::string>>
parse_lexicon_line(const Rule& rule, std::string_view line, std::vector<Entry>* to,
                   Entry& entry) {
    namespace x3 = boost::spirit::x3;
    const char* const first = line.data();
    const char* it = first;
    const char* const last = line.data() + line.size();
    try {
        if (x3::parse(it, last, rule, entry)) {
            if (to) to->push_back(std::move(entry));
            return std::nullopt;
        }
        return std::make_pair(static_cast<std::size_t>(it - first), std::string(rule.name));
    } catch (const x3::expectation_failure<const char*>& failure) {
        return std::make_pair(static_cast<std::size_t>(failure.where() - first),
                              failure.which());
    }
}

} // namespace detail

COMMUNIQUE_FUNC bool parse_lexicon(std::string_view text, std::string_view origin,
                                   lexicon_entries& out, diagnostics& errors) {
    namespace lf = grammar::lexicon_file;
    std::size_t offset = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") offset = 3; // UTF-8 byte order mark
    std::optional<lf::ast::section> section;
    std::size_t line_number = 0;
    while (offset < text.size()) {
        ++line_number;
        std::size_t end = text.find('\n', offset);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(offset, end - offset);
        const std::size_t line_offset = offset;
        offset = end + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

        const std::size_t first = line.find_first_not_of(" \t");
        if (first == std::string_view::npos || line[first] == '#') continue; // blank, comment

        std::optional<std::pair<std::size_t, std::string>> failure;
        if (line[first] == '[') {
            lf::ast::section next{};
            failure = detail::parse_lexicon_line<lf::section_line_type, lf::ast::section>(
                lf::section_line(), line.substr(first), nullptr, next);
            if (failure) failure->first += first;
            else section = next;
        } else if (!section) {
            failure = std::make_pair(first, std::string("a section header ([actor], [demonym], "
                                                        "[title], [cue], [topic] or [given])"));
        } else {
            switch (*section) {
            case lf::ast::section::actor: {
                actor_entry e;
                failure = detail::parse_lexicon_line(lf::actor_line(), line, &out.actors, e);
                break;
            }
            case lf::ast::section::demonym: {
                demonym_entry e;
                failure = detail::parse_lexicon_line(lf::demonym_line(), line, &out.demonyms, e);
                break;
            }
            case lf::ast::section::title: {
                title_entry e;
                failure = detail::parse_lexicon_line(lf::title_line(), line, &out.titles, e);
                // The role defaults to the first form, in lower case.
                if (!failure && out.titles.back().role.empty())
                    out.titles.back().role = detail::lexicon_lower(out.titles.back().forms.front());
                break;
            }
            case lf::ast::section::cue: {
                cue_entry e;
                failure = detail::parse_lexicon_line(lf::cue_line(), line, &out.cues, e);
                break;
            }
            case lf::ast::section::topic: {
                topic_entry e;
                failure = detail::parse_lexicon_line(lf::topic_line(), line, &out.topics, e);
                break;
            }
            case lf::ast::section::given: {
                given_name_entry e;
                failure = detail::parse_lexicon_line(lf::given_line(), line, &out.given_names, e);
                break;
            }
            }
        }
        if (failure) {
            detail::lexicon_error(errors, origin, line, line_offset, line_number, failure->first,
                                  failure->second);
            return false;
        }
    }
    return true;
}

COMMUNIQUE_END_NAMESPACE

#endif
