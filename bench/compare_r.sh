#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# RegionLens and base R side by side, in the same run, CPU time against CPU
# time (issue 16). Two parts:
#   1. whole processes (/usr/bin/time: user + sys CPU, wall, peak RSS), median
#      of N runs: regionlens-cli lq / shift-share on the bundled municipal CSV
#      and flows on the prefectural OD table, against Rscript scripts that read
#      the same file with read.csv, compute the same table and write it
#      (R's own start-up, `Rscript -e 0`, is shown on its own line);
#   2. the kernels on synthetic data of the same shape as bench_analysis
#      (LQ over 10 years of 1,741 x 100, classic shift-share of 1,741 x 100,
#      OD summary of 1,741 x 1,741): bench_analysis's CPU medians against
#      hand-vectorised base R timed with proc.time() (user + sys).
# Without Rscript on PATH the R side is skipped and said so; RegionLens's own
# figures are still printed.
#
# Usage: bench/compare_r.sh [BUILD_DIR] [RUNS]   (defaults: build, 5)
# BUILD_DIR must hold app/regionlens-cli; bench/bench_analysis is used when
# built (-DREGIONLENS_BUILD_BENCH=ON).
set -eu

SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build}
RUNS=${2:-5}
CLI=$BUILD/app/regionlens-cli
KERNELS=$BUILD/bench/bench_analysis
TIDY=$SRC/datasets/starter/establishments_employees_municipality.csv
OD=$SRC/datasets/starter/migration_od_prefecture.csv
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

[ -x "$CLI" ] || { echo "compare_r.sh: $CLI not found (build the regionlens-cli target)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "compare_r.sh: /usr/bin/time not found (Debian: apt-get install time)" >&2; exit 2; }
HAVE_R=no
if command -v Rscript >/dev/null 2>&1; then HAVE_R=yes; fi

# median of the numbers on stdin
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# whole LABEL CMD...: runs CMD RUNS times; sets CPU (s), WALL (s), RSS (MiB) to the medians
whole() {
    label=$1; shift
    : > "$TMP/cpu"; : > "$TMP/wall"; : > "$TMP/rss"
    i=0
    while [ "$i" -lt "$RUNS" ]; do
        /usr/bin/time -f "%U %S %e %M" -o "$TMP/t" "$@" > "$TMP/out" 2> "$TMP/err" || {
            echo "compare_r.sh: $label failed:" >&2; cat "$TMP/err" >&2; exit 1; }
        read -r user sys wall rss < "$TMP/t"
        echo "$user $sys" | awk '{ print $1 + $2 }' >> "$TMP/cpu"
        echo "$wall" >> "$TMP/wall"
        echo "$rss" | awk '{ print $1 / 1024 }' >> "$TMP/rss"
        i=$((i + 1))
    done
    CPU=$(median < "$TMP/cpu"); WALL=$(median < "$TMP/wall"); RSS=$(median < "$TMP/rss")
}

ratio() { awk -v r="$1" -v l="$2" 'BEGIN { if (l > 0) printf "%.1fx", r / l; else print "-" }'; }

cat > "$TMP/lq.R" <<'EOF'
a <- commandArgs(TRUE)
d <- read.csv(a[1], colClasses = c("character", "integer", "character", "character", "numeric"))
d <- d[d$measure == "employees" & d$year == 2021 & d$industry_code != "TOTAL", ]
x <- tapply(d$value, list(d$municipality_code, d$industry_code), sum)
lq <- (x / rowSums(x, na.rm = TRUE)) / rep(colSums(x, na.rm = TRUE) / sum(x, na.rm = TRUE), each = nrow(x))
out <- data.frame(region_code = rep(rownames(x), ncol(x)), industry_code = rep(colnames(x), each = nrow(x)),
                  year = 2021L, value = as.vector(x), lq = as.vector(lq))
write.csv(out[order(out$region_code, out$industry_code), ], a[2], row.names = FALSE)
EOF
cat > "$TMP/shiftshare.R" <<'EOF'
a <- commandArgs(TRUE)
d <- read.csv(a[1], colClasses = c("character", "integer", "character", "character", "numeric"))
d <- d[d$measure == "employees" & d$industry_code != "TOTAL", ]
d$municipality_code <- factor(d$municipality_code)
d$industry_code <- factor(d$industry_code)
x0 <- unclass(xtabs(value ~ municipality_code + industry_code, d[d$year == 2016, ]))
x1 <- unclass(xtabs(value ~ municipality_code + industry_code, d[d$year == 2021, ]))
n0 <- colSums(x0); n1 <- colSums(x1)
g <- sum(n1) / sum(n0) - 1
national <- rowSums(x0) * g
mix <- as.vector(x0 %*% (n1 / n0 - 1 - g))
change <- rowSums(x1) - rowSums(x0)
write.csv(data.frame(region_code = rownames(x0), start = rowSums(x0), end = rowSums(x1), change = change,
                     national = national, industry_mix = mix, regional = change - national - mix),
          a[2], row.names = FALSE)
EOF
cat > "$TMP/flows.R" <<'EOF'
a <- commandArgs(TRUE)
d <- read.csv(a[1], colClasses = c("character", "character", "integer", "numeric"))
codes <- sort(unique(c(d$origin_code, d$destination_code)))
od <- matrix(0, length(codes), length(codes))
od[cbind(match(d$origin_code, codes), match(d$destination_code, codes))] <- d$value
diag(od) <- 0
inflow <- colSums(od); outflow <- rowSums(od)
write.csv(data.frame(region_code = codes, inflow = inflow, outflow = outflow, net = inflow - outflow,
                     turnover = inflow + outflow), a[2], row.names = FALSE)
cat(sprintf("MEI %.6f\n", 100 * sum(abs(inflow - outflow)) / sum(inflow + outflow)), file = stderr())
EOF
cat > "$TMP/kernels.R" <<'EOF'
set.seed(16)
cpu <- function(expr, times) {
  f <- function() { t <- proc.time(); for (k in seq_len(times)) eval(expr, parent.frame(2)); e <- proc.time() - t
                    1000 * (e[["user.self"]] + e[["sys.self"]]) / times }
  median(replicate(7, f()))
}
nr <- 1741; ni <- 100
panel <- lapply(1:10, function(y) { m <- matrix(rlnorm(nr * ni, 5, 1.5), nr, ni); m[runif(nr * ni) < 0.15] <- NA; m })
lq <- function(m) (m / rowSums(m, na.rm = TRUE)) / rep(colSums(m, na.rm = TRUE) / sum(m, na.rm = TRUE), each = nrow(m))
x0 <- panel[[1]]; x0[is.na(x0)] <- 0; x1 <- panel[[10]]; x1[is.na(x1)] <- 0
shift <- function(x0, x1) { n0 <- colSums(x0); n1 <- colSums(x1); g <- sum(n1) / sum(n0) - 1
  national <- rowSums(x0) * g; mix <- as.vector(x0 %*% (n1 / n0 - 1 - g))
  list(national, mix, rowSums(x1) - rowSums(x0) - national - mix) }
od <- matrix(rpois(nr * nr, 3), nr, nr); diag(od) <- 0; pop <- rlnorm(nr, 10, 1)
summary_od <- function() { inflow <- colSums(od); outflow <- rowSums(od); net <- inflow - outflow
  c(100 * sum(abs(net)) / sum(inflow + outflow), 100 * 0.5 * sum(abs(net)) / sum(pop), 100 * sum(od) / sum(pop)) }
cat(sprintf("lq %.3f\n", cpu(quote(for (m in panel) r <- lq(m)), 3)))
cat(sprintf("shiftshare %.3f\n", cpu(quote(r <- shift(x0, x1)), 50)))
cat(sprintf("od %.3f\n", cpu(quote(r <- summary_od()), 10)))
EOF

echo "RegionLens vs base R, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median of $RUNS runs; CPU = user + sys of the whole process"
if [ "$HAVE_R" = no ]; then
    echo "Rscript not found on PATH: the R side is skipped (Debian: apt-get install r-base-core), RegionLens only."
else
    echo "R: $(Rscript --version 2>&1 | head -n 1)"
fi
echo
printf '%-44s %22s %22s %8s\n' "whole process" "RegionLens CPU/wall/RSS" "R CPU/wall/RSS" "CPU x"
row() {  # LABEL then the RegionLens figures in CPU WALL RSS, R figures in RCPU RWALL RRSS (or empty)
    printf '%-44s %8.3fs %5.2fs %4.0fM' "$1" "$CPU" "$WALL" "$RSS"
    if [ -n "${RCPU:-}" ]; then
        printf ' %8.3fs %5.2fs %4.0fM %8s\n' "$RCPU" "$RWALL" "$RRSS" "$(ratio "$RCPU" "$CPU")"
    else
        printf ' %22s %8s\n' "-" "-"
    fi
}
runpair() {  # LABEL RSCRIPT INPUT -- regionlens-cli arguments
    label=$1; script=$2; input=$3; shift 4
    RCPU=""
    if [ "$HAVE_R" = yes ]; then
        whole "$label (R)" Rscript "$TMP/$script" "$input" "$TMP/r.csv"
        RCPU=$CPU; RWALL=$WALL; RRSS=$RSS
    fi
    whole "$label" "$CLI" "$@"
    row "$label"
}
runpair "lq, municipal starter CSV (4.0 MB), 2021" lq.R "$TIDY" -- \
    lq --input "$TIDY" --measure employees --year 2021
runpair "shift-share, the same file, 2016 -> 2021" shiftshare.R "$TIDY" -- \
    shift-share --input "$TIDY" --measure employees --from 2016 --to 2021
runpair "flows, prefectural OD table (47 x 47)" flows.R "$OD" -- \
    flows --input "$OD" --summary
if [ "$HAVE_R" = yes ]; then
    whole "R start-up" Rscript -e 0
    printf '%-44s %22s %8.3fs %5.2fs %4.0fM\n' "R start-up alone (Rscript -e 0)" "-" "$CPU" "$WALL" "$RSS"
fi

echo
printf '%-44s %22s %22s %8s\n' "kernels (synthetic, CPU per call)" "RegionLens" "base R" "CPU x"
if [ ! -x "$KERNELS" ]; then
    echo "$KERNELS not built (-DREGIONLENS_BUILD_BENCH=ON, target bench_analysis): kernels skipped"
    exit 0
fi
"$KERNELS" --benchmark_filter='BM_LocationQuotient10Years/0$|BM_ShiftShareClassic/0$|BM_MigrationSummary/0$' \
    --benchmark_repetitions="$RUNS" --benchmark_report_aggregates_only=true --benchmark_format=csv \
    2> /dev/null > "$TMP/kernels.csv"
# name,iterations,real_time,cpu_time,time_unit,... ; the _median rows, in ms
kernel() { grep "^\"$1_median\"" "$TMP/kernels.csv" | awk -F, '{ t = $4; if ($5 == "us") t /= 1000; if ($5 == "ns") t /= 1e6; print t }'; }
LQ=$(kernel BM_LocationQuotient10Years/0)
SS=$(kernel BM_ShiftShareClassic/0)
ODS=$(kernel BM_MigrationSummary/0)
if [ "$HAVE_R" = yes ]; then
    Rscript "$TMP/kernels.R" > "$TMP/rk"
    RLQ=$(awk '$1 == "lq" { print $2 }' "$TMP/rk")
    RSS_=$(awk '$1 == "shiftshare" { print $2 }' "$TMP/rk")
    ROD=$(awk '$1 == "od" { print $2 }' "$TMP/rk")
fi
krow() {
    if [ -n "${3:-}" ]; then
        printf '%-44s %20.3fms %20.3fms %8s\n' "$1" "$2" "$3" "$(ratio "$3" "$2")"
    else
        printf '%-44s %20.3fms %22s %8s\n' "$1" "$2" "-" "-"
    fi
}
krow "LQ, 10 years of 1,741 x 100" "$LQ" "${RLQ:-}"
krow "classic shift-share, 1,741 x 100" "$SS" "${RSS_:-}"
krow "OD summary, 1,741 x 1,741" "$ODS" "${ROD:-}"
