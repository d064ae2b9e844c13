#!/usr/bin/env bash
# Builds kpolicy for cluster nodes and packs it with the resources it loads at run time:
#   kpolicy-linux.tar.gz = kpolicy (Swift runtime linked in) + kpolicy_Extract.resources/
# Nodes need only the system libraries it links: libicu (72 on Debian 12) and libxml2.
# Build on the same distribution as the nodes. Ship it with
#   spark-submit --archives kpolicy-linux.tar.gz#kpolicy … --kpolicy ./kpolicy/kpolicy
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$PWD/kpolicy-linux.tar.gz}"
cd "$root"
swift build -c release --product kpolicy --static-swift-stdlib >&2
bin="$(swift build -c release --show-bin-path)"
tar -C "$bin" -czf "$out" kpolicy kpolicy_Extract.resources
echo "$out"
