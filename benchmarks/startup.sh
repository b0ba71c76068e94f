#!/usr/bin/env bash
# Start-up time of the agendum command (docs/PERFORMANCE.md, "Start-up").
#
#   ./mvnw -q -DskipTests package && benchmarks/startup.sh [JDK_HOME...]
#
# For each JDK (default: the java on PATH, and the newest JDK in /usr/lib/jvm if it is another),
# installs cli/target into a temporary prefix and cache (nothing of the user's is touched), makes
# the launcher's archive, then runs RUNS times (default 21), interleaved:
#   java -version                          the JVM alone, the floor
#   java -jar cli/target/agendum.jar ...   the jar without the launcher
#   agendum ...                            the installed launcher, its archive made
# each with `validate EVENT` (default examples/gobiernos-locales-2021.json), and prints the
# median and quartiles of wall time and the median CPU time (user + system; the machine's load
# inflates wall time far more than CPU time). With LARGE="FILE [OPTION...]" it also converts
# FILE to JSON LARGE_RUNS times (default 5) with the launcher as it is (C1 only) and with C2 as
# well (AGENDUM_JAVA_OPTS=-XX:TieredStopAtLevel=4), e.g. LARGE="fosdem-2020.schedule.xml -O
# zone=Europe/Brussels". With hyperfine installed and HYPERFINE=1, the
# wall times are hyperfine's (not interleaved).
set -euo pipefail

cd "$(dirname "$0")/.."
runs=${RUNS:-21}
event=${EVENT:-examples/gobiernos-locales-2021.json}
large=${LARGE:-}
large_runs=${LARGE_RUNS:-5}
jar=cli/target/agendum.jar
if [ ! -f "$jar" ] || [ ! -f cli/target/install.sh ]; then
    echo "startup.sh: build first: ./mvnw -q -DskipTests package" >&2
    exit 2
fi

# The JDKs: those named, or the default one and the newest installed.
jdk_version() { sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$1/release" 2>/dev/null; }
if [ $# -gt 0 ]; then
    jdks=("$@")
else
    default=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    jdks=("$default")
    newest=$(for release in /usr/lib/jvm/*/release; do
        [ -f "$release" ] && printf '%s %s\n' "$(jdk_version "$(dirname "$release")")" "$(dirname "$release")"
    done | sort -V | tail -1 | cut -d ' ' -f 2)
    if [ -n "$newest" ] && [ "$(jdk_version "$newest")" != "$(jdk_version "$default")" ]; then
        jdks+=("$newest")
    fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
unset AGENDUM_JAVA_OPTS AGENDUM_CDS AGENDUM_CACHE_DIR
sh cli/target/install.sh --prefix "$work/prefix" > /dev/null
agendum=$work/prefix/bin/agendum

# Children's CPU time so far, in ms: bash's `times` (second line: user and system), run in this
# shell (in a subshell it would count the subshell's children only).
cpu_now() {
    times > "$work/times"
    tail -1 "$work/times" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/);
        printf "%d\n", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000 }'
}

# Runs a command once (output discarded), appending its wall and CPU ms to $work/NAME.wall/.cpu.
measure() {
    local name=$1 start end cpu0 cpu1
    shift
    cpu_now > "$work/cpu0"
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true  # checked once before the runs
    end=$(date +%s%N)
    cpu_now > "$work/cpu1"
    read -r cpu0 < "$work/cpu0"
    read -r cpu1 < "$work/cpu1"
    echo $(((end - start) / 1000000)) >> "$work/$name.wall"
    echo $((cpu1 - cpu0)) >> "$work/$name.cpu"
}

# "median M ms (quartiles Q1–Q3)" of the numbers in a file.
quartiles() {
    sort -n "$1" | awk '{ v[NR] = $1 } END {
        printf "median %5d ms (quartiles %5d–%5d)", v[int((NR + 1) / 2)], v[int((NR + 3) / 4)], v[int((3 * NR + 1) / 4)] }'
}
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%d", v[int((NR + 1) / 2)] }'; }

report() {
    printf '  %-34s wall %s  cpu median %5d ms\n' "$1" "$(quartiles "$work/$2.wall")" "$(median "$work/$2.cpu")"
}

echo "machine: $(nproc) cores, $(uname -sr); load before: $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || uptime)"
echo "runs: $runs, interleaved; event: $event"
for jdk in "${jdks[@]}"; do
    export JAVA_HOME=$jdk
    java=$jdk/bin/java
    AGENDUM_CDS=now "$agendum" --version > /dev/null  # this JDK's archive
    rm -f "$work"/*.wall "$work"/*.cpu
    if [ "${HYPERFINE:-0}" = 1 ] && command -v hyperfine > /dev/null; then
        hyperfine -N --warmup 3 --runs "$runs" "$java -version" "$java -jar $jar validate $event" \
            "$agendum validate $event"
        continue
    fi
    # shellcheck disable=SC2206
    large_args=($large)
    checks=("$agendum validate $event" "$java -jar $jar validate $event")
    [ -z "$large" ] || checks+=("$agendum convert ${large_args[*]} --to json")
    for check in "${checks[@]}"; do
        # shellcheck disable=SC2086
        if ! $check > /dev/null; then
            echo "startup.sh: '$check' fails" >&2
            exit 1
        fi
    done
    for _ in $(seq "$runs"); do
        measure version "$java" -version
        measure jar "$java" -jar "$jar" validate "$event"
        measure launcher "$agendum" validate "$event"
    done
    echo "JDK $(jdk_version "$jdk") ($jdk):"
    report "java -version" version
    report "java -jar agendum.jar validate" jar
    report "agendum validate (launcher)" launcher
    if [ -n "$large" ]; then
        for _ in $(seq "$large_runs"); do
            measure large-c1 "$agendum" convert "${large_args[@]}" --to json
            measure large-c2 env AGENDUM_JAVA_OPTS=-XX:TieredStopAtLevel=4 "$agendum" convert "${large_args[@]}" --to json
        done
        report "agendum convert LARGE (C1 only)" large-c1
        report "agendum convert LARGE (C1 and C2)" large-c2
    fi
done
echo "load after: $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || uptime)"
