// Body of communique/io/tsv.hpp.
#ifndef COMMUNIQUE_DETAIL_TSV_INL_HPP
#define COMMUNIQUE_DETAIL_TSV_INL_HPP

#include <communique/detail/utf8.hpp>
#include <communique/io/cameo_actor.hpp>
#include <communique/io/tsv.hpp>
#include <communique/kinds.hpp>
#include <communique/times.hpp>

#include <cmath>
#include <cstddef>
#include <ostream>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// Appends `text` as one TSV field: valid UTF-8, and each run of control characters (tab,
/// CR, LF, ...), U+0085, U+2028 and U+2029 one space. With `list`, ";" becomes ",".
inline void append_tsv_field(std::string& out, std::string_view text, bool list = false) {
    auto p = reinterpret_cast<const unsigned char*>(text.data());
    const auto end = p + text.size();
    bool in_break = false;
    auto blank = [&] {
        if (!in_break) out.push_back(' ');
        in_break = true;
    };
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x20 || c == 0x7F) { blank(); ++p; continue; }
        if (c < 0x80) {
            out.push_back(list && c == ';' ? ',' : static_cast<char>(c));
            in_break = false;
            ++p;
            continue;
        }
        const std::size_t n = utf8_sequence(p, end);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            in_break = false;
            ++p;
            continue;
        }
        const bool nel = n == 2 && c == 0xC2 && p[1] == 0x85;
        const bool line_sep = n == 3 && c == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9);
        if (nel || line_sep) {
            blank();
        } else {
            out.append(reinterpret_cast<const char*>(p), n);
            in_break = false;
        }
        p += n;
    }
}

inline bool tsv_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

/// "2017-04-14" (or a longer value starting with one: a range, a date-time) -> "20170414";
/// "" when `iso` does not start with a full date.
inline std::string tsv_date(std::string_view iso) {
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return {};
    if (!tsv_digits(iso.substr(0, 4)) || !tsv_digits(iso.substr(5, 2)) ||
        !tsv_digits(iso.substr(8, 2)))
        return {};
    if (iso.size() > 10 && tsv_digits(iso.substr(10, 1))) return {}; // a five-digit year
    std::string out;
    out.append(iso.substr(0, 4)).append(iso.substr(5, 2)).append(iso.substr(8, 2));
    return out;
}

inline std::string tsv_date(const civil_date& d) {
    if (d.year < 0 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31)
        return {};
    char buf[9];
    unsigned y = static_cast<unsigned>(d.year);
    buf[0] = static_cast<char>('0' + y / 1000);
    buf[1] = static_cast<char>('0' + y / 100 % 10);
    buf[2] = static_cast<char>('0' + y / 10 % 10);
    buf[3] = static_cast<char>('0' + y % 10);
    buf[4] = static_cast<char>('0' + d.month / 10);
    buf[5] = static_cast<char>('0' + d.month % 10);
    buf[6] = static_cast<char>('0' + d.day / 10);
    buf[7] = static_cast<char>('0' + d.day % 10);
    buf[8] = '\0';
    return std::string(buf, 8);
}

/// One decimal, "." whatever the locale: -2 -> "-2.0", 3.4 -> "3.4", -0.04 -> "0.0".
inline std::string tsv_weight(double w) {
    if (!std::isfinite(w)) return {};
    long tenths = std::lround(w * 10.0);
    std::string out;
    if (tenths < 0) {
        out.push_back('-');
        tenths = -tenths;
    }
    out += std::to_string(tenths / 10);
    out.push_back('.');
    out.push_back(static_cast<char>('0' + tenths % 10));
    return out;
}

} // namespace detail

COMMUNIQUE_FUNC void write_tsv_header(std::ostream& out) {
    std::string line;
    for (std::size_t i = 0; i < tsv_columns.size(); ++i) {
        if (i) line.push_back('\t');
        line.append(tsv_columns[i]);
    }
    line.push_back('\n');
    out << line;
}

COMMUNIQUE_FUNC std::string to_tsv(const document& doc, const statement& s, const tsv_options& opts) {
    using detail::append_tsv_field;
    std::string row;
    auto tab = [&row] { row.push_back('\t'); };

    // 1 date
    std::string date;
    if (opts.statement_dates)
        for (const auto& t : s.times)
            if (date = detail::tsv_date(t.iso); !date.empty()) break;
    if (date.empty() && opts.published) date = detail::tsv_date(*opts.published);
    row += date;
    // 2, 3 actor codes
    tab();
    append_tsv_field(row, cameo_actor_code(s.source.actor));
    tab();
    if (s.target) append_tsv_field(row, cameo_actor_code(s.target->actor));
    // 4-7 event code, root, quad class, Goldstein
    const std::string_view code = s.cameo.empty() ? info(s.kind).cameo : std::string_view(s.cameo);
    tab();
    append_tsv_field(row, code);
    tab();
    append_tsv_field(row, cameo_root(code));
    tab();
    row += std::to_string(static_cast<int>(quad_of(code)));
    tab();
    row += detail::tsv_weight(s.goldstein);
    // 8 issues
    tab();
    for (std::size_t i = 0; i < s.topics.size(); ++i) {
        if (i) row.push_back(';');
        append_tsv_field(row, s.topics[i], true);
    }
    // 9, 10 document and span
    tab();
    append_tsv_field(row, doc.id);
    tab();
    row += std::to_string(s.where.begin);
    row.push_back('-');
    row += std::to_string(s.where.end);
    // 11-15 names, kind, mode, cue
    tab();
    append_tsv_field(row, s.source.actor.name);
    tab();
    if (s.target) append_tsv_field(row, s.target->actor.name);
    tab();
    row += to_string(s.kind);
    tab();
    row += to_string(s.mode);
    tab();
    if (!s.cue.empty()) append_tsv_field(row, doc.at(s.cue));
    return row;
}

COMMUNIQUE_FUNC void write_tsv(std::ostream& out, const document& doc, const tsv_options& opts) {
    tsv_options resolved = opts;
    if (!resolved.published && !doc.statements.empty())
        resolved.published = find_publication_date(doc.text, doc.structure);
    for (const auto& s : doc.statements) out << to_tsv(doc, s, resolved) << '\n';
}

COMMUNIQUE_FUNC void write_tsv(std::ostream& out, const document& doc) {
    write_tsv(out, doc, tsv_options{});
}

COMMUNIQUE_END_NAMESPACE

#endif
