# Debian 12's Boost 1.81: libboost1.81-dev (Spirit X3 and headers), libboost-json1.81-dev,
# libboost-test1.81-dev. cmake/install-deps.sh installs them on a fresh machine.
set(_communique_boost_components json)
if(COMMUNIQUE_BUILD_TESTS)
    list(APPEND _communique_boost_components unit_test_framework)
endif()
find_package(Boost 1.81 CONFIG REQUIRED COMPONENTS ${_communique_boost_components})

find_package(Threads REQUIRED)
