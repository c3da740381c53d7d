// communique/io/jsonl_reader.hpp: JSON Lines input, one article per line,
//   {"id": "...", "text": "...", "published": "YYYY-MM-DD"}
// read from a std::istream one line at a time, in memory bounded by the longest line allowed.
// Each line gives a record or an error, as a value: nothing is thrown through the caller.
#ifndef COMMUNIQUE_IO_JSONL_READER_HPP
#define COMMUNIQUE_IO_JSONL_READER_HPP

#include <communique/times.hpp>

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

COMMUNIQUE_BEGIN_NAMESPACE

/// One article read from a JSON line.
struct jsonl_record {
    std::size_t line = 0;                ///< 1-based line number in the stream
    std::string id;                      ///< "id" (a string, or a number's JSON text); "" if absent
    std::string text;                    ///< "text", unescaped; may hold invalid UTF-8 if the line did
    std::optional<civil_date> published; ///< "published", when present and not null
};

/// A line that gave no article, and why. Messages: "not JSON: ...", "not a JSON object",
/// "no \"text\" string", "\"id\" is not a string or a number", "published is not YYYY-MM-DD",
/// "line too long (over N bytes)", "read error".
struct jsonl_error {
    std::size_t line = 0; ///< 1-based line number in the stream
    std::string message;
};

using jsonl_entry = std::variant<jsonl_record, jsonl_error>;

struct jsonl_reader_options {
    /// A longer line is skipped (and reported) without being held in memory.
    std::size_t max_line_bytes = std::size_t(64) << 20;
};

/// Reads JSON Lines from a stream. Blank lines (empty or white space only, including the one
/// after a final newline) are skipped without a word; a line ending in CR LF loses its CR;
/// invalid UTF-8 inside a JSON string is kept as is (the extractor reports and repairs it).
/// The reader does not own the stream, which must outlive it. Not thread-safe (one reader,
/// one thread), but readers are independent of each other.
class jsonl_reader {
public:
    explicit jsonl_reader(std::istream& in, jsonl_reader_options opts = {});
    ~jsonl_reader();
    jsonl_reader(const jsonl_reader&) = delete;
    jsonl_reader& operator=(const jsonl_reader&) = delete;
    jsonl_reader(jsonl_reader&&) noexcept;
    jsonl_reader& operator=(jsonl_reader&&) noexcept;

    /// The next record or error; std::nullopt at the end of the stream.
    std::optional<jsonl_entry> next();

    /// Lines seen so far (blank ones included).
    std::size_t lines() const noexcept;
    /// Bytes consumed from the stream so far (line ends included).
    std::uint64_t bytes() const noexcept;

private:
    struct state;
    std::unique_ptr<state> state_;
};

/// Parses one line (without its line end) as the reader does; `line` only labels the result.
/// Returns std::nullopt for a blank line.
std::optional<jsonl_entry> parse_jsonl_line(std::string_view text, std::size_t line = 0);

COMMUNIQUE_END_NAMESPACE

#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/detail/jsonl_reader-inl.hpp>
#endif

#endif
