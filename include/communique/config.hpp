// communique/config.hpp: version, inline namespace and the one switch between the compiled
// library and header-only use (the fmt model: definitions live in detail/*-inl.hpp, compiled
// once by src/*.cpp, or included inline when COMMUNIQUE_HEADER_ONLY is defined).
#ifndef COMMUNIQUE_CONFIG_HPP
#define COMMUNIQUE_CONFIG_HPP

#define COMMUNIQUE_VERSION_MAJOR 0
#define COMMUNIQUE_VERSION_MINOR 1
#define COMMUNIQUE_VERSION_PATCH 0
#define COMMUNIQUE_VERSION_STRING "0.1.0"

// Every public name lives in communique::v0 so that two versions linked into one program
// cannot silently mix their types.
#define COMMUNIQUE_BEGIN_NAMESPACE                                                             \
    namespace communique {                                                                     \
    inline namespace v0 {
#define COMMUNIQUE_END_NAMESPACE                                                               \
    }                                                                                          \
    }

#ifdef COMMUNIQUE_HEADER_ONLY
#define COMMUNIQUE_FUNC inline
#else
#define COMMUNIQUE_FUNC
#endif

#endif
