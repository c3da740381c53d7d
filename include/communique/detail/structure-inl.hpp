// Body of communique::parse_structure: blocks, sentences and quotations as byte spans.
//
// One pass over the lines (memchr for the newlines), and for each block one pass over its
// bytes that finds sentence ends and quotation marks together. The X3 rules of
// grammar/structure are only ever called at a line start or a word start, over that line, so
// the look-ahead is bounded and the whole pass is linear in the input.
//
// Choices, in the order a reader meets them:
// - A block is a line, trimmed (ASCII white space and U+00A0/U+2000..U+200A/U+202F). A line
//   that does not end in sentence punctuation and is followed directly (no blank line) by a
//   line starting with a lower-case letter is a wrapped continuation and joins its block.
// - Kinds: a list marker makes a bullet (body after the marker), unless the item is site
//   furniture (a lone short bare item between non-items, a link list, mostly non-words): then
//   chrome wins. "Name:" with a capitalised name makes a turn when the line reads as speech
//   (ends in sentence punctuation, or the label is upper case or very short); a title line
//   like "Global Series: Tillerson meets Lavrov" does not. An upper-case place and a dash
//   ("WASHINGTON --", "MANILA (XINHUA) -") make a dateline block: `where` is the whole
//   paragraph, `label` the place, `body` the report after the dash (so the paragraph's
//   sentences still start at the dateline, as a reader quotes them). "By Name" and short
//   "Published/Updated ..." lines are bylines; "Image:/Photo:/Video: ..." lines and short
//   photo credits ("Yuri Gripas/Reuters") are captions.
// - Chrome by what it is: a one-word bare line ("Menu"), a short bare line led by a menu word
//   ("Welcome to ...", "Advanced settings"), a call to act ("Sign up ...", "Please enter ...")
//   even with a period, a line with a "|" separator, a line of mostly non-words ("en-GB1
//   ru-RU1", "− 1 = 1"), a timestamp ("12:42 p.m. EDT"), a comma-separated tag list, and a
//   short line seen before in the same article (the first occurrence keeps its kind).
// - Titles: a bare line (no final . , ; :) of two or more words. The first one before any
//   running text is the headline; later short ones (up to 12 words) are section headings and
//   are classed `title` too. Each is its own block, so its sentence never runs into the next
//   paragraph. Titles, captions, paragraphs, bullets, turns and datelines carry sentences and
//   quotations; chrome and bylines carry neither.
// - Sentences end at . ? ! … (and runs of them) followed, after any closing quotes or
//   brackets, by white space and a letter that is not lower case ("… there.” he said" is one
//   sentence). Titles ("Mr.", "Gen.", "e.g.") and initials ("F.") never end one; other
//   abbreviations and dotted acronyms ("Jan.", "U.S.", "p.m.") end one only before a plain
//   sentence opener ("The", "He", "But"). Digits after a dot without a space (3.5) never split.
// - Quotations: “ ” « » always pair; ‘ opens after a non-letter and ’ closes it only when no
//   letter follows (so "Russia’s" stays an apostrophe); straight " closes an open " and opens
//   otherwise when it follows a non-letter and precedes a non-blank; straight ' works the same
//   way but opens only after white space or another quotation mark. A mark that closes an
//   outer quotation closes the inner ones left open. Quotations still open at the end of their
//   block end there with closed=false; this is also how a quotation that runs on into the next
//   paragraph (the mark repeated, the previous one not closed) comes out: one quotation per
//   paragraph, all but the last unclosed. Nesting is capped at 8 (a note says so).
#ifndef COMMUNIQUE_DETAIL_STRUCTURE_INL_HPP
#define COMMUNIQUE_DETAIL_STRUCTURE_INL_HPP

#include <communique/detail/abbreviations.hpp>
#include <communique/detail/structure_scan.hpp>
#include <communique/detail/utf8.hpp>
#include <communique/structure.hpp>

#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/grammar/structure/structure_def.hpp>
#else
#include <communique/grammar/structure/structure.hpp>
#endif

#include <array>
#include <cstdint>
#include <cstring>
#include <string>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail::_structure {

namespace g = grammar::structure;
namespace x3 = boost::spirit::x3;

/// Length of the white space ending just before `p`, or 0.
inline std::size_t space_before(const unsigned char* begin, const unsigned char* p) noexcept {
    if (p <= begin) return 0;
    if (is_ascii_space(p[-1])) return 1;
    if (p - begin >= 2 && p[-2] == 0xC2 && p[-1] == 0xA0) return 2;
    if (p - begin >= 3 && (p[-3] == 0xE2 || p[-3] == 0xE3) && p[-2] == 0x80)
        if (space_at(p - 3, p) == 3) return 3;
    return 0;
}

/// The span [b, e) of `base` without white space at either end.
inline span trim(const unsigned char* base, std::size_t b, std::size_t e) noexcept {
    while (b < e) {
        const std::size_t n = space_at(base + b, base + e);
        if (n == 0) break;
        b += n;
    }
    while (e > b) {
        const std::size_t n = space_before(base + b, base + e);
        if (n == 0) break;
        e -= n;
    }
    return span{b, e};
}

/// Closing marks that may follow a sentence's final punctuation: quotes and brackets.
inline std::size_t closer_at(const unsigned char* p, const unsigned char* end) noexcept {
    if (p >= end) return 0;
    if (*p == '"' || *p == '\'' || *p == ')' || *p == ']') return 1;
    if (*p == 0xE2 && end - p >= 3 && p[1] == 0x80 && (p[2] == 0x9D || p[2] == 0x99)) return 3;
    if (*p == 0xC2 && end - p >= 2 && p[1] == 0xBB) return 2;
    return 0;
}
/// Sentence-final punctuation at `p`: . ? ! or … (U+2026).
inline std::size_t stop_at(const unsigned char* p, const unsigned char* end) noexcept {
    if (p >= end) return 0;
    if (*p == '.' || *p == '?' || *p == '!') return 1;
    if (*p == 0xE2 && end - p >= 3 && p[1] == 0x80 && p[2] == 0xA6) return 3;
    return 0;
}

/// Whether the text [b, e) ends like a sentence: final punctuation, perhaps followed by
/// closing quotes or brackets.
inline bool ends_like_sentence(const unsigned char* base, std::size_t b, std::size_t e) noexcept {
    std::size_t end = e;
    for (int guard = 0; guard < 4 && end > b; ++guard) {
        const unsigned char c = base[end - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']') { --end; continue; }
        if (end - b >= 3 && base[end - 3] == 0xE2 && base[end - 2] == 0x80
            && (c == 0x9D || c == 0x99)) { end -= 3; continue; }
        break;
    }
    if (end <= b) return false;
    const unsigned char c = base[end - 1];
    if (c == '.' || c == '?' || c == '!') return true;
    return end - b >= 3 && base[end - 3] == 0xE2 && base[end - 2] == 0x80 && c == 0xA6;
}

/// Calls an X3 rule over [b, e) of the caller's bytes, with exactly the iterator and context
/// the rule was compiled for. Returns where it stopped, or nullptr when it did not match.
template <class Rule, class Attribute>
const char* run(const Rule& rule, const char* b, const char* e, Attribute& attr) {
    g::iterator_type first = b;
    const g::iterator_type last = e;
    if (!x3::parse(first, last, rule, attr)) return nullptr;
    return first;
}

/// The look at a line's head before rule furniture_word, built once from the rule's table.
inline const furniture_heads& furniture_heads_of_rule() {
    static const furniture_heads heads(g::furniture_phrases());
    return heads;
}

/// The look at a word before rule abbreviation: the filter over the lists its table is built
/// from (abbreviations.hpp), which word_end shares.
inline const abbreviation_heads& abbreviation_heads_of_rule() { return abbreviation_heads_of_lists(); }

/// Rule furniture_word over [b, e) into `kind`, when the look at the head lets it match.
inline const char* run_furniture_word(const char* b, const char* e, grammar::structure::ast::furniture& kind) {
    if (!furniture_heads_of_rule().may_open(b, e)) return nullptr;
    return run(g::furniture_word(), b, e, kind);
}

/// What a short line is made of (computed only for lines of up to `short_line` bytes that do
/// not end like a sentence, so that running text costs nothing here).
struct line_features {
    std::size_t words = 0;  ///< runs of non-blank bytes
    std::size_t proper = 0; ///< words that are letters (with ' ’ - . inside), maybe with , ; :
    std::size_t commas = 0;
    bool pipe = false;
    bool slash = false; ///< a "/" inside a word ("Yuri Gripas/Reuters")
    bool all_dates = true; ///< every word is a date or time word
    bool digit = false;
};

inline constexpr std::size_t short_line = 320;

inline line_features features_of(const char* text, std::size_t b, std::size_t e) {
    const auto* base = reinterpret_cast<const unsigned char*>(text);
    line_features f;
    std::size_t i = b;
    word_marks m;
    while (i < e) {
        const std::size_t s = space_at(base + i, base + e);
        if (s) { i += s; continue; }
        const std::size_t w = i;
        m.letters = true;
        m.any_letter = false;
        i = read_word(base, w, e, m);
        ++f.words;
        if (m.letters && m.any_letter) ++f.proper;
        if (f.all_dates) {
            bool ok = false;
            const char* stop = run(g::date_word(), text + w, text + i, ok);
            f.all_dates = stop == text + i && ok;
        }
    }
    f.commas = m.commas;
    f.pipe = m.pipe;
    f.slash = m.slash;
    f.digit = m.digit;
    return f;
}

/// Quotation marks the scanner knows.
enum class mark : unsigned char { none, ldquo, rdquo, lsquo, rsquo, straight2, straight1, laquo, raquo };

inline mark mark_at(const unsigned char* p, const unsigned char* end, std::size_t& len) noexcept {
    len = 1;
    if (*p == '"') return mark::straight2;
    if (*p == '\'') return mark::straight1;
    if (*p == 0xE2 && end - p >= 3 && p[1] == 0x80) {
        len = 3;
        switch (p[2]) {
        case 0x9C: return mark::ldquo;
        case 0x9D: return mark::rdquo;
        case 0x98: return mark::lsquo;
        case 0x99: return mark::rsquo;
        default: return mark::none;
        }
    }
    if (*p == 0xC2 && end - p >= 2) {
        len = 2;
        if (p[1] == 0xAB) return mark::laquo;
        if (p[1] == 0xBB) return mark::raquo;
    }
    return mark::none;
}

class pass {
public:
    explicit pass(std::string_view text)
        : text_(text), base_(reinterpret_cast<const unsigned char*>(text.data())) {}

    structure run_all() {
        // Room for the usual counts at once (news text has a block every 400 bytes, a sentence
        // every 140 and a quotation every 500 or so), instead of growing the lists step by step.
        out_.blocks.reserve(text_.size() / 256 + 4);
        lone_candidate_.reserve(text_.size() / 256 + 4);
        out_.sentences.reserve(text_.size() / 128 + 4);
        out_.quotations.reserve(text_.size() / 256 + 4);
        check_bytes();
        split_blocks();
        settle_lone_items();
        for (std::size_t i = 0; i < out_.blocks.size(); ++i) scan_block(i);
        if (dropped_marks_ > 0) {
            diagnostic d;
            d.severity = severity::note;
            d.where = span{first_dropped_, first_dropped_ + 1};
            d.message = std::to_string(dropped_marks_)
                        + " quotation marks ignored: quotations nested deeper than 8";
            out_.diagnostics.push_back(std::move(d));
        }
        return std::move(out_);
    }

private:
    static constexpr std::size_t max_depth = 8;

    std::string_view text_;
    const unsigned char* base_;
    structure out_;
    std::vector<unsigned char> lone_candidate_; // per block: a short bare symbol-marked item
    line_set seen_lines_;
    line_set title_lines_; ///< the text of every title block so far
    bool seen_body_ = false;
    bool ascii_ = true; ///< no byte of the text is above 0x7F (check_bytes)
    /// g::longest_abbreviation(), asked once a text rather than at every full stop.
    const std::size_t longest_abbreviation_ = g::longest_abbreviation();
    std::size_t dropped_marks_ = 0, first_dropped_ = 0;

    using ast_furniture = grammar::structure::ast::furniture;

    const char* at(std::size_t i) const noexcept { return text_.data() + i; }

    // --- bytes: invalid UTF-8 and NUL, one fast pass -----------------------------------------
    void check_bytes() {
        const std::size_t n = text_.size();
        std::size_t i = 0, invalid = 0, first_invalid = 0, nul = 0, first_nul = 0;
        while (i < n) {
            i = static_cast<std::size_t>(next_unusual(base_ + i, base_ + n) - base_);
            if (i == n) break;
            if (base_[i] == 0) {
                if (nul++ == 0) first_nul = i;
                ++i;
                continue;
            }
            ascii_ = false;
            const std::size_t len = utf8_sequence(base_ + i, base_ + n);
            if (len == 0) {
                if (invalid++ == 0) first_invalid = i;
                ++i;
            } else {
                i += len;
            }
        }
        if (invalid) {
            diagnostic d;
            d.severity = severity::warning;
            d.where = span{first_invalid, first_invalid + 1};
            d.message = std::to_string(invalid)
                        + " invalid UTF-8 sequences (the first here); kept as bytes";
            out_.diagnostics.push_back(std::move(d));
        }
        if (nul) {
            diagnostic d;
            d.severity = severity::warning;
            d.where = span{first_nul, first_nul + 1};
            d.message = std::to_string(nul) + " NUL bytes (the first here); treated as text";
            out_.diagnostics.push_back(std::move(d));
        }
    }

    // --- blocks -------------------------------------------------------------------------------
    std::size_t line_end(std::size_t from) const noexcept {
        const void* nl = std::memchr(at(from), '\n', text_.size() - from);
        return nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text_.data())
                  : text_.size();
    }

    void split_blocks() {
        const std::size_t n = text_.size();
        std::size_t pos = 0;
        while (pos < n) {
            std::size_t e = line_end(pos);
            span line = trimmed(pos, e);
            std::size_t next = e < n ? e + 1 : n;
            if (line.empty()) { pos = next; continue; }
            const std::size_t first_line_end = line.end;
            // Join wrapped continuations: this line does not end like a sentence and the very
            // next line starts with a lower-case letter.
            while (next < n && !ends_like_sentence(base_, line.begin, line.end)) {
                const unsigned char last = base_[line.end - 1];
                if (last == ':' || last == ';' || last == ',' || last == '|') break;
                const std::size_t e2 = line_end(next);
                const span cont = trimmed(next, e2);
                if (cont.empty() || !is_lower(base_[cont.begin])) break;
                line.end = cont.end;
                next = e2 < n ? e2 + 1 : n;
            }
            classify(line, first_line_end);
            pos = next;
        }
    }

    void push(block_kind kind, span where, span body, span label, bool lone = false) {
        block b;
        b.kind = kind;
        b.where = where;
        b.body = body;
        b.label = label;
        out_.blocks.push_back(b);
        lone_candidate_.push_back(lone ? 1 : 0);
        if (kind == block_kind::title) title_lines_.insert(text_.substr(where.begin, where.size()));
        if (kind == block_kind::paragraph || kind == block_kind::bullet
            || kind == block_kind::turn || kind == block_kind::dateline)
            seen_body_ = true;
    }

    /// Whether a short, bare line is site furniture; `f` describes it.
    bool is_chrome(span s, const line_features& f, bool bare) {
        if (f.words == 0) return true;
        if (f.pipe) return true;
        if (f.proper * 2 < f.words) return true;
        if (bare && f.all_dates && f.digit) return true;
        if (bare && f.words == 1) return true;
        if (bare && f.commas >= 3 && f.words * 2 <= (f.commas + 1) * 5) return true;
        if (f.words <= 4 && bare) {
            ast_furniture kind{};
            if (run_furniture_word(at(s.begin), at(s.end), kind)
                && kind == ast_furniture::weak)
                return true;
        }
        return false;
    }
    bool repeated(span s) {
        if (s.size() > 200) return false;
        return !seen_lines_.insert(text_.substr(s.begin, s.size()));
    }

    void classify(span where, std::size_t first_line_end) {
        const char* b = at(where.begin);
        const char* fe = at(first_line_end);
        const char* e = at(where.end);
        const bool sentence_like = ends_like_sentence(base_, where.begin, where.end);
        const std::size_t last = base_[where.end - 1];
        const bool bare = !sentence_like && last != ',' && last != ';' && last != ':';
        const bool is_short = where.size() <= short_line;

        // A call to act ("Sign up ...", "Please enter your comment!") is chrome even when it
        // reads as a sentence; a short "Published ..." line is a byline; "Photo: ..." a caption.
        ast_furniture lead{};
        const char* after_lead = run_furniture_word(b, fe, lead);
        if (after_lead) {
            if (lead == ast_furniture::strong && is_short) {
                push(block_kind::chrome, where, where, {});
                return;
            }
            if (lead == ast_furniture::byline && bare && where.size() <= 120) {
                push(block_kind::byline, where, where, {});
                return;
            }
            if (lead == ast_furniture::caption && after_lead < fe && *after_lead == ':') {
                push(block_kind::caption, where, trim(base_, where.begin + static_cast<std::size_t>(after_lead + 1 - b), where.end), {});
                return;
            }
        }

        // A wire report's credits ("(Reporting by ...; Editing by ...)"), however long: no
        // acts of saying. (Only a line that opens with a parenthesis or a credit's letter, with a
        // "by" near its start, is read.)
        if (std::string_view("(rawecgfp").find(static_cast<char>(*b | 0x20)) != std::string_view::npos &&
            std::string_view(b, static_cast<std::size_t>(std::min<std::ptrdiff_t>(e - b, 32))).find(" by ") != std::string_view::npos) {
            x3::unused_type none;
            if (run(g::credit_line(), b, e, none)) {
                push(block_kind::byline, where, where, {});
                return;
            }
        }

        // A list item.
        grammar::structure::ast::marker m{};
        if (const char* after = may_open_list_marker(b, fe) ? run(g::list_marker(), b, fe, m) : nullptr) {
            const span body = trim(base_, static_cast<std::size_t>(after - text_.data()), where.end);
            if (body.empty()) {
                push(block_kind::chrome, where, where, {});
                return;
            }
            bool lone = false;
            const bool body_bare = !ends_like_sentence(base_, body.begin, body.end);
            if (body_bare && body.size() <= short_line) {
                const line_features f = features_of(text_.data(), body.begin, body.end);
                if (is_chrome(body, f, true) || repeated(body)) {
                    push(block_kind::chrome, where, body, {});
                    return;
                }
                lone = m == grammar::structure::ast::marker::symbol && f.words <= 4;
            }
            push(block_kind::bullet, where, body, {}, lone);
            return;
        }

        // A speaker's turn.
        {
            grammar::structure::ast::range label;
            const char* after = may_open_speaker_label(b, fe) ? run(g::speaker_label(), b, fe, label) : nullptr;
            if (after) {
                const span body = trim(base_, static_cast<std::size_t>(after - text_.data()), where.end);
                const span name{static_cast<std::size_t>(label.begin() - text_.data()),
                                static_cast<std::size_t>(label.end() - text_.data())};
                bool upper = true;
                for (std::size_t i = name.begin; i < name.end; ++i)
                    if (is_lower(base_[i])) { upper = false; break; }
                if (!body.empty() && name.size() <= 48
                    && (sentence_like || upper || name.size() <= 2)) {
                    push(block_kind::turn, where, body, name);
                    return;
                }
            }
        }

        // A dateline opening a report.
        {
            grammar::structure::ast::range place;
            const char* after = may_open_dateline(b, fe) ? run(g::dateline(), b, fe, place) : nullptr;
            if (after) {
                const span body = trim(base_, static_cast<std::size_t>(after - text_.data()), where.end);
                // A line all in capitals is a headline ("DEMANDING CEASEFIRE IN GAZA, SECRETARY-
                // GENERAL URGES RESTRAINT"): a dateline opens a report in running text.
                bool running = false;
                for (std::size_t i = body.begin; i < body.end && !running; ++i) running = is_lower(base_[i]);
                if (running) {
                    push(block_kind::dateline, where, body,
                         span{static_cast<std::size_t>(place.begin() - text_.data()),
                              static_cast<std::size_t>(place.end() - text_.data())});
                    return;
                }
            }
        }

        if (is_short && bare) {
            grammar::structure::ast::range name;
            if (run(g::by_name(), b, e, name)) {
                push(block_kind::byline, where, where, {});
                return;
            }
            // A headline the page prints twice (a page title over the article's title) is
            // the headline again: it holds its statements at each place (spec, gold files).
            if (title_lines_.contains(text_.substr(where.begin, where.size()))) {
                push(block_kind::title, where, where, {});
                return;
            }
            const line_features f = features_of(text_.data(), where.begin, where.end);
            if (is_chrome(where, f, true) || repeated(where)) {
                push(block_kind::chrome, where, where, {});
                return;
            }
            // A photo credit: "Yuri Gripas/Reuters", "AP Photo/Evan Vucci".
            if (f.slash && f.words <= 5) {
                push(block_kind::caption, where, where, {});
                return;
            }
            const unsigned char c0 = base_[where.begin];
            const bool opens_like_title = !is_lower(c0);
            if (opens_like_title && f.words >= 2 && (!seen_body_ || f.words <= 12)) {
                push(block_kind::title, where, where, {});
                return;
            }
        } else if (where.size() <= 100 && repeated(where)) {
            push(block_kind::chrome, where, where, {});
            return;
        }
        push(block_kind::paragraph, where, where, {});
    }

    /// A short bare item with a symbol marker standing alone between non-items ("• Market
    /// Data" after the article) is a link, not a list: chrome.
    void settle_lone_items() {
        auto& bl = out_.blocks;
        for (std::size_t i = 0; i < bl.size(); ++i) {
            if (!lone_candidate_[i]) continue;
            const bool prev_item = i > 0 && bl[i - 1].kind == block_kind::bullet;
            const bool next_item = i + 1 < bl.size() && bl[i + 1].kind == block_kind::bullet;
            if (!prev_item && !next_item) bl[i].kind = block_kind::chrome;
        }
    }

    // --- sentences and quotations -------------------------------------------------------------
    struct open_quote {
        mark opener;
        std::size_t index;
    };

    /// space_at and space_before for this text: in one without a byte above 0x7F (ascii_),
    /// only ASCII white space can stand, and its test is all they need.
    std::size_t space_after(const unsigned char* p, const unsigned char* end) const noexcept {
        if (ascii_) return p < end && is_ascii_space(*p) ? 1 : 0;
        return space_at(p, end);
    }
    std::size_t space_ending(const unsigned char* begin, const unsigned char* p) const noexcept {
        if (ascii_) return p > begin && is_ascii_space(p[-1]) ? 1 : 0;
        return space_before(begin, p);
    }

    /// trim for this text, with the ASCII test alone in one without a byte above 0x7F.
    span trimmed(std::size_t b, std::size_t e) const noexcept {
        if (!ascii_) return trim(base_, b, e);
        while (b < e && is_ascii_space(base_[b])) ++b;
        while (e > b && is_ascii_space(base_[e - 1])) --e;
        return span{b, e};
    }

    void push_sentence(std::size_t b, std::size_t e, std::size_t block_index) {
        const span s = trimmed(b, e);
        if (!s.empty())
            out_.sentences.push_back(sentence{s, static_cast<std::uint32_t>(block_index)});
    }

    /// Whether the full stop at `dot` (with closing marks up to `q`, then white space and a
    /// non-lower-case letter at `r`) ends a sentence.
    bool full_stop_ends(std::size_t from, std::size_t dot, std::size_t q, std::size_t r,
                        std::size_t limit) const {
        // A quote or bracket closed after the stop, or a run of stops ("...", "?!"): a stop.
        for (std::size_t i = dot + 1; i < q; ++i)
            if (base_[i] != '.') return true;
        if (q - dot > 1) return is_upper(base_[r]) || base_[r] >= 0x80 || base_[r] == '"';
        // The word before the stop, back to a non-letter (bounded).
        bool dotted = false;
        const std::size_t t = word_before_stop(base_, from, dot, dotted);
        if (t == dot) return true; // "3." "1990." ")." and the like
        if (t > from && base_[t - 1] >= 0x80) return true; // part of a longer non-ASCII word
        grammar::structure::ast::abbreviation kind{};
        // Only a word of the rule's table, so of at most an abbreviation's length, can be read
        // to the stop.
        const char* after = dot - t <= longest_abbreviation_ && abbreviation_heads_of_rule().may_be(at(t), dot - t)
                                ? run(g::abbreviation(), at(t), at(dot + 1), kind)
                                : nullptr;
        bool ambiguous = false;
        if (after == at(dot + 1)) {
            if (kind == grammar::structure::ast::abbreviation::title) return false;
            ambiguous = true;
        } else if (dot - t == 1 && is_upper(base_[t])) {
            return false; // an initial: "John F. Kennedy"
        } else {
            ambiguous = dotted; // "U.S." "p.m."
        }
        if (!ambiguous) return true;
        bool yes = false;
        return run(g::sentence_opener(), at(r), at(limit), yes) != nullptr;
    }

    void scan_block(std::size_t bi) {
        const block& blk = out_.blocks[bi];
        if (blk.kind == block_kind::chrome || blk.kind == block_kind::byline) return;
        const std::size_t from = blk.kind == block_kind::bullet ? blk.body.begin : blk.where.begin;
        const std::size_t to = blk.where.end;
        const unsigned char* const end = base_ + to;

        std::array<open_quote, max_depth> stack; // only the first `depth` are read: no need to zero it
        std::size_t depth = 0;
        std::size_t sentence_begin = from;
        std::size_t quiet_until = from; // stops before this were already judged

        auto open = [&](mark mk, std::size_t pos, std::size_t len) {
            if (depth == max_depth) {
                if (dropped_marks_++ == 0) first_dropped_ = pos;
                return;
            }
            quotation q;
            q.where = span{pos, pos};
            q.inner = span{pos + len, pos + len};
            q.block = static_cast<std::uint32_t>(bi);
            q.depth = static_cast<std::uint16_t>(depth);
            q.closed = false;
            stack[depth++] = open_quote{mk, out_.quotations.size()};
            out_.quotations.push_back(q);
        };
        // Closes the innermost quotation opened by `opener` (and any left open inside it).
        auto close = [&](mark opener, std::size_t pos, std::size_t len) -> bool {
            std::size_t k = depth;
            while (k > 0 && stack[k - 1].opener != opener) --k;
            if (k == 0) return false;
            while (depth > k) {
                quotation& inner = out_.quotations[stack[--depth].index];
                inner.where.end = inner.inner.end = pos;
                if (inner.inner.end < inner.inner.begin) inner.inner.end = inner.inner.begin;
            }
            quotation& q = out_.quotations[stack[--depth].index];
            q.where.end = pos + len;
            q.inner.end = pos;
            q.closed = true;
            return true;
        };
        auto has = [&](mark opener) {
            for (std::size_t k = 0; k < depth; ++k)
                if (stack[k].opener == opener) return true;
            return false;
        };

        std::size_t pos = from;
        const unsigned char* const base = base_;
        while (pos < to) {
            pos = static_cast<std::size_t>((ascii_ ? next_stop<true>(base + pos, end) : next_stop<false>(base + pos, end)) - base);
            if (pos >= to) break;
            const unsigned char* p = base_ + pos;
            const std::size_t stop = stop_at(p, end);
            if (stop) {
                if (pos >= quiet_until) {
                    // Look past further stops and closing marks, then white space.
                    std::size_t q = pos + stop;
                    for (int guard = 0; guard < 16 && q < to; ++guard) {
                        std::size_t n = stop_at(base_ + q, end);
                        if (!n) n = closer_at(base_ + q, end);
                        if (!n) break;
                        q += n;
                    }
                    std::size_t r = q, spaces = 0;
                    while (r < to && spaces < 64) {
                        const std::size_t n = space_after(base_ + r, end);
                        if (!n) break;
                        r += n;
                        ++spaces;
                    }
                    quiet_until = q;
                    if (r > q && r < to) {
                        const unsigned char nc = base_[r];
                        bool ends = false;
                        if (is_lower(nc)) ends = false;
                        else if (stop == 3) ends = !is_digit(nc) && !is_lower(nc);
                        else if (*p == '.') ends = full_stop_ends(from, pos, q, r, to);
                        else ends = true;
                        if (ends) {
                            push_sentence(sentence_begin, q, bi);
                            sentence_begin = r;
                        }
                    }
                }
                pos += stop;
                continue;
            }
            std::size_t len = 1;
            const mark mk = mark_at(p, end, len);
            if (mk == mark::none) { pos += len; continue; }
            const unsigned char prev = pos > from ? base_[pos - 1] : ' ';
            const unsigned char next = pos + len < to ? base_[pos + len] : ' ';
            const bool next_blank = pos + len >= to || space_after(base_ + pos + len, end) != 0;
            switch (mk) {
            case mark::ldquo: open(mk, pos, len); break;
            case mark::rdquo: close(mark::ldquo, pos, len); break;
            case mark::laquo: open(mk, pos, len); break;
            case mark::raquo: close(mark::laquo, pos, len); break;
            case mark::lsquo:
                if (!is_alnum(prev) && !next_blank) open(mk, pos, len);
                break;
            case mark::rsquo:
                if (depth > 0 && stack[depth - 1].opener == mark::lsquo && !is_alnum(next)
                    && next < 0x80)
                    close(mark::lsquo, pos, len);
                break;
            case mark::straight2:
                if (has(mark::straight2)) close(mark::straight2, pos, len);
                else if (!is_alnum(prev) && !next_blank) open(mk, pos, len);
                break;
            case mark::straight1:
                if (depth > 0 && stack[depth - 1].opener == mark::straight1 && !is_alnum(next)
                    && space_ending(base_ + from, p) == 0)
                    close(mark::straight1, pos, len);
                else if ((space_ending(base_ + from, p) != 0 || pos == from || prev == '"'
                          || prev == '(' || (prev == 0x9C && pos >= 3))
                         && is_alpha(next))
                    open(mk, pos, len);
                break;
            case mark::none: break;
            }
            pos += len;
        }
        push_sentence(sentence_begin, to, bi);
        // Quotations still open end with their block.
        while (depth > 0) {
            quotation& q = out_.quotations[stack[--depth].index];
            q.where.end = q.inner.end = to;
            if (q.inner.end < q.inner.begin) q.inner.end = q.inner.begin;
        }
    }
};

} // namespace detail::_structure

COMMUNIQUE_FUNC structure parse_structure(std::string_view text) {
    return detail::_structure::pass(text).run_all();
}

COMMUNIQUE_END_NAMESPACE

#endif
