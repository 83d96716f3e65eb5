#!/usr/bin/env bash
# The keychain tests against a real Secret Service: a private D-Bus session holding its own
# GNOME Keyring, unlocked with a throwaway password, storing into a temporary folder, so the
# tests never see (or touch) the keychain of the person running them.
# Needs the Debian packages gnome-keyring and dbus-x11 (dbus-run-session, dbus-send).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${DANLU_KEYRING_SESSION:-}" ]; then
  for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
      echo "test:keychain needs $tool (apt-get install gnome-keyring dbus-x11)" >&2
      exit 1
    fi
  done
  exec env DANLU_KEYRING_SESSION=starting dbus-run-session -- bash "$0" "$@"
fi

# From here on we are inside the private session bus.
root=$(mktemp -d "${TMPDIR:-/tmp}/danlu-keyring.XXXXXX")
daemon=""
cleanup() {
  if [ -n "$daemon" ]; then
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
  fi
  rm -rf "$root"
}
trap cleanup EXIT
mkdir -m 0700 "$root/run" "$root/data"

# --unlock reads the password from stdin; on first use it creates the "login" keyring with it,
# which becomes the default collection new secrets go to.
head -c 24 /dev/urandom | base64 | tr -d '\n' |
  XDG_RUNTIME_DIR="$root/run" XDG_DATA_HOME="$root/data" \
    gnome-keyring-daemon --foreground --unlock --components=secrets >"$root/daemon.log" 2>&1 &
daemon=$!

ready=""
for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    ready=1
    break
  fi
  sleep 0.1
done
if [ -z "$ready" ]; then
  echo "gnome-keyring-daemon did not come up on the session bus:" >&2
  cat "$root/daemon.log" >&2
  exit 1
fi

export DANLU_KEYRING_SESSION=ready
# Where the keyring keeps its (encrypted) files, so a test can check the secret is not there in clear.
export DANLU_KEYRING_DATA_DIR="$root/data/keyrings"
node node_modules/vitest/vitest.mjs run -c vitest.keychain.config.mts "$@"
