#!/usr/bin/env bash
# The front door on Debian 12 / Ubuntu 22.04+:
#   packaging/linux/dev.sh run    install what is missing, build, open the app on the default workspace
#   packaging/linux/dev.sh test   install what is missing, build, run every test (plain, then under
#                                 AddressSanitizer + UBSan, plus a bounded fuzzing run of the importer)
# Options: --no-install (skip apt-get), --quick (test: plain suite only).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

mode="${1:-}"
shift || true
install=1
quick=0
for arg in "$@"; do
    case "$arg" in
        --no-install) install=0 ;;
        --quick) quick=1 ;;
        *) echo "dev.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done
case "$mode" in
    run|test) ;;
    *) echo "usage: packaging/linux/dev.sh run|test [--no-install] [--quick]" >&2; exit 2 ;;
esac

install_missing() {
    local wanted missing=()
    mapfile -t wanted < <(grep -v '^\s*#' "$here/debian-packages.txt" | sed '/^\s*$/d')
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "dev.sh: all ${#wanted[@]} Debian packages are present"
        return
    fi
    echo "dev.sh: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
    # nginx's package starts a system-wide server on port 80; the tests start their own.
    if command -v service >/dev/null 2>&1 && [ -x /etc/init.d/nginx ]; then
        "${sudo[@]}" service nginx stop >/dev/null 2>&1 || true
    fi
}

# The Nu Html Checker (npm's vnu-jar, pinned in tests/package-lock.json) for the
# portal's HTML validation test, which skips without it. --ignore-scripts: its
# postinstall would download a JRE; Debian's default-jre-headless runs it.
install_test_tools() {
    if ! command -v npm >/dev/null 2>&1; then
        echo "dev.sh: npm is missing; the HTML validation test will be skipped"
        return
    fi
    if [ -f "$root/tests/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
        return
    fi
    (cd "$root/tests" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) \
        || echo "dev.sh: npm could not install vnu-jar; the HTML validation test will be skipped"
}

[ "$install" -eq 1 ] && install_missing && install_test_tools

export CCACHE_BASEDIR="$root"
export CCACHE_NOHASHDIR=true

build() {
    cmake --preset "$1"
    cmake --build --preset "$1"
}

if [ "$mode" = run ]; then
    build default
    exec "$root/build/bin/outagedesk"
fi

build default
if [ "$quick" -eq 0 ]; then
    # Fuzz the importer for a bounded time with the project's own seed corpus.
    if command -v clang++ >/dev/null 2>&1; then
        build fuzz
        corpus="$(mktemp -d)"
        cp "$root"/tests/fuzz/corpus/* "$corpus"/
        # libFuzzer reports every new input; keep its log and show only the summary,
        # or the whole log when it found something.
        log="$(mktemp)"
        if "$root/build-fuzz/bin/fuzz_import" -max_total_time="${OUTAGEDESK_FUZZ_SECONDS:-60}" -timeout=10 \
            -rss_limit_mb=2048 "$corpus" >"$log" 2>&1; then
            tail -n 3 "$log"
        else
            cat "$log"
            echo "dev.sh: the importer fuzzer found a crash, a hang or a refusal without a message" >&2
            exit 1
        fi
        rm -rf "$corpus" "$log"
    fi
    build asan
    ctest --preset asan
fi
ctest --preset default
