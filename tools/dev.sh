#!/usr/bin/env bash
# Set-up, build, run and test Expert Desk on Debian 12.
#   bash tools/dev.sh run    install what is missing, build, start the app on a demo database
#   bash tools/dev.sh test   install what is missing, build from scratch, run every test
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n
    libgl-dev libqt6opengl6-dev iso-codes fonts-dejavu-core fonts-noto-core
    libsodium-dev liblemon-dev libical-dev libmicrohttpd-dev libxlsxwriter-dev libminizip-dev libsqlite3-dev libsimdjson-dev
    xvfb xauth dbus gnome-keyring openssl
    postgresql libqt6sql6-psql
    dpkg-dev appstream desktop-file-utils
)

install_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local dir=$1; shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}

case "${1:-}" in
run)
    install_packages
    build build
    db="${EXPERTDESK_DB:-$HOME/.local/share/COMSTECH/Expert Desk/demo.sqlite}"
    if [ ! -f "$db" ]; then
        echo "Creating the demo database $db …"
        ./build/app/cli/expertdesk-cli --db "$db" init --demo 600
    fi
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec ./build/app/gui/expertdesk --db "$db"
    fi
    echo "No display found: starting under Xvfb (set DISPLAY to see the window)."
    exec xvfb-run -a ./build/app/gui/expertdesk --db "$db"
    ;;
test)
    install_packages
    rm -rf build-test
    # Root (or sudo) may install the built .deb packages: that is tested too.
    package_test=OFF
    if [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; then package_test=ON; fi
    build build-test -DEXPERTDESK_WERROR=ON -DEXPERTDESK_TEST_PACKAGE=$package_test
    cd build-test
    # The keychain tests need an unlocked Secret Service: a private D-Bus session with
    # gnome-keyring unlocked by a non-empty password (DESIGN.md §6).
    exec dbus-run-session -- bash -c 'eval "$(printf %s test-pass | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null; export SSH_AUTH_SOCK; QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"'
    ;;
*)
    echo "usage: bash tools/dev.sh run|test" >&2
    exit 2
    ;;
esac
