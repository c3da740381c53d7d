// communique/communique.hpp: everything a user needs, in one include.
#ifndef COMMUNIQUE_COMMUNIQUE_HPP
#define COMMUNIQUE_COMMUNIQUE_HPP

#include <communique/config.hpp>
#include <communique/diagnostic.hpp>
#include <communique/extract.hpp>
#include <communique/io/cameo_actor.hpp>
#include <communique/io/html.hpp>
#include <communique/io/jsonl.hpp>
#include <communique/io/jsonl_reader.hpp>
#include <communique/io/text.hpp>
#include <communique/io/tsv.hpp>
#include <communique/kinds.hpp>
#include <communique/lexicon.hpp>
#include <communique/span.hpp>
#include <communique/structure.hpp>
#include <communique/times.hpp>
#include <communique/types.hpp>

#endif
