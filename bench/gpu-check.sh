#!/usr/bin/env bash
# The GPU check of issue 7: on a machine with one NVIDIA GPU and its driver, builds ScaleLab with -Pcuda (or uses a
# prebuilt one), prints the device ScaleLab gets, then trains the small presets for one epoch on the bundled data,
# first on the GPU and then with the same command on the CPU, and prints images/s side by side.
#
#   bench/gpu-check.sh [--jar PATH] [--train-size N] [--nets simple-cnn,mini-resnet,mini-effnet] [--timeout S]
#
#   --jar PATH       a scalelab.jar from a -Pcuda build (its lib/ beside it); default: build target-cuda/ here,
#                    or reuse it when it is newer than pom.xml and src/
#   --train-size N   training images drawn from the bundled 12,000 (default 3000: a few minutes on the CPU side)
#   --nets LIST      presets to train (default simple-cnn,mini-resnet,mini-effnet)
#   --timeout S      limit for each training command (default 600)
#
# Each device trains into its own fresh database: a run's identity does not include the device, so a shared
# database would answer the second device from the first one's result.
#
# What it needs: JDK 17, the NVIDIA driver (libcuda.so.1; nvidia-smi is used to check for it), and the CUDA jars.
# Those jars are about 2.4 GB (nd4j-cuda-11.6 linux-x86_64-cudnn 573 MB, org.bytedeco:cuda linux-x86_64-redist
# 1.8 GB, which carries CUDA 11.6 and cuDNN 8.3, so no CUDA toolkit is needed). The build downloads them from Maven
# Central; a machine that cannot reach it needs target-cuda/ (about 2.7 GB) brought in some other way, and --jar.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=""
train_size=3000
nets="simple-cnn,mini-resnet,mini-effnet"
limit=600
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --train-size) train_size="$2"; shift 2 ;;
    --nets) nets="$2"; shift 2 ;;
    --timeout) limit="$2"; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "gpu-check: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

die() {
  echo "gpu-check: FAILED: $*" >&2
  exit 1
}

echo "== GPU and driver"
command -v nvidia-smi >/dev/null 2>&1 \
  || die "nvidia-smi not found: this machine has no NVIDIA driver, and the check needs one NVIDIA GPU with its driver"
nvidia-smi --query-gpu=name,driver_version,memory.total,compute_cap --format=csv,noheader 2>/dev/null \
  || nvidia-smi -L \
  || die "nvidia-smi sees no GPU (is the driver loaded?)"

echo "== ScaleLab with the CUDA backend"
if [ -z "$jar" ]; then
  jar=target-cuda/scalelab.jar
  fresh=yes
  if [ -f "$jar" ] && ls target-cuda/lib/nd4j-cuda-11.6-*-linux-x86_64*.jar >/dev/null 2>&1; then
    [ -n "$(find pom.xml src -newer "$jar" -print -quit)" ] || fresh=no
  fi
  if [ "$fresh" = yes ]; then
    echo "building: mvn -B -q -Pcuda package -DskipTests (downloads about 2.4 GB the first time)"
    mvn -B -q -Pcuda package -DskipTests \
      || die "the -Pcuda build failed. It needs Maven Central for about 2.4 GB of CUDA jars; where that cannot be reached, build on a machine that can and bring target-cuda/ (jar and lib/) along, then pass --jar target-cuda/scalelab.jar"
  else
    echo "reusing $jar (newer than pom.xml and src/)"
  fi
fi
[ -f "$jar" ] || die "$jar does not exist"
ls "$(dirname "$jar")"/lib/nd4j-cuda-11.6-*.jar >/dev/null 2>&1 \
  || die "$(dirname "$jar")/lib has no nd4j-cuda-11.6 jar: $jar is not from a -Pcuda build"

echo "== device"
java -jar "$jar" device --device gpu || die "ScaleLab cannot train on the GPU here (the line above says why)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# value KEY FILE: a top-level number or string from the pretty-printed JSON of train --json
value() {
  sed -n "s/^  \"$1\" : \"\{0,1\}\([^\",]*\)\"\{0,1\},\{0,1\}$/\1/p" "$2" | head -n 1
}

echo "== one epoch of each preset on ${train_size} bundled images, GPU then CPU"
results=()
for net in ${nets//,/ }; do
  for dev in gpu cpu; do
    mkdir -p "$work/$dev"
    echo "-- $net on the ${dev^^}"
    if ! timeout "$limit" java -jar "$jar" train --arch "$net" --epochs 1 --train-size "$train_size" --device "$dev" \
        --db "$work/$dev/check.db" --json >"$work/$net-$dev.json" 2>"$work/$net-$dev.log"; then
      tail -n 5 "$work/$net-$dev.log" >&2
      die "training $net on the ${dev^^} failed or took longer than ${limit} s"
    fi
    grep -m 1 '^backend:' "$work/$net-$dev.log" || true
    kind=$(value device_kind "$work/$net-$dev.json")
    [ "$kind" = "${dev^^}" ] || die "$net was meant to train on the ${dev^^} but the run says '$kind'"
  done
  results+=("$net")
done

echo
echo "== images/s, one epoch, batch 64, ${train_size} images (same command, --device gpu vs --device cpu)"
printf '%-12s %12s %12s %9s %10s %10s\n' net "GPU img/s" "CPU img/s" "GPU/CPU" "GPU acc" "CPU acc"
for net in "${results[@]}"; do
  g=$(value images_per_second "$work/$net-gpu.json")
  c=$(value images_per_second "$work/$net-cpu.json")
  ga=$(value test_accuracy "$work/$net-gpu.json")
  ca=$(value test_accuracy "$work/$net-cpu.json")
  awk -v n="$net" -v g="$g" -v c="$c" -v ga="$ga" -v ca="$ca" \
    'BEGIN { printf "%-12s %12.0f %12.0f %8.1fx %10.4f %10.4f\n", n, g, c, (c > 0 ? g / c : 0), ga, ca }'
done
echo "gpu-check: OK"
