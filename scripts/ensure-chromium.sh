#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (/usr/bin/chromium). Install it when missing
# and this user may (root with apt-get); otherwise say what to install.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Chromium for the browser tests (apt-get install chromium fonts-noto-cjk)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
    exit 0
fi
echo "!! the browser tests need Chromium at /usr/bin/chromium: sudo apt-get install chromium fonts-noto-cjk" >&2
exit 1
