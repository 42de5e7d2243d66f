#!/bin/sh
# Makes sure the browser tests find Debian's Chromium before they run (the test command's own step, so that
# `./mvnw verify` works on a fresh machine). Installs the Debian package `chromium` when it is missing and
# the build may use apt-get (as root, or through password-less sudo); otherwise stops with one sentence.
set -eu
chromium="${1:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0

if [ "$chromium" = /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then as_root=""; elif sudo -n true 2>/dev/null; then as_root="sudo -n"; else as_root=none; fi
  if [ "$as_root" != none ]; then
    echo "The browser tests need Debian's Chromium; installing it: apt-get install chromium" >&2
    $as_root apt-get update -qq
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    [ -x "$chromium" ] && exit 0
  fi
fi

echo "The browser tests need Chromium at $chromium: install Debian's package (sudo apt-get install chromium) or pass -Dchromium.path=/path/to/chromium, then run ./mvnw verify again." >&2
exit 1
