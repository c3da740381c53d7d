// communique/io/jsonl.hpp: the JSON Lines output of spec/statements.md, one object per
// statement, and the structure dump of `communique-extract --format structure`.
#ifndef COMMUNIQUE_IO_JSONL_HPP
#define COMMUNIQUE_IO_JSONL_HPP

#include <communique/types.hpp>

#include <iosfwd>
#include <string>

COMMUNIQUE_BEGIN_NAMESPACE

/// One statement as a single-line JSON object (no trailing newline). Text taken from the
/// document is made valid UTF-8 (invalid bytes become U+FFFD); offsets stay byte offsets into
/// the original.
std::string to_json(const document& doc, const statement& s);

/// Every statement of `doc`, one line each.
void write_jsonl(std::ostream& out, const document& doc);

/// The same lines as write_jsonl, appended to `out`: for callers that collect output in
/// memory (one string reused document after document costs no allocation per line).
void append_jsonl(std::string& out, const document& doc);

/// Every block, sentence and quotation of `doc.structure`, one line each, in document order
/// (`{"doc":..., "type":"block", "kind":..., "begin":B, "end":E}`).
void write_structure_jsonl(std::ostream& out, const document& doc);

COMMUNIQUE_END_NAMESPACE

#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/detail/jsonl-inl.hpp>
#endif

#endif
