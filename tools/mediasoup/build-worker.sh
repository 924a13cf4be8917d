#!/usr/bin/env bash
# Build the mediasoup worker binary (mediasoup's C++ SFU process) from Debian packages,
# without internet access except the npm registry, and cache it outside node_modules.
#
# Usage:
#   tools/mediasoup/build-worker.sh [--print-path] [VERSION]
#   export MEDIASOUP_WORKER_BIN="$(tools/mediasoup/build-worker.sh --print-path)"
#
#   VERSION              mediasoup version to build; else $MEDIASOUP_VERSION; else 3.19.3
#                        (the last release for Node 20; 3.19.4+ want Node 22). It must equal the
#                        mediasoup version npm installs: the worker and its JS library
#                        talk through FlatBuffers schemas that change between versions.
#   --print-path         print only the binary's path on stdout (all logs go to stderr)
#   BINA_PUSTAKA_CACHE   cache root (default: ~/.cache/bina-pustaka)
#   MEDIASOUP_BUILD_JOBS parallel compile jobs (default: nproc)
#   MEDIASOUP_KEEP_BUILD_DIR=1  keep the temporary build directory (for debugging)
#
# Why this exists: `npm install mediasoup` runs a postinstall that downloads a prebuilt
# worker from GitHub, or else builds it with pip-installed meson and meson "wraps" that
# download OpenSSL, libuv, abseil, libsrtp, usrsctp and flatbuffers. None of that is
# reachable on our offline machines. With MEDIASOUP_WORKER_BIN set, the postinstall is
# skipped and mediasoup's JS library spawns the binary it names; this script produces
# that binary. On machines with internet, a plain `npm install mediasoup` works and this
# script is not needed. See tools/mediasoup/README.md.
#
# The binary is cached at
#   $BINA_PUSTAKA_CACHE/mediasoup-worker/<version>-<key>/mediasoup-worker
# where <key> is the first 12 hex digits of a sha256 over this script and every file
# under tools/mediasoup/shims/, so any change to how the worker is built yields a new
# path instead of silently reusing an old binary. A cache hit returns in milliseconds.
#
# Tested: mediasoup 3.19.3, Debian 12 (bookworm), gcc 12, meson 1.0.1, Node 20.
set -euo pipefail

DEFAULT_VERSION=3.19.3
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SHIMS_DIR="$SCRIPT_DIR/shims"

# Everything the build needs from Debian. The worker links the shared libraries of the
# -dev packages, so their runtime packages (libuv1, libssl3, libsrtp2-1 with its NSS
# dependencies, libusrsctp2, libabsl20220623) must be present wherever the binary runs.
BUILD_PACKAGES=(
  meson ninja-build pkg-config g++ binutils
  libuv1-dev libssl-dev libsrtp2-dev libusrsctp-dev libabsl-dev
  flatbuffers-compiler libflatbuffers-dev
)

log() { printf '[mediasoup-worker] %s\n' "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
}

# ------------------------------------------------------------------------ arguments
print_path=false
version_arg=
for arg in "$@"; do
  case "$arg" in
    --print-path) print_path=true ;;
    -h | --help)
      usage
      exit 0
      ;;
    -*) die "unknown option: $arg (try --help)" ;;
    *)
      [ -z "$version_arg" ] || die "more than one version given: $version_arg, $arg"
      version_arg=$arg
      ;;
  esac
done
VERSION="${version_arg:-${MEDIASOUP_VERSION:-$DEFAULT_VERSION}}"
# The version becomes part of a path and an npm spec: accept only plain x.y.z.
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "not a mediasoup version: '$VERSION'"

# ------------------------------------------------------------------------ cache key
# sha256sum prints "<hash>  <relative path>" per file, so renaming or adding a shim
# changes the key as well as editing one. LC_ALL=C makes the order locale-independent.
cache_key() {
  local files
  mapfile -t files < <(cd "$SCRIPT_DIR" && find shims -type f | LC_ALL=C sort)
  (cd "$SCRIPT_DIR" && sha256sum build-worker.sh "${files[@]}") | sha256sum | cut -c1-12
}
KEY="$(cache_key)"
CACHE_ROOT="${BINA_PUSTAKA_CACHE:-$HOME/.cache/bina-pustaka}"
KEY_DIR="$CACHE_ROOT/mediasoup-worker/$VERSION-$KEY"
BIN="$KEY_DIR/mediasoup-worker"

emit_path() {
  printf '%s\n' "$BIN"
  $print_path || log "use it with: export MEDIASOUP_WORKER_BIN=$BIN"
}

# Common case (CI, second run): the binary was built before. Only a complete binary
# can be here, because it is renamed into place at the very end of a build.
if [ -x "$BIN" ]; then
  emit_path
  exit 0
fi

# Two jobs on one machine (parallel CI, two terminals) must not both spend minutes
# building: the second waits for the first and then finds the binary in the cache.
mkdir -p "$KEY_DIR"
exec 9>"$KEY_DIR/.lock"
if command -v flock >/dev/null 2>&1; then
  flock -n 9 || {
    log "another build of mediasoup $VERSION-$KEY is running; waiting for it"
    flock 9
  }
  if [ -x "$BIN" ]; then
    emit_path
    exit 0
  fi
fi

log "building mediasoup-worker $VERSION (cache key $KEY); about 3 minutes on 2 cores"
start_seconds=$SECONDS

# ------------------------------------------------------------------------ Debian packages
# Install only what is missing, so a prepared machine never touches apt (and never
# needs the apt mirror). `apt-get update` only when an install is actually needed.
command -v dpkg >/dev/null 2>&1 || die "this script needs Debian (12, bookworm): dpkg not found"
missing=()
for package in "${BUILD_PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "not root and no sudo; run: apt-get install ${missing[*]}"
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq >&2
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
for tool in meson ninja flatc pkg-config strip node npm tar; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool not found after installing packages"
done

# ------------------------------------------------------------------------ source
# Build in a throwaway directory, never in node_modules (npm deletes it on reinstall)
# and never directly in the cache (an interrupted build must leave nothing there).
WORK="$(mktemp -d "${TMPDIR:-/tmp}/mediasoup-worker-build.XXXXXX")"
STAGED="$KEY_DIR/.mediasoup-worker.tmp.$$"
cleanup() {
  rm -f "$STAGED"
  if [ "${MEDIASOUP_KEEP_BUILD_DIR:-}" = 1 ]; then
    log "kept build directory $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
# Make Ctrl-C and `kill` go through the EXIT trap too.
trap 'exit 130' INT
trap 'exit 143' TERM

# The npm registry is reachable here, and the package tarball carries the worker's C++
# sources. `npm pack` fetches it (checking its integrity) without installing anything
# or running scripts; running it from $WORK keeps any project .npmrc out of play.
log "fetching mediasoup@$VERSION from the npm registry"
(cd "$WORK" && npm pack "mediasoup@$VERSION" --silent >/dev/null)
tarballs=("$WORK"/mediasoup-*.tgz)
[ -f "${tarballs[0]}" ] || die "npm pack produced no tarball"
tar -xzf "${tarballs[0]}" -C "$WORK"
SRC="$WORK/package/worker"
[ -f "$SRC/meson.build" ] || die "no worker/meson.build in the mediasoup $VERSION tarball"
packed_version="$(node -p 'require(process.argv[1]).version' "$WORK/package/package.json")"
[ "$packed_version" = "$VERSION" ] || die "npm pack returned mediasoup $packed_version, wanted $VERSION"

# ------------------------------------------------------------------------ shims
# Each dependency is a meson subproject described by subprojects/<name>.wrap, which
# tells meson where to download it. Removing the wraps and putting a directory of the
# same name in their place makes meson use that directory instead; ours hold a tiny
# meson.build that wraps the Debian library (see shims/*/meson.build). liburing and
# wingetopt get no shim: liburing is disabled below and wingetopt is Windows-only.
mkdir -p "$WORK/original-wraps"
for wrap in "$SRC"/subprojects/*.wrap; do
  if [ -e "$wrap" ]; then mv "$wrap" "$WORK/original-wraps/"; fi
done
for shim in "$SHIMS_DIR"/*/; do
  name="$(basename "$shim")"
  rm -rf "$SRC/subprojects/$name"
  cp -R "$shim" "$SRC/subprojects/$name"
  cp "$SHIMS_DIR/shim.c" "$SRC/subprojects/$name/shim.c"
done

# ------------------------------------------------------------------------ DtlsTransport fix
# A mediasoup bug that only shows with a system OpenSSL: the outgoing DTLS BIO callback
# returns `ret` only when `operationType == BIO_CB_RETURN`, but OpenSSL calls it with
# BIO_CB_RETURN OR-ed with the operation (e.g. BIO_CB_RETURN | BIO_CB_CTRL), so every
# BIO_ctrl() on that BIO returns 1. Debian's OpenSSL is built with kernel TLS; asked
# "is kernel TLS send enabled?" via BIO_ctrl, it hears yes, skips allocating its write
# buffer, and the worker segfaults on the first DTLS flight. mediasoup's bundled OpenSSL
# has no kernel TLS, which hides the bug. The callback contract is a bit test.
DTLS_CPP="$SRC/src/RTC/DtlsTransport.cpp"
buggy='(operationType == BIO_CB_RETURN) ? static_cast<long>(ret)'
fixed='(operationType & BIO_CB_RETURN) ? static_cast<long>(ret)'
if [ "$(grep -cF "$buggy" "$DTLS_CPP" || true)" = 1 ]; then
  sed -i 's/(operationType == BIO_CB_RETURN) ? static_cast<long>(ret)/(operationType \& BIO_CB_RETURN) ? static_cast<long>(ret)/' \
    "$DTLS_CPP"
  [ "$(grep -cF "$fixed" "$DTLS_CPP" || true)" = 1 ] || die "DtlsTransport.cpp BIO_CB_RETURN fix did not apply"
  log "patched DtlsTransport.cpp: (operationType & BIO_CB_RETURN)"
elif grep -qF "$fixed" "$DTLS_CPP"; then
  log "DtlsTransport.cpp already tests (operationType & BIO_CB_RETURN); no patch needed"
else
  die "the BIO_CB_RETURN line to patch was not found in $DTLS_CPP (mediasoup $VERSION changed it?)." \
    "Check onSslBioOut() by hand before using this worker with Debian's OpenSSL: it crashes on DTLS."
fi

# ------------------------------------------------------------------------ meson version
# mediasoup 3.19 declares meson_version '>= 1.1.0'; bookworm ships meson 1.0.1, which
# builds it fine (nothing 1.1-only is used). Lower the floor to the installed meson.
meson_have="$(meson --version)"
meson_want="$(sed -n -E "s/^[[:space:]]*meson_version[[:space:]]*:[[:space:]]*'>=[[:space:]]*([0-9.]+)'.*/\1/p" "$SRC/meson.build" | head -n1)"
if [ -n "$meson_want" ] && dpkg --compare-versions "$meson_have" lt "$meson_want"; then
  log "worker asks for meson >= $meson_want; using Debian's meson $meson_have"
  sed -i -E "s/(meson_version[[:space:]]*:[[:space:]]*)'>=[[:space:]]*[0-9.]+'/\1'>= $meson_have'/" "$SRC/meson.build"
fi

# ------------------------------------------------------------------------ build
# --wrap-mode=nodownload: fail instead of trying the network if anything still needs a
# wrap. liburing is off: it would be another wrap download (io_uring only speeds up
# sending; mediasoup works without it).
BUILD="$WORK/build"
jobs="${MEDIASOUP_BUILD_JOBS:-$(nproc)}"
log "meson $meson_have setup"
meson setup --wrap-mode=nodownload \
  -Dbuildtype=release -Db_ndebug=true -Dms_disable_liburing=true \
  "$BUILD" "$SRC" >&2
# The generated FlatBuffers headers first: the worker target does not depend on them
# in meson's graph, so a parallel build can compile sources before they exist.
ninja -C "$BUILD" fbs/FBS >&2
log "compiling with $jobs jobs"
ninja -C "$BUILD" -j"$jobs" mediasoup-worker >&2
strip -o "$WORK/mediasoup-worker" "$BUILD/mediasoup-worker"

# ------------------------------------------------------------------------ sanity checks
# The worker has no --version. It refuses to run unless spawned by its JS library
# (no MEDIASOUP_VERSION in its environment: exit 41), which proves the binary loads and
# all its shared libraries resolve. Given a version and channel pipes on fds 3 and 4, an
# invalid setting must be rejected with exit 42, which proves libuv and option parsing.
if ldd "$WORK/mediasoup-worker" | grep -q 'not found'; then
  ldd "$WORK/mediasoup-worker" >&2
  die "the built worker has unresolved shared libraries"
fi
status=0
env -u MEDIASOUP_VERSION "$WORK/mediasoup-worker" 2>/dev/null || status=$?
[ "$status" = 41 ] || die "sanity check: worker exited $status without MEDIASOUP_VERSION, expected 41"
status=0
MEDIASOUP_VERSION="$VERSION" "$WORK/mediasoup-worker" --logLevel=bogus \
  3< <(:) 4> >(cat >/dev/null) 2>/dev/null || status=$?
[ "$status" = 42 ] || die "sanity check: worker exited $status on an invalid setting, expected 42"
log "sanity checks passed"

# ------------------------------------------------------------------------ into the cache
# Copy next to the final path, then rename: rename(2) within a directory is atomic, so
# readers see either no binary or a complete one.
{
  echo "mediasoup $VERSION, cache key $KEY, built $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(uname -srm)"
  echo "meson $meson_have, $(g++ --version | head -n1)"
  dpkg-query -W -f '${Package} ${Version}\n' libuv1 libssl3 libsrtp2-1 libusrsctp2 'libabsl2*' libflatbuffers-dev 2>/dev/null || true
  echo "runtime libraries:"
  ldd "$WORK/mediasoup-worker"
} >"$KEY_DIR/build-info.txt"
cp "$WORK/mediasoup-worker" "$STAGED"
chmod 0755 "$STAGED"
mv -f "$STAGED" "$BIN"
log "built $(du -h "$BIN" | cut -f1) binary in $((SECONDS - start_seconds)) s"
emit_path
