#!/usr/bin/env bash
# ScaleLab's training speed against the PyTorch peer, measured in one window in interleaved rounds (the machines
# this runs on are shared and noisy: only ratios taken side by side mean anything). For each net, every round runs:
#
#   ScaleLab  all cores   java -jar scalelab.jar bench --modes fit                  (goal 2: one run)
#   ScaleLab  one thread  ... --threads 1
#   ScaleLab  sweep mode  ... --jobs N   (N = cores; the sweep's default layout)    (goal 1: sweep throughput)
#   PyTorch   1 × N threads, NCHW and NHWC          peer_torch.py --threads N [--channels-last]
#   PyTorch   N × 1 thread,  NCHW and NHWC          peer_torch.py --jobs N --threads 1 [--channels-last]
#   PyTorch   1 × 1 thread,  NCHW and NHWC          (for the one-thread ratio)
#   with --with-stock also the three ScaleLab runs with --layers stock (DL4J's own layer classes)
#
# and prints medians, the ratios of the issue's goals, the CPU and the load the rest of the machine put on it.
#
#   bench/side-by-side.sh [--rounds R] [--nets plain28,mbconv32] [--iters N] [--warmup N] [--jar PATH]
#                         [--peer PATH] [--python PATH] [--quiet-wait S] [--out DIR] [--with-stock]
#
#   --rounds R      interleaved rounds (default 3); the order of the runs alternates from round to round
#   --iters N       timed iterations per run on both sides (default 30, the peer's); --warmup N (default 5)
#   --jar PATH      default target/scalelab.jar (build it first: mvn -B -q package -DskipTests)
#   --peer PATH     default ../shared/bench/peer_torch.py beside the repository, else /work/shared/bench/peer_torch.py
#   --python PATH   default /usr/bin/python3 (Debian's python3-torch)
#   --quiet-wait S  before each run, wait up to S seconds (default 60) for the rest of the machine to use less than
#                   0.3 cores; runs that started anyway are counted as disturbed in the table
#   --out DIR       keep the raw results (results.tsv, one line per run) there; default a temporary folder
#
# Each run's line also records the 1-minute load average when it ended.
# "others" is how many cores everything else used while a run lasted: (machine busy time from /proc/stat − the
# run's own CPU time) ÷ wall time. Each run is a fresh process (JVM or Python), as a user would start it.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
rounds=3 nets=plain28,mbconv32 iters=30 warmup=5 quiet_wait=60 out="" with_stock=0
jar="$here/target/scalelab.jar"
python=/usr/bin/python3
peer="$here/../shared/bench/peer_torch.py"
[ -f "$peer" ] || peer=/work/shared/bench/peer_torch.py

while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds=$2; shift 2 ;;
        --nets) nets=$2; shift 2 ;;
        --iters) iters=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --jar) jar=$2; shift 2 ;;
        --peer) peer=$2; shift 2 ;;
        --python) python=$2; shift 2 ;;
        --quiet-wait) quiet_wait=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --with-stock) with_stock=1; shift ;;
        -h|--help) sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "side-by-side.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
for n in "$rounds" "$iters" "$warmup" "$quiet_wait"; do
    [[ "$n" =~ ^[0-9]+$ ]] || { echo "side-by-side.sh: '$n' is not a whole number" >&2; exit 2; }
done
[ -f "$jar" ] || { echo "side-by-side.sh: no $jar; build it first: mvn -B -q package -DskipTests" >&2; exit 2; }
[ -f "$peer" ] || { echo "side-by-side.sh: no PyTorch peer at $peer (--peer PATH)" >&2; exit 2; }
"$python" -c 'import torch' 2>/dev/null \
    || { echo "side-by-side.sh: $python has no torch (apt-get install -y python3-torch)" >&2; exit 2; }
[ -r /proc/stat ] || { echo "side-by-side.sh: needs Linux /proc/stat to measure the machine's load" >&2; exit 2; }

cores=$(nproc)
[ -n "$out" ] || out=$(mktemp -d /tmp/side-by-side.XXXXXX)
mkdir -p "$out"
results="$out/results.tsv"
printf 'round\tnet\tside\tconfig\timages_per_second\twall_s\tour_cores\tothers_cores\tquiet\tload1\n' > "$results"

busy_ticks() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9; exit}' /proc/stat; }
hz=$(getconf CLK_TCK)

# Waits (up to --quiet-wait seconds) until the rest of the machine uses under 0.3 cores over 2 s; prints yes or no.
wait_quiet() {
    local deadline=$((SECONDS + quiet_wait)) a b
    while :; do
        a=$(busy_ticks); sleep 2; b=$(busy_ticks)
        if awk -v d=$((b - a)) -v hz="$hz" 'BEGIN{exit !(d / hz / 2 < 0.3)}'; then echo yes; return; fi
        [ $SECONDS -lt $deadline ] || { echo no; return; }
    done
}

# run ROUND NET SIDE CONFIG COMMAND...: runs one measurement, appends its line to results.tsv.
run() {
    local round=$1 net=$2 side=$3 config=$4; shift 4
    local quiet log=$out/run.log t0 t1 b0 b1 ips cpu
    quiet=$(wait_quiet)
    b0=$(busy_ticks); t0=$(date +%s.%N)
    local before_children
    before_children=$(awk '{print $16+$17}' /proc/$$/stat) # this shell's waited-for children's CPU ticks
    if ! "$@" > "$log" 2>&1; then
        echo "side-by-side.sh: failed: $*" >&2; tail -5 "$log" >&2; exit 1
    fi
    t1=$(date +%s.%N); b1=$(busy_ticks)
    cpu=$(( $(awk '{print $16+$17}' /proc/$$/stat) - before_children ))
    if [ "$side" = scalelab ]; then
        ips=$(sed -n 's/.*"images_per_second": \([0-9.]*\).*/\1/p' "$log" | head -1)
    else
        ips=$(sed -n 's/^RESULT .* images_per_second=\([0-9.]*\).*/\1/p' "$log" | head -1)
    fi
    [ -n "$ips" ] || { echo "side-by-side.sh: no images/s in the output of: $*" >&2; cat "$log" >&2; exit 1; }
    awk -v r="$round" -v n="$net" -v s="$side" -v c="$config" -v ips="$ips" -v t0="$t0" -v t1="$t1" \
        -v busy=$((b1 - b0)) -v cpu="$cpu" -v hz="$hz" -v q="$quiet" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN{
            wall = t1 - t0; ours = cpu / hz / wall; others = busy / hz / wall - ours; if (others < 0) others = 0;
            printf "%s\t%s\t%s\t%s\t%s\t%.1f\t%.2f\t%.2f\t%s\t%s\n", r, n, s, c, ips, wall, ours, others, q, load }' >> "$results"
    tail -1 "$results" | awk -F'\t' '{printf "  round %s %-9s %-8s %-18s %10s images/s  (others %s cores, load %s)\n", $1, $2, $3, $4, $5, $8, $10}'
}

echo "CPU: $(awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo), $cores cores;" \
    "flags: $(grep -o -w -E 'avx2|avx512f|avx512_vnni|avx512_bf16|amx_tile' /proc/cpuinfo | sort -u | tr '\n' ' ')"
echo "memory: $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "ScaleLab: $jar; $(java -version 2>&1 | head -1)"
echo "PyTorch: $("$python" -c 'import torch; print(torch.__version__)') via $python $peer"
echo "raw results: $results"

scalelab() { java -jar "$jar" bench --nets "$1" --modes fit --iterations "$iters" --json "${@:2}"; }
torch() { "$python" "$peer" --nets "$1" --modes fit --iters "$iters" --warmup "$warmup" "${@:2}"; }

IFS=, read -r -a net_list <<< "$nets"
for ((round = 1; round <= rounds; round++)); do
    for net in "${net_list[@]}"; do
        configs=(
            "scalelab all-cores"
            "scalelab 1-thread"
            "scalelab sweep"
            "torch 1x${cores}-NCHW"
            "torch 1x${cores}-NHWC"
            "torch ${cores}x1-NCHW"
            "torch ${cores}x1-NHWC"
            "torch 1x1-NCHW"
            "torch 1x1-NHWC"
        )
        ((with_stock)) && configs+=("scalelab stock-all-cores" "scalelab stock-1-thread" "scalelab stock-sweep")
        if ((round % 2 == 0)); then # alternate the order so that drift does not always favour one side
            for ((i = 0, j = ${#configs[@]} - 1; i < j; i++, j--)); do
                tmp=${configs[i]}; configs[i]=${configs[j]}; configs[j]=$tmp
            done
        fi
        for c in "${configs[@]}"; do
            read -r side config <<< "$c"
            case "$config" in
                all-cores) run "$round" "$net" scalelab "$config" scalelab "$net" ;;
                1-thread) run "$round" "$net" scalelab "$config" scalelab "$net" --threads 1 ;;
                sweep) run "$round" "$net" scalelab "$config" scalelab "$net" --jobs "$cores" ;;
                stock-all-cores) run "$round" "$net" scalelab "$config" scalelab "$net" --layers stock ;;
                stock-1-thread) run "$round" "$net" scalelab "$config" scalelab "$net" --layers stock --threads 1 ;;
                stock-sweep) run "$round" "$net" scalelab "$config" scalelab "$net" --layers stock --jobs "$cores" ;;
                1x${cores}-NCHW) run "$round" "$net" torch "$config" torch "$net" --threads "$cores" ;;
                1x${cores}-NHWC) run "$round" "$net" torch "$config" torch "$net" --threads "$cores" --channels-last ;;
                ${cores}x1-NCHW) run "$round" "$net" torch "$config" torch "$net" --jobs "$cores" --threads 1 ;;
                ${cores}x1-NHWC) run "$round" "$net" torch "$config" torch "$net" --jobs "$cores" --threads 1 --channels-last ;;
                1x1-NCHW) run "$round" "$net" torch "$config" torch "$net" --threads 1 ;;
                1x1-NHWC) run "$round" "$net" torch "$config" torch "$net" --threads 1 --channels-last ;;
            esac
        done
    done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

"$python" - "$results" "$cores" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
cores = sys.argv[2]
def med(net, side, config):
    v = [float(r["images_per_second"]) for r in rows if (r["net"], r["side"], r["config"]) == (net, side, config)]
    return statistics.median(v) if v else float("nan")
def spread(net, side, config):
    v = [float(r["images_per_second"]) for r in rows if (r["net"], r["side"], r["config"]) == (net, side, config)]
    o = [float(r["others_cores"]) for r in rows if (r["net"], r["side"], r["config"]) == (net, side, config)]
    q = sum(r["quiet"] == "yes" for r in rows if (r["net"], r["side"], r["config"]) == (net, side, config))
    ld = [r["load1"] for r in rows if (r["net"], r["side"], r["config"]) == (net, side, config)]
    return (f"{statistics.median(v):9,.0f}  ({min(v):,.0f}–{max(v):,.0f}, n={len(v)}, quiet start {q}/{len(v)},"
            f" others {statistics.median(o):.2f} cores, load {'/'.join(ld)})")
nets = list(dict.fromkeys(r["net"] for r in rows))
print()
print("Medians over the rounds, images/s (min–max, runs, runs that began on a quiet machine, median cores used by others):")
for net in nets:
    print(f"\n{net}")
    for side, config in dict.fromkeys((r["side"], r["config"]) for r in rows if r["net"] == net):
        print(f"  {side:8} {config:14} {spread(net, side, config)}")
print()
print(f"| net | ScaleLab sweep ({cores} jobs) | PyTorch best independent runs | goal 1 ratio (≥ 1) "
      f"| ScaleLab one run, all cores | PyTorch 1×{cores} best layout | goal 2 ratio (≥ 0.8) "
      f"| ScaleLab 1 thread | PyTorch 1×1 best | 1-thread ratio |")
print("|---|---|---|---|---|---|---|---|---|---|")
for net in nets:
    t_multi = max(med(net, "torch", f"1x{cores}-NCHW"), med(net, "torch", f"1x{cores}-NHWC"))
    t_jobs = max(med(net, "torch", f"{cores}x1-NCHW"), med(net, "torch", f"{cores}x1-NHWC"))
    t_best = max(t_multi, t_jobs)
    t_one = max(med(net, "torch", "1x1-NCHW"), med(net, "torch", "1x1-NHWC"))
    s_sweep, s_all, s_one = med(net, "scalelab", "sweep"), med(net, "scalelab", "all-cores"), med(net, "scalelab", "1-thread")
    best_how = f"1×{cores}" if t_multi >= t_jobs else f"{cores}×1"
    print(f"| {net} | {s_sweep:,.0f} | {t_best:,.0f} ({best_how}) | **{s_sweep / t_best:.2f}** | {s_all:,.0f} "
          f"| {t_multi:,.0f} | **{s_all / t_multi:.2f}** | {s_one:,.0f} | {t_one:,.0f} | {s_one / t_one:.2f} |")
    k_sweep, k_all, k_one = (med(net, "scalelab", "stock-" + c) for c in ("sweep", "all-cores", "1-thread"))
    if k_sweep == k_sweep:  # measured (--with-stock)
        print(f"| {net}, stock layers | {k_sweep:,.0f} | {t_best:,.0f} ({best_how}) | {k_sweep / t_best:.2f} | {k_all:,.0f} "
              f"| {t_multi:,.0f} | {k_all / t_multi:.2f} | {k_one:,.0f} | {t_one:,.0f} | {k_one / t_one:.2f} |")
EOF
