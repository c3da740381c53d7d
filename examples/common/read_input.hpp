// examples/common/read_input.hpp: how the example programs read an input file or standard
// input, with a message saying why when they cannot. Shared by communique-extract,
// communique-digest and communique-view (header-only; not part of the library).
#ifndef COMMUNIQUE_EXAMPLES_READ_INPUT_HPP
#define COMMUNIQUE_EXAMPLES_READ_INPUT_HPP

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>

namespace examples {

/// Why `name` cannot be read as a file ("No such file or directory", "is a directory"), or
/// an empty string when it looks readable.
inline std::string check_path(const std::string& name) {
    if (name == "-") return {}; // standard input
    struct stat info {};
    if (::stat(name.c_str(), &info) != 0) return std::strerror(errno);
    if (S_ISDIR(info.st_mode)) return "is a directory";
    return {};
}

/// The whole of a file, or of standard input for "-"; nullopt with `error` set otherwise.
inline std::optional<std::string> read_input(const std::string& name, std::string& error) {
    if (name == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    error = check_path(name);
    if (!error.empty()) return std::nullopt;
    std::ifstream in(name, std::ios::binary);
    if (!in) {
        error = std::strerror(errno);
        return std::nullopt;
    }
    std::string text{std::istreambuf_iterator<char>(in), {}};
    if (in.bad()) {
        error = "read error";
        return std::nullopt;
    }
    return text;
}

} // namespace examples

#endif
