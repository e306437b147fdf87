#!/bin/sh
# Prints the JDK modules that ScaleLab's jar and its runtime dependencies use, as jdeps finds them: the list
# behind --add-modules in installers/jpackage-common.txt. Run after `mvn -B package -DskipTests`.
#   installers/jdeps-modules.sh [JAR_DIR]     (default: target, reading target/scalelab.jar and target/lib/*.jar)
# Several dependency jars (DL4J, ControlsFX, JavaFX ...) carry module descriptors that jdeps rejects or that would
# make it resolve them as modules; copies without module-info.class are analysed instead, on the class path.
set -eu
dir=${1:-target}
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for j in "$dir/scalelab.jar" "$dir"/lib/*.jar; do
  # A jar of native libraries only has no classes to analyse.
  unzip -Z1 "$j" | grep -q '\.class$' || continue
  if unzip -Z1 "$j" | grep -q 'module-info\.class$'; then
    cp "$j" "$work/"
    zip -qd "$work/$(basename "$j")" 'module-info.class' 'META-INF/versions/*/module-info.class' >/dev/null || true
  else
    ln -s "$(readlink -f "$j")" "$work/$(basename "$j")"
  fi
done
"$JAVA_HOME/bin/jdeps" -q --multi-release 17 --ignore-missing-deps --print-module-deps "$work"/*.jar
