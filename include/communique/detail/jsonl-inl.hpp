// Body of communique/io/jsonl.hpp. Each line is written straight into one string, field by
// field, instead of building a Boost.JSON object per statement: that was a fifth of the
// end-to-end time, and it printed Goldstein weights as "4E0". Strings taken from the document
// are repaired to valid UTF-8 and escaped, so a line is always valid JSON; the test suite
// parses every line with Boost.JSON (tests/io/jsonl_writer_test.cpp).
#ifndef COMMUNIQUE_DETAIL_JSONL_INL_HPP
#define COMMUNIQUE_DETAIL_JSONL_INL_HPP

#include <communique/detail/utf8.hpp>
#include <communique/io/jsonl.hpp>

#include <charconv>
#include <ostream>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// Appends `s` as a JSON string: valid UTF-8 (invalid bytes and NUL become U+FFFD), with
/// quotes, backslashes and control characters escaped.
inline void json_string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    auto p = reinterpret_cast<const unsigned char*>(s.data());
    const auto end = p + s.size();
    out += '"';
    while (p < end) {
        // Printable ASCII other than " and \ goes out as it is, a run at a time.
        const auto run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') ++p;
        out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
        if (p == end) break;
        const unsigned char c = *p;
        if (c >= 0x80 || c == 0) {
            const std::size_t n = c == 0 ? 0 : utf8_sequence(p, end);
            if (n == 0) {
                out += "\xEF\xBF\xBD";
                ++p;
            } else {
                out.append(reinterpret_cast<const char*>(p), n);
                p += n;
            }
            continue;
        }
        ++p;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    out += '"';
}

inline void json_uint(std::string& out, std::size_t v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

/// A Goldstein weight as a decimal with at least one digit after the point ("0.0", "-4.4",
/// "3.45"), whatever the locale.
inline void json_weight(std::string& out, double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 4);
    char* end = r.ptr;
    while (end > buf + 1 && end[-1] == '0' && end[-2] != '.') --end; // keep one decimal
    out.append(buf, end);
}

/// Writes `{"k":v,...}` one member at a time.
class json_object {
public:
    explicit json_object(std::string& out) : out_(out) { out_ += '{'; }
    ~json_object() { out_ += '}'; }
    json_object(const json_object&) = delete;
    json_object& operator=(const json_object&) = delete;

    std::string& key(std::string_view k) {
        if (!first_) out_ += ',';
        first_ = false;
        out_ += '"';
        out_ += k; // keys are ours: plain ASCII, nothing to escape
        out_ += "\":";
        return out_;
    }
    void string(std::string_view k, std::string_view v) { json_string(key(k), v); }
    void number(std::string_view k, std::size_t v) { json_uint(key(k), v); }
    void null(std::string_view k) { key(k) += "null"; }

private:
    std::string& out_;
    bool first_ = true;
};

/// A JSON array of `items`, each written by `write(out, item)`.
template <typename Items, typename Write>
void json_array(std::string& out, const Items& items, Write write) {
    out += '[';
    bool first = true;
    for (const auto& item : items) {
        if (!first) out += ',';
        first = false;
        write(out, item);
    }
    out += ']';
}

inline void actor_json(std::string& out, const actor& a) {
    json_object o(out);
    o.string("name", a.name);
    o.string("kind", to_string(a.kind));
    if (a.country.empty()) o.null("country");
    else o.string("country", a.country);
    if (!a.title.empty()) o.string("title", a.title);
    json_array(o.key("members"), a.members, [](std::string& m, const actor& member) { actor_json(m, member); });
}

/// An actor object with the mention's text and offsets added before its closing brace.
inline void mention_json(std::string& out, const document& doc, const mention& m) {
    actor_json(out, m.actor);
    out.pop_back(); // reopen the object
    if (m.where.empty()) {
        out += ",\"mention\":null";
    } else {
        out += ",\"mention\":";
        json_string(out, doc.at(m.where));
        out += ",\"mention_begin\":";
        json_uint(out, m.where.begin);
        out += ",\"mention_end\":";
        json_uint(out, m.where.end);
    }
    out += '}';
}

inline void statement_json(std::string& out, const document& doc, const statement& s) {
    json_object o(out);
    o.string("doc", doc.id);
    o.number("begin", s.where.begin);
    o.number("end", s.where.end);
    if (s.cue.empty()) {
        o.null("cue");
    } else {
        json_object c(o.key("cue"));
        c.number("begin", s.cue.begin);
        c.number("end", s.cue.end);
        c.string("text", doc.at(s.cue));
    }
    mention_json(o.key("source"), doc, s.source);
    if (s.target) mention_json(o.key("target"), doc, *s.target);
    else o.null("target");
    o.string("kind", to_string(s.kind));
    o.string("mode", to_string(s.mode));
    o.string("cameo", s.cameo);
    json_weight(o.key("goldstein"), s.goldstein);
    o.number("quad_class", static_cast<std::size_t>(quad_of(s.cameo)));
    o.string("content", doc.at(s.content));
    o.number("content_begin", s.content.begin);
    o.number("content_end", s.content.end);
    if (s.quote) {
        o.string("quote", doc.at(*s.quote));
        o.number("quote_begin", s.quote->begin);
        o.number("quote_end", s.quote->end);
    } else {
        o.null("quote");
    }
    json_array(o.key("topics"), s.topics, [](std::string& t, const std::string& topic) { json_string(t, topic); });
    json_array(o.key("times"), s.times, [&doc](std::string& t, const time_mention& tm) {
        json_object time(t);
        time.string("text", doc.at(tm.where));
        time.number("begin", tm.where.begin);
        time.number("end", tm.where.end);
        if (tm.iso.empty()) time.null("iso");
        else time.string("iso", tm.iso);
    });
}

} // namespace detail

COMMUNIQUE_FUNC std::string to_json(const document& doc, const statement& s) {
    std::string out;
    out.reserve(512);
    detail::statement_json(out, doc, s);
    return out;
}

COMMUNIQUE_FUNC void write_jsonl(std::ostream& out, const document& doc) {
    std::string buffer;
    buffer.reserve(512 * doc.statements.size());
    for (const auto& s : doc.statements) {
        detail::statement_json(buffer, doc, s);
        buffer += '\n';
    }
    out << buffer;
}

COMMUNIQUE_FUNC void write_structure_jsonl(std::ostream& out, const document& doc) {
    const auto& st = doc.structure;
    std::string line;
    auto emit = [&](std::string_view type, std::string_view kind, span where, bool closed) {
        line.clear();
        {
            detail::json_object o(line);
            o.string("doc", doc.id);
            o.string("type", type);
            if (!kind.empty()) o.string("kind", kind);
            o.number("begin", where.begin);
            o.number("end", where.end);
            if (!closed) o.key("closed") += "false";
        }
        line += '\n';
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
