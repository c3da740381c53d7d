// communique/io/text.hpp: a readable rendering of statements, for people.
#ifndef COMMUNIQUE_IO_TEXT_HPP
#define COMMUNIQUE_IO_TEXT_HPP

#include <communique/types.hpp>

#include <iosfwd>

COMMUNIQUE_BEGIN_NAMESPACE

/// One paragraph per statement: source, kind, cue, content or quote, target, topics, times.
void write_text(std::ostream& out, const document& doc);

COMMUNIQUE_END_NAMESPACE

#ifdef COMMUNIQUE_HEADER_ONLY
#include <communique/detail/text-inl.hpp>
#endif

#endif
