#!/bin/sh
# Builds ScaleLab's Linux app image and .deb (mvn -B -Pdist package) and checks that the packaged app works:
# the window renders headless (--snapshot under xvfb-run), the CLI answers from the packaged launcher, a training
# command runs through the relaunched child process, native caches land in the per-user cache folder, a read-only
# copy of the app runs as a user who cannot write it, and the .deb has the expected metadata and payload.
#
#   installers/check-linux.sh [--no-build] [--install-deb]
#     --no-build     check the existing target/dist (after an earlier build)
#     --install-deb  also install the .deb with apt-get (root), run /usr/bin/scalelab, then remove it again
#   Environment: MVN_ARGS (default -DskipTests), SKIP_JDEPS=1 to skip the jdeps module check,
#                APP_IMAGE to check another app image than target/dist/ScaleLab.
# Exit status: 0 if every check passed, 1 otherwise. Run from anywhere; needs root only to install packages.
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)

BUILD=1
INSTALL_DEB=0
for a in "$@"; do
  case "$a" in
    --no-build) BUILD=0 ;;
    --install-deb) INSTALL_DEB=1 ;;
    *) echo "usage: $0 [--no-build] [--install-deb]" >&2; exit 2 ;;
  esac
done

FAILS=0
pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; FAILS=$((FAILS + 1)); }
info() { echo "      $*"; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }

# --- 1. Tools and the system libraries JavaFX needs -------------------------------------------------------------
need=""
for p in xvfb xauth fakeroot libgtk-3-0 libgl1 libxtst6 libxxf86vm1 libasound2 zip unzip; do
  dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done
if [ -n "$need" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing:$need"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need \
      || { echo "apt-get install failed" >&2; exit 1; }
  else
    echo "missing packages:$need (run as root or: sudo apt-get install$need)" >&2
    exit 1
  fi
fi

# --- 2. Build -----------------------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
  echo "building: mvn -B -Pdist package ${MVN_ARGS--DskipTests}"
  # shellcheck disable=SC2086
  if ! mvn -B -q -Pdist package ${MVN_ARGS--DskipTests}; then
    echo "FAIL  mvn -B -Pdist package" >&2
    exit 1
  fi
fi
APP=${APP_IMAGE:-$ROOT/target/dist/ScaleLab}
LAUNCHER=$APP/bin/ScaleLab
DEB=$(ls "$ROOT"/target/dist/scalelab_*_amd64.deb 2>/dev/null | head -1)
[ -x "$LAUNCHER" ] && pass "app image built: $APP" || { fail "no launcher at $LAUNCHER"; exit 1; }

T=$(mktemp -d /tmp/scalelab-check.XXXXXX)
chmod 755 "$T"
cleanup() { chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT

# --- 3. Sizes -----------------------------------------------------------------------------------------------------
echo "sizes:"
if [ -d "$ROOT/target/dist/input" ]; then
  info "jar input (scalelab.jar + lib/): $(mib "$(du -sb "$ROOT/target/dist/input" | cut -f1)")"
  nd4j=$(du -cb "$ROOT"/target/dist/input/lib/nd4j-native-*-linux-x86_64*.jar | tail -1 | cut -f1)
  info "  of which the three nd4j-native linux-x86_64 builds: $(mib "$nd4j")"
fi
info "runtime (jlink): $(mib "$(du -sb "$APP/lib/runtime" | cut -f1)")"
info "app image: $(mib "$(du -sb "$APP" | cut -f1)")"
if [ -n "$DEB" ]; then
  info ".deb: $(mib "$(stat -c %s "$DEB")") ($(basename "$DEB"))"
  info "installed size (Installed-Size): $(mib $(( $(dpkg-deb -f "$DEB" Installed-Size) * 1024 )))"
fi
info "runtime modules: $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$APP/lib/runtime/release")"

# --- 4. The runtime has every module jdeps finds -----------------------------------------------------------------
if [ "${SKIP_JDEPS:-0}" != 1 ]; then
  found=$(nice installers/jdeps-modules.sh target 2>/dev/null)
  have=" $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$APP/lib/runtime/release") "
  missing=""
  for m in $(echo "$found" | tr ',' ' '); do
    case "$have" in *" $m "*) ;; *) missing="$missing $m" ;; esac
  done
  [ -n "$found" ] && [ -z "$missing" ] && pass "runtime holds every module jdeps finds ($found)" \
    || fail "jdeps finds modules the runtime lacks:${missing:- (jdeps failed)}"
fi

# --- Helpers for running the app ----------------------------------------------------------------------------------
# png_size FILE -> "WIDTHxHEIGHT" from the PNG header (IHDR), or nothing if it is no PNG
png_size() {
  [ "$(od -An -tx1 -N8 "$1" 2>/dev/null | tr -d ' \n')" = 89504e470d0a1a0a ] || return 0
  set -- $(od -An -tu1 -j16 -N8 "$1")
  echo "$(( ($1 << 24) + ($2 << 16) + ($3 << 8) + $4 ))x$(( ($5 << 24) + ($6 << 16) + ($7 << 8) + $8 ))"
}
# ScaleLabApp's window is 1440 x 900 (ScaleLabApp.WIDTH x HEIGHT); the snapshot is the scene at scale 1 under Xvfb.
EXPECTED_SIZE=1440x900
check_png() { # FILE LABEL
  if [ -s "$1" ] && [ "$(stat -c %s "$1")" -gt 20000 ] && [ "$(png_size "$1")" = "$EXPECTED_SIZE" ]; then
    pass "$2: $(basename "$1") is a $EXPECTED_SIZE PNG of $(stat -c %s "$1") bytes"
  else
    fail "$2: snapshot missing or wrong (size $(stat -c %s "$1" 2>/dev/null || echo none), dimensions $(png_size "$1"))"
  fi
}
# as USER_CMD: runs "$@" as root here, or as nobody for the read-only check (AS_NOBODY=1)
run_as() {
  if [ "${AS_NOBODY:-0}" = 1 ]; then
    q=""
    for w in "$@"; do q="$q '$(printf %s "$w" | sed "s/'/'\\\\''/g")'"; done
    su nobody -s /bin/sh -c "cd '$RUN_HOME' && exec env -u XDG_CACHE_HOME HOME='$RUN_HOME' $q"
  else
    (cd "$RUN_HOME" && HOME="$RUN_HOME" exec env -u XDG_CACHE_HOME "$@")
  fi
}
explain_relaunch() { # LOG
  if grep -q -e 'Could not find or load main class' -e 'Unrecognized option' "$1"; then
    info "the relaunched child was started by the jpackage launcher with _JPACKAGE_LAUNCHER inherited from the parent,"
    info "so it took its arguments for a java command line; org.scalelab.Relauncher must remove that variable"
    info "from the child's environment (pb.environment().remove(\"_JPACKAGE_LAUNCHER\"))"
  fi
}

# check_app LAUNCHER LABEL: the CLI, the snapshot, training through the relaunch, and where the caches went
check_app() {
  L=$1
  LABEL=$2
  out=$RUN_HOME/out
  run_as mkdir -p "$out"

  run_as "$L" cost --arch efficientnet-b0 --json >"$T/cost.json" 2>"$T/cost.err"
  rc=$?
  if [ $rc = 0 ] && grep -q '"params" *: *5288548,' "$T/cost.json"; then
    pass "$LABEL: cost --arch efficientnet-b0 --json prints params 5288548"
  else
    fail "$LABEL: cost --json (exit $rc): $(head -c 300 "$T/cost.err")"
  fi

  run_as "$L" presets >"$T/presets.txt" 2>&1
  rc=$?
  if [ $rc = 0 ] && grep -q '^efficientnet-b0 ' "$T/presets.txt" && grep -q '^simple-cnn ' "$T/presets.txt"; then
    pass "$LABEL: presets lists $(grep -c . "$T/presets.txt") baselines"
  else
    fail "$LABEL: presets (exit $rc): $(head -c 300 "$T/presets.txt")"
  fi

  run_as "$L" cost --arch no-such-net >"$T/bad.txt" 2>&1
  rc=$?
  [ $rc = 2 ] && pass "$LABEL: a bad argument exits 2 ($(head -1 "$T/bad.txt" | cut -c1-70)...)" \
    || fail "$LABEL: a bad argument exited $rc, not 2"

  rm -f "$out/window.png"
  run_as xvfb-run -a -s "-screen 0 1280x1024x24" "$L" --snapshot "$out/window.png" >"$T/snap.log" 2>&1
  rc=$?
  check_png "$out/window.png" "$LABEL: --snapshot under xvfb-run (exit $rc)"
  [ -s "$out/window.png" ] || { sed 's/^/      | /' "$T/snap.log" | tail -5; explain_relaunch "$T/snap.log"; }
  [ "$LABEL" = "app image" ] && [ -s "$out/window.png" ] && cp "$out/window.png" "$T/window.png"

  # Training relaunches the launcher in a child process with OMP_WAIT_POLICY=PASSIVE; watch for that child.
  run_as "$L" train --arch simple-cnn --epochs 1 --train-size 600 --db "$RUN_HOME/runs.db" --json \
    >"$T/train.json" 2>"$T/train.err" &
  bg=$!
  child=""
  while kill -0 $bg 2>/dev/null; do
    for c in $(pgrep -f "^$L train" 2>/dev/null); do
      env_of=$( { tr '\0' '\n' <"/proc/$c/environ"; } 2>/dev/null)
      if echo "$env_of" | grep -qx 'OMP_WAIT_POLICY=PASSIVE' && echo "$env_of" | grep -q '^SCALELAB_PARENT_PID='; then
        child="$c ($(readlink /proc/$c/exe 2>/dev/null))"
      fi
    done
    [ -n "$child" ] && break
    sleep 0.2
  done
  wait $bg
  rc=$?
  if [ $rc = 0 ] && grep -q '"status" *: *"done"' "$T/train.json"; then
    pass "$LABEL: train --arch simple-cnn --epochs 1 --json: status done, test accuracy" \
      "$(sed -n 's/.*"test_accuracy" *: *\([0-9.]*\).*/\1/p' "$T/train.json"), in relaunched child ${child:-(not seen)}"
    info "$(sed -n 's/.*"device" *: *"\(.*\)".*/device: \1/p' "$T/train.json")"
  else
    fail "$LABEL: train (exit $rc): $(head -c 400 "$T/train.err")"
    explain_relaunch "$T/train.err"
  fi

  # Caches: JavaFX and JavaCPP unpack into the per-user cache folder, nothing into ~/.openjfx or ~/.javacpp.
  c=$RUN_HOME/.cache/scalelab
  if ls "$c"/javafx/*/libglass.so >/dev/null 2>&1 && [ -d "$c/javacpp" ]; then
    pass "$LABEL: native caches in ~/.cache/scalelab (javafx $(du -sh "$c/javafx" | cut -f1), javacpp $(du -sh "$c/javacpp" | cut -f1))"
  else
    fail "$LABEL: native caches not in $c: $(ls -A "$c" 2>/dev/null | tr '\n' ' ')"
  fi
  if [ -e "$RUN_HOME/.openjfx" ] || [ -e "$RUN_HOME/.javacpp" ]; then
    fail "$LABEL: something still wrote ~/.openjfx or ~/.javacpp"
  fi
}

# --- 5. The app image as built ------------------------------------------------------------------------------------
echo "app image: $LAUNCHER"
RUN_HOME=$T/home
mkdir -p "$RUN_HOME"
check_app "$LAUNCHER" "app image"

# --- 6. A read-only copy, run by a user who cannot write it -------------------------------------------------------
echo "read-only copy, run as nobody:"
cp -a "$APP" "$T/ro"
chmod -R a-w "$T/ro"
touch "$T/ro.stamp"
RUN_HOME=$T/nobody-home
mkdir -p "$RUN_HOME" && chown nobody "$RUN_HOME"
if su nobody -s /bin/sh -c "test -w '$T/ro/bin'" 2>/dev/null; then
  fail "read-only copy is writable by nobody"
fi
AS_NOBODY=1 check_app "$T/ro/bin/ScaleLab" "read-only, nobody"
changed=$(find "$T/ro" -newer "$T/ro.stamp" | head -3)
[ -z "$changed" ] && pass "read-only copy unchanged" || fail "read-only copy changed: $changed"

# --- 7. The .deb --------------------------------------------------------------------------------------------------
if [ -z "$DEB" ]; then
  fail "no .deb in target/dist"
else
  echo "deb: $DEB"
  dpkg-deb -f "$DEB" Package Version Architecture Depends | sed 's/^/      /'
  deps=$(dpkg-deb -f "$DEB" Depends)
  missing=""
  for d in libgtk-3-0 libgl1 libxtst6 libxxf86vm1 libasound2; do
    echo "$deps" | grep -q "\b$d\b" || missing="$missing $d"
  done
  [ -z "$missing" ] && pass ".deb Depends names GTK 3, GL, Xtst, Xxf86vm, ALSA" || fail ".deb Depends lacks:$missing"
  mkdir -p "$T/deb/ctl" "$T/deb/root"
  dpkg-deb -e "$DEB" "$T/deb/ctl" && dpkg-deb -x "$DEB" "$T/deb/root"
  if grep -l -E 'APPLICATION_[A-Z]|DESKTOP_COMMANDS|UTILITY_SCRIPTS' "$T/deb/ctl"/* "$T/deb/root"/opt/scalelab/lib/*.desktop 2>/dev/null; then
    fail ".deb scripts or menu entry still hold jpackage placeholders"
  else
    pass ".deb scripts and menu entry are filled in"
  fi
  grep -q 'ln -sfn /opt/scalelab/bin/ScaleLab /usr/bin/scalelab' "$T/deb/ctl/postinst" \
    && pass ".deb postinst links /usr/bin/scalelab" || fail ".deb postinst has no /usr/bin/scalelab link"
  sed 's/^/      | /' "$T/deb/root"/opt/scalelab/lib/scalelab-ScaleLab.desktop | grep -E 'Exec|Icon|Categories|WMClass'
  HOME=$T/home "$T/deb/root/opt/scalelab/bin/ScaleLab" cost --arch efficientnet-b0 --json 2>/dev/null \
    | grep -q '"params" *: *5288548,' && pass ".deb payload (extracted) runs the CLI" || fail ".deb payload does not run"
fi

if [ "$INSTALL_DEB" = 1 ] && [ -n "$DEB" ]; then
  echo "install, run, remove the .deb:"
  if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$DEB" >"$T/apt.log" 2>&1; then
    pass "apt-get install $(basename "$DEB")"
    HOME=$T/home scalelab cost --arch efficientnet-b0 --json 2>/dev/null | grep -q '"params" *: *5288548,' \
      && pass "/usr/bin/scalelab runs" || fail "/usr/bin/scalelab does not run"
    if ls /usr/share/applications/*scalelab* >/dev/null 2>&1; then
      pass "menu entry installed: $(ls /usr/share/applications/*scalelab*)"
    elif [ ! -d /etc/xdg/menus ]; then
      info "no menu system here (no /etc/xdg/menus): xdg-desktop-menu registered no menu entry, as expected"
    else
      fail "no menu entry in /usr/share/applications"
    fi
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq scalelab >>"$T/apt.log" 2>&1
    if [ ! -e /opt/scalelab ] && [ ! -e /usr/bin/scalelab ] && ! ls /usr/share/applications/*scalelab* >/dev/null 2>&1; then
      pass "apt-get purge scalelab leaves no /opt/scalelab, /usr/bin/scalelab or menu entry"
    else
      fail "apt-get purge left files behind"
    fi
  else
    fail "apt-get install: $(tail -3 "$T/apt.log")"
  fi
fi

[ -s "$T/window.png" ] && cp "$T/window.png" "$ROOT/target/dist/check-window.png" && info "snapshot kept: target/dist/check-window.png"
if [ "$FAILS" = 0 ]; then
  echo "ALL CHECKS PASSED"
  exit 0
fi
echo "$FAILS CHECK(S) FAILED"
exit 1
