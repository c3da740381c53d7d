// Body of communique/io/jsonl.hpp. Each line is written straight into one string, field by
// field, instead of building a Boost.JSON object per statement: that was a fifth of the
// end-to-end time, and it printed Goldstein weights as "4E0". Appending each piece to the
// string was still half the writer's cost: a json_writer stores pieces through a pointer into a
// buffer of its own, which goes to the string in large appends; a string is copied whole and
// its copy checked sixteen bytes at a time (SSE2), and only one that needs escaping is written
// a run at a time (scanned a word at a time without SSE2). Strings taken from the document are repaired to valid
// UTF-8 and escaped, so a line is always valid JSON; the test suite parses every line with
// Boost.JSON and checks strings and weights against byte-at-a-time references
// (tests/io/jsonl_writer_test.cpp).
#ifndef COMMUNIQUE_DETAIL_JSONL_INL_HPP
#define COMMUNIQUE_DETAIL_JSONL_INL_HPP

#include <communique/detail/json_scan.hpp>
#include <communique/detail/utf8.hpp>
#include <communique/io/jsonl.hpp>

#include <boost/config.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cmath>
#include <cstring>
#include <ostream>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// Bytes that go into a JSON string as they are: printable ASCII other than " and \.
inline constexpr std::array<bool, 256> json_plain_bytes = [] {
    std::array<bool, 256> plain{};
    for (unsigned c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
    return plain;
}();

/// Where the run of bytes that need no escaping ends: plain ASCII and valid UTF-8 sequences
/// (other than NUL, which the output replaces).
inline const unsigned char* json_run_end(const unsigned char* p, const unsigned char* end) noexcept {
    for (;;) {
        p = json_skip_words(p, end, true);
        while (p < end && json_plain_bytes[*p]) ++p;
        if (p == end || *p < 0x80) return p;
        const std::size_t n = utf8_sequence(p, end);
        if (n == 0) return p;
        p += n;
    }
}

/// JSON text appended to a std::string through a small buffer of its own: each piece asks
/// for its room once and is stored through a pointer, and the string only sees a few large
/// appends (growing a string by resize() would zero-fill it first). finish() hands over what
/// is buffered: call it before using the string.
class json_writer {
public:
    explicit json_writer(std::string& out) noexcept : out_(out) {}
    json_writer(const json_writer&) = delete;
    json_writer& operator=(const json_writer&) = delete;

    void finish() {
        out_.append(buf_, used_);
        used_ = 0;
    }

    /// Makes the string ready for about `n` more bytes at once, so that a document's lines do
    /// not grow it step by step.
    void reserve(std::size_t n) { out_.reserve(out_.size() + used_ + n); }

    /// Our own text (keys, punctuation), or a run of a string that needs no escaping.
    void raw(std::string_view s) {
        if (s.size() > sizeof buf_ - used_) {
            finish();
            if (s.size() > sizeof buf_) {
                out_.append(s.data(), s.size());
                return;
            }
        }
        if (!s.empty()) std::memcpy(buf_ + used_, s.data(), s.size()); // an empty view may hold nullptr
        used_ += s.size();
    }
    void raw(char c) {
        *room(1) = c;
        ++used_;
    }
    void null() { raw("null"); }

    /// A whole number in decimal (see put_uint).
    void uint(std::uint64_t v) { done(put_uint(room(uint_room), v)); }

    /// Room for `n` bytes of our own text (keys, punctuation, numbers, names), written through
    /// the pointer returned with the put_* functions below and handed back to done(). A line
    /// is some twenty such pieces between its strings: asking for room once for each run of
    /// them, instead of once a piece, took a fifth of the writer's own work.
    char* own(std::size_t n) { return room(n); }
    void done(char* end) noexcept { used_ = static_cast<std::size_t>(end - buf_); }

    /// The room put_uint needs for one number.
    static constexpr std::size_t uint_room = 20;

    /// A literal of our own, without its terminating NUL.
    template <std::size_t N>
    static char* put(char* o, const char (&s)[N]) noexcept {
        std::memcpy(o, s, N - 1);
        return o + (N - 1);
    }
    static char* put(char* o, std::string_view s) noexcept {
        if (!s.empty()) std::memcpy(o, s.data(), s.size()); // an empty view may hold nullptr
        return o + s.size();
    }

    /// A whole number in decimal, as std::to_chars writes it: four digits at a time from the
    /// back into a scratch block, then the block's last sixteen bytes copied whole (offsets and
    /// counts, mostly of 3 to 7 digits, are a dozen a line; to_chars spent twice as long on
    /// them, and counting the digits first a third more). Needs uint_room bytes at `o`.
    static char* put_uint(char* o, std::uint64_t v) noexcept {
        char digits[36];
        char* const end = digits + 20; // a uint64 has at most 20 digits
        char* first = end;
        while (v >= 10000) { // four digits a step: the two halves in 32-bit arithmetic
            const std::uint64_t q = v / 10000;
            const auto r = static_cast<std::uint32_t>(v - q * 10000);
            first -= 4;
            std::memcpy(first, two_digits + (r / 100) * 2, 2);
            std::memcpy(first + 2, two_digits + (r % 100) * 2, 2);
            v = q;
        }
        // Below 10000 now: the last digits in 32-bit arithmetic, one division for both halves.
        auto w = static_cast<std::uint32_t>(v);
        if (w >= 100) {
            const std::uint32_t q = w / 100;
            first -= 2;
            std::memcpy(first, two_digits + (w - q * 100) * 2, 2);
            w = q;
        }
        if (w >= 10) {
            first -= 2;
            std::memcpy(first, two_digits + w * 2, 2);
        } else {
            *--first = static_cast<char>('0' + w);
        }
        const auto n = static_cast<std::size_t>(end - first);
        if (n <= 16) std::memcpy(o, first, 16); // the bytes past `end` are written over later
        else std::memcpy(o, first, n);
        return o + n;
    }

    /// One of our own names (a kind, a mode) as a JSON string: they need no escaping, so
    /// they are not scanned (tests/io/jsonl_writer_test.cpp checks each one).
    static char* put_name(char* o, std::string_view s) noexcept {
        o[0] = '"';
        std::memcpy(o + 1, s.data(), s.size());
        o[s.size() + 1] = '"';
        return o + s.size() + 2;
    }
    void name(std::string_view s) { done(put_name(room(s.size() + 2), s)); }

    /// The room put_weight needs: DBL_MAX has 309 digits before the point.
    static constexpr std::size_t weight_room = 330;

    /// A Goldstein weight as a decimal with at least one digit after the point ("0.0",
    /// "-4.4", "3.45"), whatever the locale. Needs weight_room bytes at `o`.
    static char* put_weight(char* o, double v) noexcept {
        // Most weights are tenths ("-4.4"): when v * 10 is a small whole number, v is within
        // far less than 0.00005 of it, so the rounding below would print it the same way.
        const double tenths = v * 10;
        if (std::fabs(tenths) <= 1000 && tenths == std::trunc(tenths) && !(tenths == 0 && std::signbit(v))) {
            const auto k = static_cast<long>(tenths);
            const auto whole = static_cast<std::uint64_t>(k < 0 ? -k : k);
            if (k < 0) *o++ = '-';
            o = put_uint(o, whole / 10);
            o[0] = '.';
            o[1] = static_cast<char>('0' + whole % 10);
            return o + 2;
        }
        char* end = std::to_chars(o, o + weight_room, v, std::chars_format::fixed, 4).ptr;
        while (end > o + 1 && end[-1] == '0' && end[-2] != '.') --end; // keep one decimal
        return end;
    }
    void weight(double v) { done(put_weight(room(weight_room), v)); }

    /// `s` as a JSON string: valid UTF-8 (invalid bytes and NUL become U+FFFD), with quotes,
    /// backslashes and control characters escaped.
    void string(std::string_view s) {
#ifdef COMMUNIQUE_JSON_SSE2
        // The usual string needs no escaping: copy it, then check the copy sixteen bytes at a
        // time where it lies in the buffer, which has room for a block of plain bytes past its
        // end (so the last block needs no mask). One that needs more keeps the quote and the
        // plain bytes before the first to look at, and is written from there run by run.
        if (s.size() + 2 + 16 <= sizeof buf_) {
            char* o = room(s.size() + 2 + 16);
            o[0] = '"';
            if (!s.empty()) std::memcpy(o + 1, s.data(), s.size()); // an empty view may hold nullptr
            std::memset(o + 1 + s.size(), 'x', 16); // the block read past the copy: plain
            const std::size_t plain = json_plain_ascii_length(reinterpret_cast<const unsigned char*>(o + 1), s.size());
            if (plain == s.size()) {
                o[s.size() + 1] = '"';
                used_ += s.size() + 2;
                return;
            }
            used_ += 1 + plain;
            const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + plain;
            const auto* end = reinterpret_cast<const unsigned char*>(s.data()) + s.size();
            runs(p, json_run_end(p, end), end);
            return;
        }
#endif
        escaped(s);
    }

private:
    /// `s` as a JSON string, run by run between the bytes to escape or to check as UTF-8. Kept
    /// out of line: inlined into string(), it made every call save and restore the registers
    /// only this rare path needs.
    BOOST_NOINLINE void escaped(std::string_view s) {
        auto p = reinterpret_cast<const unsigned char*>(s.data());
        const auto end = p + s.size();
        auto run = json_run_end(p, end);
        if (run == end && s.size() + 2 <= sizeof buf_ - used_) { // the usual case: one copy
            char* o = buf_ + used_;
            o[0] = '"';
            if (!s.empty()) std::memcpy(o + 1, s.data(), s.size()); // an empty view may hold nullptr
            o[s.size() + 1] = '"';
            used_ += s.size() + 2;
            return;
        }
        raw('"');
        runs(p, run, end);
    }

    /// The rest of a string after its opening quote, from `p` on, through its closing quote:
    /// runs of bytes as they are (the first ends at `run`), each followed by an escape or a
    /// U+FFFD. Out of line, as escaped().
    BOOST_NOINLINE void runs(const unsigned char* p, const unsigned char* run, const unsigned char* end) {
        for (;;) {
            raw(std::string_view(reinterpret_cast<const char*>(p), static_cast<std::size_t>(run - p)));
            if (run == end) break;
            p = escape(run);
            run = json_run_end(p, end);
        }
        raw('"');
    }

    static constexpr char two_digits[] = "00010203040506070809101112131415161718192021222324"
                                         "25262728293031323334353637383940414243444546474849"
                                         "50515253545556575859606162636465666768697071727374"
                                         "75767778798081828384858687888990919293949596979899";

    /// A pointer to `n` (at most the buffer's size) writable bytes after what was written.
    char* room(std::size_t n) {
        if (n > sizeof buf_ - used_) finish();
        return buf_ + used_;
    }

    /// Writes the byte at `p`, which json_run_end stopped at, as an escape or a U+FFFD;
    /// returns the next byte.
    const unsigned char* escape(const unsigned char* p) {
        static constexpr char hex[] = "0123456789abcdef";
        const unsigned char c = *p;
        switch (c) {
        case '"': raw("\\\""); break;
        case '\\': raw("\\\\"); break;
        case '\n': raw("\\n"); break;
        case '\r': raw("\\r"); break;
        case '\t': raw("\\t"); break;
        case '\b': raw("\\b"); break;
        case '\f': raw("\\f"); break;
        default:
            if (c >= 0x80 || c == 0) {
                raw("\xEF\xBF\xBD"); // an invalid sequence's first byte, or NUL
            } else {
                char u[] = "\\u0000";
                u[4] = hex[c >> 4];
                u[5] = hex[c & 15];
                raw(std::string_view(u, 6));
            }
        }
        return p + 1;
    }

    std::string& out_;
    char buf_[4096];
    std::size_t used_ = 0;
};

/// The room a run of our own text between two strings takes at most: keys, punctuation,
/// up to four numbers and two names (of a kind or mode, under 16 bytes each). Each run below
/// is asked for at once (json_writer::own); the longest, a statement's kinds, is under 80.
constexpr std::size_t own_run = 256;

/// An actor object's members after its name (written before the call), up to and including
/// the members' closing bracket; the mention or the caller closes the object.
inline void actor_fields(json_writer& w, const actor& a) {
    using W = json_writer;
    char* o = w.own(own_run);
    o = W::put(o, ",\"kind\":");
    o = put_enum_name(o, actor_kind_names, a.kind);
    if (a.country.empty()) {
        o = W::put(o, ",\"country\":null");
    } else {
        w.done(W::put(o, ",\"country\":"));
        w.string(a.country);
        o = w.own(own_run);
    }
    if (!a.title.empty()) {
        w.done(W::put(o, ",\"title\":"));
        w.string(a.title);
        o = w.own(own_run);
    }
    if (a.members.empty()) {
        w.done(W::put(o, ",\"members\":[]"));
        return;
    }
    o = W::put(o, ",\"members\":[{\"name\":");
    bool first = true;
    for (const actor& member : a.members) {
        if (!first) o = W::put(w.own(own_run), "},{\"name\":");
        first = false;
        w.done(o);
        w.string(member.name);
        actor_fields(w, member);
    }
    w.done(W::put(w.own(own_run), "}]"));
}

/// The member names of a span of the text, each with its comma: written whole, as literals
/// (arrays, so that each is copied with its length known when compiled: as string views they
/// were three calls of the library's memcpy a span).
struct mention_keys {
    static constexpr char text[] = ",\"mention\":", begin[] = ",\"mention_begin\":", end[] = ",\"mention_end\":";
};
struct content_keys {
    static constexpr char text[] = ",\"content\":", begin[] = ",\"content_begin\":", end[] = ",\"content_end\":";
};
struct quote_keys {
    static constexpr char text[] = ",\"quote\":", begin[] = ",\"quote_begin\":", end[] = ",\"quote_end\":";
};

/// A span of the text as a line gives it, after a comma: its text and its byte offsets,
/// `"<key>":"…","<key>_begin":B,"<key>_end":E`, with the names of `Keys`. `o` is the open run
/// of our own text, which the call closes; it returns the run it leaves open after the offsets.
template <typename Keys>
char* span_members(json_writer& w, char* o, const document& doc, span where) {
    using W = json_writer;
    w.done(W::put(o, Keys::text));
    w.string(doc.at(where));
    o = W::put(w.own(own_run), Keys::begin);
    o = W::put_uint(o, where.begin);
    o = W::put(o, Keys::end);
    return W::put_uint(o, where.end);
}

/// The rest of a mention's object after its actor's name (written before the call): the
/// actor's members, then the mention's text and offsets, then its closing brace. Returns the
/// open run of our own text after the brace.
inline char* mention_rest(json_writer& w, const document& doc, const mention& m) {
    using W = json_writer;
    actor_fields(w, m.actor);
    char* o = w.own(own_run);
    if (m.where.empty()) return W::put(o, ",\"mention\":null}");
    return W::put(span_members<mention_keys>(w, o, doc, m.where), "}");
}

/// `{"doc":"<id>"`, the start every line of `doc` shares: escaped once per document.
inline std::string statement_head(const document& doc) {
    std::string head;
    json_writer w(head);
    w.raw("{\"doc\":");
    w.string(doc.id);
    w.finish();
    return head;
}

/// One statement's object and the line's end; `head` is statement_head(doc). Our own text
/// between two strings is written as one run (own_run).
inline void statement_line(json_writer& w, const document& doc, const statement& s, std::string_view head) {
    using W = json_writer;
    char* o = w.own(head.size() + own_run);
    o = W::put(o, head);
    o = W::put(o, ",\"begin\":");
    o = W::put_uint(o, s.where.begin);
    o = W::put(o, ",\"end\":");
    o = W::put_uint(o, s.where.end);
    if (s.cue.empty()) {
        o = W::put(o, ",\"cue\":null");
    } else {
        o = W::put(o, ",\"cue\":{\"begin\":");
        o = W::put_uint(o, s.cue.begin);
        o = W::put(o, ",\"end\":");
        o = W::put_uint(o, s.cue.end);
        w.done(W::put(o, ",\"text\":"));
        w.string(doc.at(s.cue));
        o = W::put(w.own(own_run), "}");
    }
    w.done(W::put(o, ",\"source\":{\"name\":"));
    w.string(s.source.actor.name);
    o = mention_rest(w, doc, s.source);
    if (s.target) {
        w.done(W::put(o, ",\"target\":{\"name\":"));
        w.string(s.target->actor.name);
        o = mention_rest(w, doc, *s.target);
    } else {
        o = W::put(o, ",\"target\":null");
    }
    o = W::put(o, ",\"kind\":");
    o = put_enum_name(o, s.kind);
    o = W::put(o, ",\"mode\":");
    o = put_enum_name(o, mode_names, s.mode);
    w.done(W::put(o, ",\"cameo\":"));
    w.string(s.cameo);
    o = w.own(own_run + W::weight_room);
    o = W::put(o, ",\"goldstein\":");
    o = W::put_weight(o, s.goldstein);
    o = W::put(o, ",\"quad_class\":");
    o = W::put_uint(o, static_cast<std::uint64_t>(quad_of(s.cameo)));
    o = span_members<content_keys>(w, o, doc, s.content);
    if (s.quote) o = span_members<quote_keys>(w, o, doc, *s.quote);
    else o = W::put(o, ",\"quote\":null");
    if (s.topics.empty()) {
        o = W::put(o, ",\"topics\":[]");
    } else {
        o = W::put(o, ",\"topics\":[");
        bool first = true;
        for (const std::string& topic : s.topics) {
            if (!first) o = W::put(o, ",");
            first = false;
            w.done(o);
            w.string(topic);
            o = w.own(own_run);
        }
        o = W::put(o, "]");
    }
    if (s.times.empty()) {
        o = W::put(o, ",\"times\":[]");
    } else {
        o = W::put(o, ",\"times\":[");
        bool first = true;
        for (const time_mention& tm : s.times) {
            if (!first) o = W::put(o, ",");
            first = false;
            w.done(W::put(o, "{\"text\":"));
            w.string(doc.at(tm.where));
            o = W::put(w.own(own_run), ",\"begin\":");
            o = W::put_uint(o, tm.where.begin);
            o = W::put(o, ",\"end\":");
            o = W::put_uint(o, tm.where.end);
            o = W::put(o, ",\"iso\":");
            if (tm.iso.empty()) {
                o = W::put(o, "null}");
            } else {
                w.done(o);
                w.string(tm.iso);
                o = W::put(w.own(own_run), "}");
            }
        }
        o = W::put(o, "]");
    }
    w.done(W::put(o, "}\n"));
}

} // namespace detail

COMMUNIQUE_FUNC std::string to_json(const document& doc, const statement& s) {
    std::string out;
    detail::json_writer w(out);
    detail::statement_line(w, doc, s, detail::statement_head(doc));
    w.finish();
    out.pop_back(); // the line's end
    return out;
}

COMMUNIQUE_FUNC void append_jsonl(std::string& out, const document& doc) {
    if (doc.statements.empty()) return;
    const std::string head = detail::statement_head(doc);
    detail::json_writer w(out);
    w.reserve(768 * doc.statements.size()); // a line is 600 bytes on news text
    for (const auto& s : doc.statements) {
        detail::statement_line(w, doc, s, head);
    }
    w.finish();
}

COMMUNIQUE_FUNC void write_jsonl(std::ostream& out, const document& doc) {
    std::string buffer;
    append_jsonl(buffer, doc);
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

COMMUNIQUE_FUNC void write_structure_jsonl(std::ostream& out, const document& doc) {
    const auto& st = doc.structure;
    std::string line;
    auto emit = [&](std::string_view type, std::string_view kind, span where, bool closed) {
        line.clear();
        {
            detail::json_writer w(line);
            w.raw("{\"doc\":");
            w.string(doc.id);
            w.raw(",\"type\":");
            w.string(type);
            if (!kind.empty()) {
                w.raw(",\"kind\":");
                w.string(kind);
            }
            w.raw(",\"begin\":");
            w.uint(where.begin);
            w.raw(",\"end\":");
            w.uint(where.end);
            if (!closed) w.raw(",\"closed\":false");
            w.raw("}\n");
            w.finish();
        }
        out << line;
    };
    // Merge the three lists into document order: a block, then its sentences and quotations
    // by start offset (a sentence before a quotation that starts at the same byte).
    std::size_t s = 0, q = 0;
    auto emit_upto = [&](std::size_t limit) {
        while (s < st.sentences.size() || q < st.quotations.size()) {
            const bool take_sentence =
                s < st.sentences.size() &&
                (q >= st.quotations.size() ||
                 st.sentences[s].where.begin <= st.quotations[q].where.begin);
            const span next = take_sentence ? st.sentences[s].where : st.quotations[q].where;
            if (next.begin >= limit) return;
            if (take_sentence) emit("sentence", {}, next, true);
            else emit("quotation", {}, next, st.quotations[q].closed);
            (take_sentence ? s : q) += 1;
        }
    };
    for (const auto& blk : st.blocks) {
        emit_upto(blk.where.begin);
        emit("block", to_string(blk.kind), blk.where, true);
    }
    emit_upto(static_cast<std::size_t>(-1));
}

COMMUNIQUE_END_NAMESPACE

#endif
