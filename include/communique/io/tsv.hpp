// communique/io/tsv.hpp: a tab-separated event format in the style of the Phoenix data set,
// one row per statement, for the tools that read GDELT, ICEWS and Phoenix files.
//
// Columns (write_tsv_header writes these names as the first line):
//
//   #  name         value
//   1  date         YYYYMMDD: the first of the statement's times that is normalised to a full
//                   date (the start of a range "2017-04-03/2017-04-04"), else the publication
//                   date (tsv_options::published, else the article's own dateline), else empty.
//                   With tsv_options::statement_dates off, always the publication date.
//   2  source       CAMEO actor code of the source (cameo_actor.hpp): "RUSGOV", "IGOUNO",
//                   "RUSGOV;USAGOV" for a collective of several codes; empty when unknown
//   3  target       CAMEO actor code of the target; empty when there is none or it is unknown
//   4  code         CAMEO event code, three or four digits ("010", "112", "0251"); the kind's
//                   default code when the statement carries none
//   5  root_code    its first two digits ("01", "11")
//   6  quad_class   1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
//                   4 material conflict
//   7  goldstein    Goldstein weight, one decimal, "." as decimal mark: "-2.0", "3.4"
//   8  issues       the statement's topics joined by ";" (a ";" inside a topic becomes ",")
//   9  doc_id       the document's id (document::id)
//  10  sentence     the statement's span in bytes, "begin-end" (document::at gives the text)
//  11  source_name  the source's canonical name ("Sergei Lavrov")
//  12  target_name  the target's canonical name; empty when there is none
//  13  kind         statement kind ("criticism"; kinds.hpp)
//  14  mode         direct, partial, indirect or summary
//  15  cue          the cue's words as written; empty when there is none
//
// Every field is valid UTF-8 (an invalid byte becomes U+FFFD) and holds no tab, line break or
// other control character: each run of them (and of U+0085, U+2028, U+2029) becomes one
// space. Nothing is quoted: read with quoting off (pandas `quoting=csv.QUOTE_NONE`, R
// `quote = ""`), since a field may begin with a quotation mark. Rows end with "\n".
#ifndef COMMUNIQUE_IO_TSV_HPP
#define COMMUNIQUE_IO_TSV_HPP

#include <communique/times.hpp>
#include <communique/types.hpp>

#include <array>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

COMMUNIQUE_BEGIN_NAMESPACE

/// The column names, in order, as the header line gives them.
inline constexpr std::array<std::string_view, 15> tsv_columns{
    {"date", "source", "target", "code", "root_code", "quad_class", "goldstein", "issues",
     "doc_id", "sentence", "source_name", "target_name", "kind", "mode", "cue"}};

struct tsv_options {
    /// The publication date: the date of a statement that names none. When absent, write_tsv
    /// uses the article's own dateline (find_publication_date), if it has one.
    std::optional<civil_date> published;
    /// On (the default): a statement's own first full date comes first. Off: every row carries
    /// the publication date, as Phoenix dates events by their story (a date the content only
    /// mentions, "talks will resume on April 20", is then not taken for the date of saying it).
    bool statement_dates = true;
};

/// The header line: the column names joined by tabs, then "\n".
void write_tsv_header(std::ostream& out);

/// One row per statement of `doc`, each ending in "\n" (no header).
void write_tsv(std::ostream& out, const document& doc);
void write_tsv(std::ostream& out, const document& doc, const tsv_options& opts);

/// The row of one statement, without the "\n". The date falls back on `opts.published` only
/// (the dateline lookup is write_tsv's).
std::string to_tsv(const document& doc, const statement& s, const tsv_options& opts = {});

COMMUNIQUE_END_NAMESPACE

#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/detail/tsv-inl.hpp>
#endif

#endif
