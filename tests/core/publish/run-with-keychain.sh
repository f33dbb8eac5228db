#!/bin/sh
# Runs a test inside a private D-Bus session with a freshly unlocked GNOME Keyring
# (the Secret Service QtKeychain talks to) and a throw-away HOME, so that tests
# never touch the user's own keychain. Without the tools the test runs as is and
# skips its keychain cases, told why through OUTAGEDESK_NO_KEYCHAIN.
set -u
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    OUTAGEDESK_NO_KEYCHAIN="dbus-run-session or gnome-keyring-daemon is not installed (Debian: dbus, gnome-keyring)"
    export OUTAGEDESK_NO_KEYCHAIN
    exec "$@"
fi
scratch=$(mktemp -d "${TMPDIR:-/tmp}/outagedesk-keychain.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT INT TERM
HOME="$scratch/home"
XDG_DATA_HOME="$HOME/.local/share"
XDG_CONFIG_HOME="$HOME/.config"
XDG_CACHE_HOME="$HOME/.cache"
XDG_RUNTIME_DIR="$scratch/run"
export HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    printf "%s" "outagedesk-test" | gnome-keyring-daemon --unlock --replace --components=secrets >/dev/null 2>&1
    "$@"
' sh "$@"
status=$?
exit $status
