// Body of communique/io/jsonl_reader.hpp. The stream is read in blocks through its streambuf; a
// line is assembled in one buffer that never grows past the line limit (the rest of a longer
// line is skipped as it streams by), then parsed by one Boost.JSON parser reused line to line.
#ifndef COMMUNIQUE_DETAIL_JSONL_READER_INL_HPP
#define COMMUNIQUE_DETAIL_JSONL_READER_INL_HPP

#include <communique/io/jsonl_reader.hpp>

#include <boost/json.hpp>

#include <cstring>
#include <istream>
#include <new>
#include <utility>
#include <vector>

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

/// Parses one non-blank line (CR already removed).
inline jsonl_entry jsonl_parse(std::string_view text, std::size_t line, boost::json::parser& p) {
    namespace json = boost::json;
    try {
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
    std::vector<char> block = std::vector<char>(block_size);
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
        const std::streamsize n = buf ? buf->sgetn(block.data(), static_cast<std::streamsize>(block.size())) : 0;
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = static_cast<std::size_t>(n);
        return true;
    }

    /// Assembles the next line into line_text; false at the end of the stream. `too_long`
    /// tells that the line went over the limit and was dropped as it went by.
    bool read_line(bool& too_long) {
        line_text.clear();
        too_long = false;
        bool any = false;
        for (;;) {
            if (pos == end && !refill()) return any;
            any = true;
            const char* first = block.data() + pos;
            const void* nl = std::memchr(first, '\n', end - pos);
            const std::size_t n = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - first) : end - pos;
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
            if (nl) return true;
        }
    }

    std::optional<jsonl_entry> next() {
        for (;;) {
            bool too_long = false;
            try {
                if (!read_line(too_long)) return std::nullopt;
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
            std::string_view text = line_text;
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
