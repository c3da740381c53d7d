// communique/io/html.hpp: the review view. One self-contained HTML page (inline CSS and a
// small inline script; nothing fetched from the network) showing one or more articles with
// what the library found in them: chrome greyed, each statement's cue and content highlighted
// in its kind's colour, source and target mentions marked, quotations outlined, and a side
// list "who said what" grouped by speaker.
//
// Every mark comes from a byte span of the document: nothing is searched for again in the
// text. The text is escaped for HTML and made valid UTF-8 (invalid bytes, NUL and control
// characters become U+FFFD); a span boundary inside a multi-byte character is moved back to
// the start of that character.
//
// The page is made for people and for checks: each statement has exactly one element of class
// "cue" (a zero-width badge when the statement has no cue), carrying data-doc and
// data-statement, and <body> carries data-statements (the total count).
#ifndef COMMUNIQUE_IO_HTML_HPP
#define COMMUNIQUE_IO_HTML_HPP

#include <communique/types.hpp>

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

COMMUNIQUE_BEGIN_NAMESPACE

struct html_options {
    std::string title = "communique review"; ///< the page's <title> and heading
    std::size_t excerpt_bytes = 400;         ///< longest content excerpt in the side list
    bool script = true;                      ///< the inline script (click to show details)
};

/// Writes one page for `docs` (null pointers are skipped). Each document's text must still be
/// alive. Never throws on bad spans or bad text: spans are clamped to the text.
void write_html(std::ostream& out, const std::vector<const document*>& docs,
                const html_options& opts = {});

/// The page for one document.
void write_html(std::ostream& out, const document& doc, const html_options& opts = {});

/// The page as a string.
std::string to_html(const std::vector<const document*>& docs, const html_options& opts = {});

COMMUNIQUE_END_NAMESPACE

#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/detail/html-inl.hpp>
#endif

#endif
