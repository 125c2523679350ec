#!/usr/bin/env bash
# Installs everything Xiezuo needs on a bare machine that has Node 20 and npm.
#   bash scripts/setup.sh          pnpm and the workspace's packages (enough to run `pnpm start`)
#   bash scripts/setup.sh --test   also the Debian packages the tests use: chromium (browser tests),
#                                  python3-networkx (reads our GEXF/GraphML back), libxml2-utils,
#                                  and a Chinese font when none is installed (fonts-wqy-microhei, 1.6 MB:
#                                  without one, headless screenshots and PNG exports show boxes)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test_packages=false
[ "${1:-}" = "--test" ] && want_test_packages=true

if ! command -v pnpm >/dev/null 2>&1 || ! pnpm --version | grep -q '^10\.'; then
  echo "setup: installing pnpm 10 with npm"
  npm install --global pnpm@10.34.9 >/dev/null
fi

if $want_test_packages; then
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  /usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 || missing+=(python3-networkx)
  command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
  { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; } || missing+=(fonts-wqy-microhei)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "setup: installing Debian packages: ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "setup: the tests need these Debian packages; install them as root: apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
fi

echo "setup: pnpm install"
pnpm install --frozen-lockfile
