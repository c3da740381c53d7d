// The engine's window on the quotations of a document (extract-inl.hpp, quote_at): which one
// holds a byte is asked a dozen times a sentence, about bytes of that sentence.
#ifndef COMMUNIQUE_DETAIL_ENGINE_WINDOW_HPP
#define COMMUNIQUE_DETAIL_ENGINE_WINDOW_HPP

#include <communique/config.hpp>

#include <cstddef>

COMMUNIQUE_BEGIN_NAMESPACE
namespace detail {

/// The last of a run of items sorted by where they begin that begins at or before a byte, for
/// bytes up to the end of a window: the items that begin by the window's end are the first
/// `count`, and the one wanted is found reading back from there (a sentence holds few). The
/// engine's quote_at places it at each sentence's end; `begin_of(k)` is where item k begins.
struct begun_window {
    std::size_t end = 0, count = 0;

    /// The window ends at `new_end` from now on. Sentences come in order, so the count only
    /// grows, from zero again should an end come earlier.
    template <typename BeginOf> void place(std::size_t new_end, std::size_t size, BeginOf begin_of) {
        if (new_end < end) count = 0;
        end = new_end;
        while (count < size && begin_of(count) <= end) ++count;
    }
    /// The last item that begins at or before `pos` (pos <= end), or npos for none.
    template <typename BeginOf> std::size_t last_at(std::size_t pos, BeginOf begin_of) const {
        for (std::size_t k = count; k-- > 0;)
            if (begin_of(k) <= pos) return k;
        return static_cast<std::size_t>(-1);
    }
};

} // namespace detail
COMMUNIQUE_END_NAMESPACE

#endif
