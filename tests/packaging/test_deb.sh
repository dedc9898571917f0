#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PaperSieve authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test_deb.sh BUILD_DIR VERSION FAKEHTTPSERVE
#
# Builds the .deb with cpack from an already built tree and checks its control fields,
# dependencies and contents. Then installs it with dpkg into a throw-away root that has its own
# dpkg database (the machine's own database and files are never touched), validates the desktop
# entry and AppStream metainfo it installed, runs the installed binary headless (--version, then
# fetch, days and export against a fake arXiv on 127.0.0.1 served by FAKEHTTPSERVE), and removes
# the package again, which must leave nothing behind. Last, it builds the .tar.gz, checks that
# it holds the binary, the desktop entry, the metainfo and the icons, and runs the binary from it.
set -euo pipefail
# The checks read the English messages of dpkg, cpack and papersieve itself.
export LC_ALL=C

build_dir=$1
version=$2
fakehttpserve=$3
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
app_id=org.papersieve.PaperSieve

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

need() {
    command -v "$1" >/dev/null || fail "$1 is missing: install the Debian package $2"
}

need cpack cmake
need dpkg dpkg
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
[ -x "$fakehttpserve" ] || fail "$fakehttpserve (the fake HTTP server) is not built"

work=$(mktemp -d)
server_pid=
cleanup() {
    [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "== cpack -G DEB"
(cd "$build_dir" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed (log above)"; }
shopt -s nullglob
debs=("$work"/out/papersieve_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one papersieve_*.deb in $work/out, found ${#debs[@]}"
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

echo "== control fields"
dpkg-deb --info "$deb"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = papersieve ] || fail "Package is '$(field Package)', not papersieve"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] \
    || fail "Architecture is '$(field Architecture)', not $(dpkg --print-architecture)"
[ "$(field Section)" = science ] || fail "Section is '$(field Section)', not science"
[ "$(field Priority)" = optional ] || fail "Priority is '$(field Priority)', not optional"
field Maintainer | grep -qF 'dev@papersieve.org' || fail "Maintainer lacks dev@papersieve.org"
field Homepage | grep -q '^https://' || fail "Homepage is missing"
[ -n "$(field Installed-Size)" ] || fail "Installed-Size is missing"
# A CMake list slipping into the description shows up as semicolons.
! field Description | grep -qF ';' || fail "Description contains a CMake list separator"

# Match a whole package name in a relation field: after the start, ", " or "| ", before a
# space, comma or the end.
relates() { grep -qE "(^|, |\| )$(sed 's/[.+]/\\&/g' <<<"$2")( |,|$)" <<<"$1"; }
depends=$(field Depends)
# Found by dpkg-shlibdeps in the binary's ELF dependencies, with versions from the shlibs files.
for dep in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
    libqt6webenginewidgets6 libqt6pdf6 libqt6dbus6 libqt6keychain1; do
    relates "$depends" "$dep" || fail "Depends lacks $dep (dpkg-shlibdeps): $depends"
done
grep -qE '(^|, )libqt6core6 \(>= [0-9]' <<<"$depends" \
    || fail "Depends has no minimum version for libqt6core6: $depends"
# Loaded with dlopen(), so invisible to dpkg-shlibdeps: declared by hand in CPackSettings.cmake.
for dep in libqt6sql6-sqlite libsecret-1-0 qt6-qpa-plugins; do
    relates "$depends" "$dep" || fail "Depends lacks $dep (declared by hand): $depends"
done
for recommended in libqt6svg6 qt6-translations-l10n; do
    relates "$(field Recommends)" "$recommended" || fail "Recommends lacks $recommended"
done
relates "$(field Suggests)" gnome-keyring || fail "Suggests lacks a Secret Service provider"

# This machine runs the installed binary below, so every dependency must be installed here
# in a version that satisfies it: a package whose Depends cannot be met would not install.
satisfied() { # one alternative: "name" or "name (op version)", possibly with ":arch"
    local name op wanted have
    read -r name op wanted <<<"${1//[()]/}"
    name=${name%%:*}
    have=$(dpkg-query -W -f='${db:Status-Status} ${Version}' "$name" 2>/dev/null) || return 1
    [ "${have%% *}" = installed ] || return 1
    [ -z "$op" ] || dpkg --compare-versions "${have#* }" "$op" "$wanted"
}
IFS=',' read -ra clauses <<<"$depends"
for clause in "${clauses[@]}"; do
    met=false
    IFS='|' read -ra alternatives <<<"$clause"
    for alternative in "${alternatives[@]}"; do
        if satisfied "$(xargs <<<"$alternative")"; then
            met=true
            break
        fi
    done
    $met || fail "the dependency '$(xargs <<<"$clause")' is not satisfied on this machine"
done
echo "all ${#clauses[@]} dependencies are satisfied by the packages installed here"

echo "== contents"
dpkg-deb --contents "$deb" | awk '{print $NF}' >"$work/contents"
cat "$work/contents"
expected=(
    ./usr/bin/papersieve
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    ./usr/share/doc/papersieve/copyright
    ./usr/share/doc/papersieve/changelog.gz
)
for size in 16 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$work/contents" || fail "the package lacks $path"
done
allowed='^\./(usr/(bin|share/(applications|metainfo|icons|doc))(/|$)|(usr/?|usr/share/?)?$)'
if grep -vE "$allowed" "$work/contents" >"$work/unexpected"; then
    cat "$work/unexpected" >&2
    fail "the package ships unexpected files (above)"
fi
# No maintainer scripts: nothing runs as root when the package is installed or removed.
dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -qE '(pre|post)(inst|rm)$' \
    && fail "the package has maintainer scripts"

if command -v lintian >/dev/null; then
    echo "== lintian"
    # Errors fail; warnings are shown. Not installed by tools/dev.sh (it pulls in ~130 packages).
    lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'with root privileges' \
        | tee "$work/lintian.log" || true
    ! grep -q '^E: ' "$work/lintian.log" || fail "lintian reports errors (above)"
else
    echo "SKIP: lintian not installed (Debian package lintian): package not linted"
fi

echo "== dpkg --install into a throw-away root"
# dpkg --root uses ROOT/var/lib/dpkg as its database and installs below ROOT. The database
# starts empty, so the dependencies checked above count as missing there (--force-depends).
# --path-include='*' undoes any path-exclude in the machine's dpkg.cfg.d (container images
# drop /usr/share/doc that way), so what lands in ROOT is exactly what the package holds.
root="$work/root"
admin="$root/var/lib/dpkg"
mkdir -p "$admin/info" "$admin/updates" "$admin/triggers"
touch "$admin/status" "$admin/available"
in_root() {
    dpkg --root="$root" --log="$work/dpkg.log" --force-not-root --force-depends \
        --path-include='*' "$@"
}
in_root --install "$deb" >"$work/install.log" 2>&1 \
    || { cat "$work/install.log" >&2; fail "dpkg --install into $root failed (log above)"; }
# Its complaints about the dependencies missing from the empty database are expected.
grep -vE '^ |dependency problems' "$work/install.log"
status=$(dpkg-query --admindir="$admin" -W -f='${db:Status-Abbrev} ${Version}' papersieve)
[ "$status" = "ii  $version" ] || fail "dpkg records papersieve as '$status' in $root"
in_root --verify papersieve || fail "dpkg --verify finds installed files that differ from the package"
for path in "${expected[@]}"; do
    [ -f "$root/${path#./}" ] || fail "dpkg did not install ${path#.}"
done
dpkg-query --admindir="$admin" -L papersieve | grep -qxF /usr/bin/papersieve \
    || fail "dpkg does not list /usr/bin/papersieve as belonging to papersieve"

binary="$root/usr/bin/papersieve"
[ -x "$binary" ] || fail "$binary is not executable"
if command -v readelf >/dev/null && readelf -S --wide "$binary" | grep -qF .debug_info; then
    fail "the packaged binary still carries debug information (CPACK_STRIP_FILES)"
fi
changelog_version=$(gunzip -c "$root/usr/share/doc/papersieve/changelog.gz" \
    | dpkg-parsechangelog -l - -S Version) || fail "the packaged changelog does not parse"
[ "$changelog_version" = "$version" ] \
    || fail "the changelog's latest entry is $changelog_version, not $version (packaging/changelog)"
for size in 16 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    head -c 8 "$png" | od -An -tx1 | grep -q '89 50 4e 47' || fail "$png is not a PNG"
done

echo "== metadata validation"
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
if command -v appstreamcli >/dev/null; then
    # The only pedantic hint allowed is about the capitals in the component ID, which the
    # specification permits and which the desktop entry, the icon and the running app share.
    appstreamcli validate --pedantic --no-net --no-color "$metainfo" >"$work/appstream.log" 2>&1 \
        || { cat "$work/appstream.log" >&2; fail "appstreamcli rejects the packaged metainfo"; }
    cat "$work/appstream.log"
    if grep -E '^[EWIP]: ' "$work/appstream.log" | grep -vF cid-contains-uppercase-letter; then
        fail "appstreamcli --pedantic finds issues in the packaged metainfo (above)"
    fi
else
    echo "SKIP: appstreamcli not installed (Debian package appstream): metainfo not validated"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejects the packaged entry"
else
    echo "SKIP: desktop-file-validate not installed (desktop-file-utils): entry not validated"
fi
# The metainfo and the desktop entry must name the same application.
grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo does not launch $app_id"
grep -qxF "Icon=$app_id" "$desktop" || fail "the desktop entry does not use the icon $app_id"
grep -qF "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
grep -qF '<content_rating type="oars-1.1"' "$metainfo" || fail "the metainfo has no OARS rating"
# Both speak the languages the app is translated into (translations/).
for lang in de zh_CN; do
    for key in GenericName Comment Keywords; do
        grep -q "^$key\[$lang\]=." "$desktop" || fail "the desktop entry lacks $key[$lang]"
    done
    for tag in summary p li; do
        grep -qF "<$tag xml:lang=\"$lang\">" "$metainfo" || fail "the metainfo lacks <$tag> in $lang"
    done
done

echo "== run the installed binary headless"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
out=$("$binary" --version) || fail "papersieve --version exited with $?"
[ "$out" = "papersieve $version" ] || fail "papersieve --version printed '$out'"
echo "$out"

data="$work/data"
mkdir "$data"
run() { # run NAME ARGS...: the installed binary on $data, output kept in $work/NAME.{out,err}
    local name=$1 code=0
    shift
    "$binary" "$@" --data-dir "$data" >"$work/$name.out" 2>"$work/$name.err" || code=$?
    head -c 2000 "$work/$name.out"
    cat "$work/$name.err"
    [ "$code" -eq 0 ] || fail "papersieve $* exited with $code"
}
run days-empty days
grep -qF "no days yet" "$work/days-empty.err" || fail "papersieve days did not say the library is empty"
[ -f "$data/library.sqlite" ] || fail "papersieve days did not create $data/library.sqlite"

# A real announcement day (tests/data/arxiv) served the way arXiv's RSS server serves it.
"$fakehttpserve" --seconds 120 --content-type 'application/rss+xml; charset=UTF-8' \
    "/rss/astro-ph.CO=$source_dir/tests/data/arxiv/rss/2026-03-05/astro-ph.CO.xml" \
    >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 50); do
    arxiv_url=$(head -n 1 "$work/server.log")
    [[ $arxiv_url == http://127.0.0.1:* ]] && break
    sleep 0.1
done
[[ $arxiv_url == http://127.0.0.1:* ]] || { cat "$work/server.log" >&2; fail "the fake arXiv did not start"; }
run fetch fetch --categories astro-ph.CO --arxiv-url "$arxiv_url"
grep -qxF "GET /rss/astro-ph.CO" "$work/server.log" || fail "papersieve fetch did not ask the fake arXiv"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=

run days days
grep -qE '^2026-03-05	' "$work/days.out" || fail "papersieve days does not list the fetched day"
run export-json export --date 2026-03-05 --format json --output - >/dev/null
papers=$(grep -c '^ *"absUrl": "https://arxiv.org/abs/' "$work/export-json.out" || true)
[ "$papers" -eq 45 ] || fail "the JSON export holds $papers papers, not the feed's 45"
echo "the JSON export holds the day's $papers papers"
run export-md export --date 2026-03-05 --format md --output "$work/digest.md"
[ -s "$work/digest.md" ] || fail "papersieve export --format md wrote nothing"

echo "== dpkg --remove"
# The package has no conffiles, so removing it purges it too: dpkg forgets it entirely.
in_root --remove papersieve >"$work/remove.log" 2>&1 \
    || { cat "$work/remove.log" >&2; fail "dpkg --remove failed (log above)"; }
cat "$work/remove.log"
# Only the throw-away database may remain: every file and folder the package brought is gone.
left=$(cd "$root" && find . -mindepth 1 ! -path './var' ! -path './var/lib' ! -path './var/lib/dpkg' \
    ! -path './var/lib/dpkg/*')
[ -z "$left" ] || fail "removing the package left behind: $left"
! ls "$admin/info" | grep -q '^papersieve\.' || fail "dpkg still keeps papersieve's file lists"
status=$(dpkg-query --admindir="$admin" -W -f='${db:Status-Abbrev}' papersieve 2>/dev/null || true)
[ -z "$status" ] || [ "$status" = "un " ] || fail "dpkg records papersieve as '$status' after --remove"

echo "== cpack -G TGZ"
(cd "$build_dir" && cpack -G TGZ -B "$work/tgz") >"$work/cpack-tgz.log" 2>&1 \
    || { cat "$work/cpack-tgz.log" >&2; fail "cpack -G TGZ failed (log above)"; }
tgzs=("$work"/tgz/papersieve-*.tar.gz)
[ ${#tgzs[@]} -eq 1 ] || fail "expected one papersieve-*.tar.gz in $work/tgz, found ${#tgzs[@]}"
tgz=${tgzs[0]}
echo "built $(basename "$tgz") ($(du -h "$tgz" | cut -f1))"
# One top folder named after the archive, laid out like the installed prefix (bin/, share/).
top=$(basename "$tgz" .tar.gz)
tar -tzf "$tgz" | sed 's,/$,,' >"$work/tgz-contents"
cat "$work/tgz-contents"
for path in "${expected[@]}"; do
    path=${path#./usr/}
    grep -qxF "$top/$path" "$work/tgz-contents" || fail "the .tar.gz lacks $top/$path"
done
if grep -vE "^$top(/(bin|share)(/|$)|$)" "$work/tgz-contents" >"$work/tgz-unexpected"; then
    cat "$work/tgz-unexpected" >&2
    fail "the .tar.gz holds files outside $top/bin and $top/share (above)"
fi
mkdir "$work/unpacked"
tar -xzf "$tgz" -C "$work/unpacked"
unpacked="$work/unpacked/$top/bin/papersieve"
[ -x "$unpacked" ] || fail "bin/papersieve in the .tar.gz is not executable"
out=$("$unpacked" --version) || fail "papersieve --version from the .tar.gz exited with $?"
[ "$out" = "papersieve $version" ] || fail "papersieve --version from the .tar.gz printed '$out'"
echo "$out (from the .tar.gz)"

echo "PASS: $(basename "$deb") builds, declares and satisfies its dependencies, installs," \
    "runs installed and removes cleanly; $(basename "$tgz") holds the app and runs unpacked"
