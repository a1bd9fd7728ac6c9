#!/usr/bin/env bash
# Builds the .deb packages from a build tree, validates the desktop file and AppStream metainfo,
# installs the packages with dpkg and runs what they installed. Needs root (or sudo).
# usage: check-deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

desktop-file-validate "$source/packaging/linux/org.comstech.ExpertDesk.desktop"
appstreamcli validate --no-net "$source/packaging/linux/org.comstech.ExpertDesk.metainfo.xml"

(cd "$build" && cpack -G DEB -B "$work/packages" >/dev/null)
ls "$work"/packages/*.deb
for deb in "$work"/packages/*.deb; do
    echo "== $(basename "$deb")"
    dpkg-deb --info "$deb" | grep -E '^ (Package|Version|Depends):'
done
$sudo dpkg -i "$work"/packages/expertdesk_*.deb "$work"/packages/expertdesk-server_*.deb

# What the packages installed, run as a user would.
/usr/bin/expertdesk-cli --version
/usr/bin/expertdesk --version
/usr/bin/expertdesk-server --version
test -f /usr/share/applications/org.comstech.ExpertDesk.desktop
test -f /usr/share/metainfo/org.comstech.ExpertDesk.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/org.comstech.ExpertDesk.svg
test -f /usr/share/icons/hicolor/48x48/apps/org.comstech.ExpertDesk.png
test -f /lib/systemd/system/expertdesk-server.service
getent passwd expertdesk >/dev/null

/usr/bin/expertdesk-cli --db "$work/installed.sqlite" init --demo 50
/usr/bin/expertdesk-cli --db "$work/installed.sqlite" stats --json
# The Excel export links libxlsxwriter: dpkg-shlibdeps must have named it in Depends.
/usr/bin/expertdesk-cli --db "$work/installed.sqlite" export experts --format xlsx --out "$work/experts.xlsx" --json
test -s "$work/experts.xlsx"
# The installed app starts offscreen and keeps running until it is stopped.
status=0
QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/expertdesk --db "$work/installed.sqlite" || status=$?
if [ "$status" -ne 124 ]; then
    echo "the installed expertdesk exited with status $status instead of running" >&2
    exit 1
fi
echo "package check passed"
