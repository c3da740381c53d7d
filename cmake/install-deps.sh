#!/bin/sh
# Installs what communique needs on Debian 12 with apt-get, only when it is missing, so it is
# quick on a prepared machine. Run as root (or with sudo available). Packages named as arguments
# are installed too (cmake/check.sh clang names clang).
set -eu
need=""
for pkg in cmake g++ make pkg-config libboost1.81-dev libboost-json1.81-dev libboost-test1.81-dev \
           libbenchmark-dev python3 "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need="$need $pkg"
done
[ -n "$need" ] || exit 0
echo "install-deps: installing$need" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $need >&2
