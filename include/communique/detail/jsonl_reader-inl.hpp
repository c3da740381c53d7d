// Body of communique/io/jsonl_reader.hpp. The stream is read in blocks through its streambuf; a
// line is assembled in one buffer that never grows past the line limit (the rest of a longer
// line is skipped as it streams by). The usual line (string, null, boolean and small whole
// number members) is read by jsonl_usual_line straight into its record; any other line, and
// every bad one, by one Boost.JSON parser reused line to line, whose DOM gives the messages.
#ifndef COMMUNIQUE_DETAIL_JSONL_READER_INL_HPP
#define COMMUNIQUE_DETAIL_JSONL_READER_INL_HPP

#include <communique/detail/json_scan.hpp>
#include <communique/io/jsonl_reader.hpp>

#include <boost/json.hpp>

#include <cstring>
#include <istream>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <utility>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

inline bool jsonl_blank(std::string_view s) noexcept {
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    return true;
}

/// "YYYY-MM-DD" of a real calendar day (years 0001-9999), else nullopt. The reader's own check,
/// so that it depends on nothing but the JSON text.
inline std::optional<civil_date> jsonl_date(std::string_view s) noexcept {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t n, unsigned& v) {
        v = 0;
        for (std::size_t k = from; k < from + n; ++k) {
            if (s[k] < '0' || s[k] > '9') return false;
            v = v * 10 + static_cast<unsigned>(s[k] - '0');
        }
        return true;
    };
    unsigned y = 0, m = 0, d = 0;
    if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return std::nullopt;
    static constexpr unsigned days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y == 0 || m < 1 || m > 12 || d < 1 || d > days[m - 1] || (m == 2 && d == 29 && !leap))
        return std::nullopt;
    return civil_date{static_cast<int>(y), m, d};
}

inline boost::json::parse_options jsonl_parse_options() noexcept {
    boost::json::parse_options o;
    o.allow_invalid_utf8 = true; // kept as bytes; extraction reports and repairs them
    o.max_depth = 64;
    return o;
}

/// The usual line read without Boost.JSON's DOM: an object whose members are strings, null,
/// true, false or whole numbers of up to 18 digits, with keys free of escapes. Boost.JSON 1.81
/// copies a string byte by byte into its DOM once it has met an escape (and every article
/// text has its "\n"), then the record copies it again; this reader unescapes the text once,
/// straight into the record, a run of plain bytes at a time. Anything else, valid or not, makes
/// it give up (parse() returns nullopt) and the DOM parser decides: errors keep its messages.
class jsonl_usual_line {
public:
    explicit jsonl_usual_line(std::string_view text) noexcept : p_(text.data()), end_(text.data() + text.size()) {}

    /// The record or the error the DOM reading gives for this line, or nullopt.
    std::optional<jsonl_entry> parse(std::size_t line) {
        jsonl_record r;
        r.line = line;
        std::string published;
        kinds seen;
        if (!object(r, published, seen)) return std::nullopt;
        // The checks of jsonl_parse, in its order.
        if (seen.text != kind::string) return jsonl_error{line, "no \"text\" string"};
        if (seen.id == kind::boolean) return jsonl_error{line, "\"id\" is not a string or a number"};
        if (seen.published != kind::absent && seen.published != kind::null) {
            if (seen.published == kind::string) r.published = jsonl_date(published);
            if (!r.published) return jsonl_error{line, "published is not YYYY-MM-DD"};
        }
        return r;
    }

private:
    enum class kind { absent, string, number, null, boolean };
    struct kinds {
        kind id = kind::absent, text = kind::absent, published = kind::absent;
    };

    /// The whole line as one object, its text and id read into `r` and its published date
    /// into `published`; false when it is not a line of the usual kind.
    bool object(jsonl_record& r, std::string& published, kinds& seen) {
        skip_space();
        if (!take('{')) return false;
        skip_space();
        if (!take('}')) {
            for (;;) {
                if (!member(r, published, seen)) return false;
                skip_space();
                if (take('}')) break;
                if (!take(',')) return false;
                skip_space();
            }
        }
        skip_space();
        return p_ == end_;
    }

    /// One "key": value. A repeated key: the last one counts, as in the DOM.
    bool member(jsonl_record& r, std::string& published, kinds& seen) {
        std::string_view key;
        if (!take('"') || !plain_key(key)) return false;
        skip_space();
        if (!take(':')) return false;
        skip_space();
        if (key == "text") return text_value(r.text, seen.text);
        if (key == "id") return value(&r.id, seen.id);
        if (key == "published") return value(&published, seen.published);
        kind ignored = kind::absent;
        return value(nullptr, ignored);
    }

    void skip_space() noexcept {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\r' || *p_ == '\n')) ++p_;
    }
    bool take(char c) noexcept {
        if (p_ == end_ || *p_ != c) return false;
        ++p_;
        return true;
    }
    bool take(std::string_view word) noexcept {
        if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word)
            return false;
        p_ += word.size();
        return true;
    }
    static bool plain(char c) noexcept {
        return static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\';
    }

    /// A key up to its closing quote, when it has no escape.
    bool plain_key(std::string_view& key) noexcept {
        const char* first = p_;
        while (p_ != end_ && plain(*p_)) ++p_;
        if (!take('"')) return false;
        key = std::string_view(first, static_cast<std::size_t>(p_ - 1 - first));
        return true;
    }

    /// One member's value; a string is unescaped onto `*out` (checked only, when null), a
    /// number's text kept there.
    bool value(std::string* out, kind& k) {
        if (out) out->clear();
        if (take('"')) {
            k = kind::string;
            return string(out);
        }
        if (take("null")) k = kind::null;
        else if (take("true") || take("false")) k = kind::boolean;
        else return number(out, k);
        return true;
    }

    /// The text's value: a string is unescaped straight into `out`, made as long as the rest
    /// of the line (its unescaped bytes are no more; an escape's bytes are stored four at a
    /// time, hence the slack) and cut to length after, so that it is copied and scanned in one
    /// pass without growing the string run by run.
    bool text_value(std::string& out, kind& k) {
        if (!take('"')) return value(&out, k);
        k = kind::string;
        // Sized by a copy of the rest of the line rather than by resize(), which would fill it
        // with zeros first (byte by byte, where memcpy moves whole vectors); the copy is then
        // written over.
        const auto rest = static_cast<std::size_t>(end_ - p_);
        out.clear();
        out.reserve(rest + 4);
        out.assign(p_, rest);
        out.append(4, '\0');
        auto* o = reinterpret_cast<unsigned char*>(out.data());
        const bool ok = unescape(o);
        out.resize(static_cast<std::size_t>(o - reinterpret_cast<unsigned char*>(out.data())));
        return ok;
    }

    /// The body of a string after its opening quote, through its closing one, unescaped to
    /// `o` (which has room for the rest of the line and four bytes more).
    bool unescape(unsigned char*& o) {
        for (;;) {
            auto p = reinterpret_cast<const unsigned char*>(p_);
            json_copy_plain(p, reinterpret_cast<const unsigned char*>(end_), o);
            p_ = reinterpret_cast<const char*>(p);
            if (p_ == end_) return false;
            if (*p_ == '"') {
                ++p_;
                return true;
            }
            char bytes[4] = {};
            const std::size_t n = *p_ == '\\' ? escape(bytes) : 0;
            if (n == 0) return false; // a control character, or a bad escape
            std::memcpy(o, bytes, 4); // whole: n of them count
            o += n;
        }
    }

    /// 0 or [1-9][0-9]* of up to 18 digits (an int64, written back the same by the DOM path);
    /// a sign, a fraction or an exponent go to the DOM parser.
    bool number(std::string* out, kind& k) {
        const char* first = p_;
        while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
        const std::size_t n = static_cast<std::size_t>(p_ - first);
        if (n == 0 || n > 18 || (n > 1 && *first == '0')) return false;
        if (p_ != end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E')) return false;
        k = kind::number;
        if (out) out->assign(first, n);
        return true;
    }

    /// The body of a string after its opening quote, through its closing one.
    bool string(std::string* out) {
        for (;;) {
            const char* run = p_;
            p_ = reinterpret_cast<const char*>(json_skip_words(reinterpret_cast<const unsigned char*>(p_),
                                                               reinterpret_cast<const unsigned char*>(end_), false));
            while (p_ != end_ && plain(*p_)) ++p_;
            if (out) out->append(run, static_cast<std::size_t>(p_ - run));
            if (p_ == end_) return false;
            if (*p_ == '"') {
                ++p_;
                return true;
            }
            char bytes[4];
            const std::size_t n = *p_ == '\\' ? escape(bytes) : 0;
            if (n == 0) return false; // a control character, or a bad escape
            if (out) out->append(bytes, n);
        }
    }

    /// One escape, from its backslash, as the bytes it stands for; their count, 0 when it is
    /// not a valid escape.
    std::size_t escape(char (&bytes)[4]) {
        if (end_ - p_ < 2) return 0;
        char c = p_[1];
        p_ += 2;
        switch (c) {
        case '"': case '\\': case '/': break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        case 'u': return unicode(bytes);
        default: return 0;
        }
        bytes[0] = c;
        return 1;
    }

    /// \uXXXX (its "\u" taken), or a surrogate pair of them, as UTF-8.
    std::size_t unicode(char (&utf8)[4]) {
        unsigned long cp = 0;
        if (!hex4(cp) || (cp >= 0xDC00 && cp <= 0xDFFF)) return 0;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned long low = 0;
            if (!take("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return 0;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        std::size_t n = 0;
        if (cp < 0x80) {
            utf8[n++] = static_cast<char>(cp);
        } else if (cp < 0x800) {
            utf8[n++] = static_cast<char>(0xC0 | (cp >> 6));
            utf8[n++] = static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            utf8[n++] = static_cast<char>(0xE0 | (cp >> 12));
            utf8[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            utf8[n++] = static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            utf8[n++] = static_cast<char>(0xF0 | (cp >> 18));
            utf8[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            utf8[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            utf8[n++] = static_cast<char>(0x80 | (cp & 0x3F));
        }
        return n;
    }

    bool hex4(unsigned long& v) noexcept {
        if (end_ - p_ < 4) return false;
        for (int i = 0; i < 4; ++i) {
            const char c = *p_++;
            unsigned d;
            if (c >= '0' && c <= '9') d = static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f') d = static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') d = static_cast<unsigned>(c - 'A' + 10);
            else return false;
            v = v * 16 + d;
        }
        return true;
    }

    const char* p_;
    const char* end_;
};

/// Parses one non-blank line (CR already removed).
inline jsonl_entry jsonl_parse(std::string_view text, std::size_t line, boost::json::parser& p) {
    namespace json = boost::json;
    try {
        // Past the DOM's string limit the DOM parser reports it; below, the usual line is
        // read without it.
        if (text.size() <= json::string::max_size())
            if (auto usual = jsonl_usual_line(text).parse(line)) return std::move(*usual);
        json::error_code ec;
        p.reset();
        p.write(text.data(), text.size(), ec);
        if (ec) return jsonl_error{line, "not JSON: " + ec.message()};
        const json::value v = p.release();
        const json::object* o = v.if_object();
        if (!o) return jsonl_error{line, "not a JSON object"};

        jsonl_record r;
        r.line = line;
        const json::value* text_value = o->if_contains("text");
        const json::string* body = text_value ? text_value->if_string() : nullptr;
        if (!body) return jsonl_error{line, "no \"text\" string"};
        if (const json::value* id = o->if_contains("id")) {
            if (const json::string* s = id->if_string()) r.id.assign(s->data(), s->size());
            else if (id->is_number()) r.id = json::serialize(*id);
            else if (!id->is_null()) return jsonl_error{line, "\"id\" is not a string or a number"};
        }
        if (const json::value* published = o->if_contains("published");
            published && !published->is_null()) {
            if (const json::string* s = published->if_string())
                r.published = jsonl_date(std::string_view(s->data(), s->size()));
            if (!r.published) return jsonl_error{line, "published is not YYYY-MM-DD"};
        }
        r.text.assign(body->data(), body->size());
        return r;
    } catch (const std::bad_alloc&) {
        return jsonl_error{line, "out of memory"};
    } catch (const std::exception& e) {
        return jsonl_error{line, std::string("not JSON: ") + e.what()};
    }
}

} // namespace detail

struct jsonl_reader::state {
    static constexpr std::size_t block_size = std::size_t(256) << 10;

    std::istream* in;
    jsonl_reader_options opts;
    std::unique_ptr<char[]> block{new char[block_size]}; // not zeroed: only read bytes are looked at
    std::size_t pos = 0, end = 0;
    bool eof = false;
    std::string line_text;
    std::size_t line = 0;
    std::uint64_t bytes = 0;
    boost::json::parser parser{boost::json::storage_ptr(), detail::jsonl_parse_options()};

    state(std::istream& s, jsonl_reader_options o) : in(&s), opts(o) {}

    bool refill() {
        if (eof) return false;
        std::streambuf* buf = in->rdbuf();
        const std::streamsize n = buf ? buf->sgetn(block.get(), static_cast<std::streamsize>(block_size)) : 0;
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = static_cast<std::size_t>(n);
        return true;
    }

    /// The next line in `text`, valid until the next call: a view of the block when the line
    /// lies wholly in it (most lines: not copied), else assembled in line_text. False at the end
    /// of the stream. `too_long` tells that the line went over the limit and was dropped as it
    /// went by.
    bool read_line(bool& too_long, std::string_view& text) {
        line_text.clear();
        too_long = false;
        text = {};
        bool any = false;
        for (;;) {
            if (pos == end && !refill()) {
                text = line_text;
                return any;
            }
            const char* first = block.get() + pos;
            const void* nl = std::memchr(first, '\n', end - pos);
            const std::size_t n = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - first) : end - pos;
            if (nl && !any && n <= opts.max_line_bytes) {
                text = std::string_view(first, n);
                bytes += n + 1;
                pos += n + 1;
                return true;
            }
            any = true;
            if (!too_long) {
                if (line_text.size() + n > opts.max_line_bytes) {
                    too_long = true;
                    std::string().swap(line_text);
                } else {
                    line_text.append(first, n);
                }
            }
            bytes += n + (nl ? 1 : 0);
            pos += n + (nl ? 1 : 0);
            if (nl) {
                text = line_text;
                return true;
            }
        }
    }

    std::optional<jsonl_entry> next() {
        for (;;) {
            bool too_long = false;
            std::string_view text;
            try {
                if (!read_line(too_long, text)) return std::nullopt;
            } catch (const std::bad_alloc&) {
                eof = true;
                return jsonl_entry{jsonl_error{line + 1, "out of memory"}};
            } catch (...) {
                eof = true; // a stream that throws is not read further
                return jsonl_entry{jsonl_error{line + 1, "read error"}};
            }
            ++line;
            if (too_long)
                return jsonl_entry{jsonl_error{line, "line too long (over " +
                                                         std::to_string(opts.max_line_bytes) + " bytes)"}};
            if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
            if (detail::jsonl_blank(text)) continue;
            return detail::jsonl_parse(text, line, parser);
        }
    }
};

COMMUNIQUE_FUNC jsonl_reader::jsonl_reader(std::istream& in, jsonl_reader_options opts)
    : state_(std::make_unique<state>(in, opts)) {}
COMMUNIQUE_FUNC jsonl_reader::~jsonl_reader() = default;
COMMUNIQUE_FUNC jsonl_reader::jsonl_reader(jsonl_reader&&) noexcept = default;
COMMUNIQUE_FUNC jsonl_reader& jsonl_reader::operator=(jsonl_reader&&) noexcept = default;

COMMUNIQUE_FUNC std::optional<jsonl_entry> jsonl_reader::next() { return state_->next(); }
COMMUNIQUE_FUNC std::size_t jsonl_reader::lines() const noexcept { return state_->line; }
COMMUNIQUE_FUNC std::uint64_t jsonl_reader::bytes() const noexcept { return state_->bytes; }

COMMUNIQUE_FUNC std::optional<jsonl_entry> parse_jsonl_line(std::string_view text, std::size_t line) {
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (detail::jsonl_blank(text)) return std::nullopt;
    try {
        boost::json::parser p(boost::json::storage_ptr(), detail::jsonl_parse_options());
        return detail::jsonl_parse(text, line, p);
    } catch (const std::bad_alloc&) {
        return jsonl_entry{jsonl_error{line, "out of memory"}};
    }
}

COMMUNIQUE_END_NAMESPACE

#endif
