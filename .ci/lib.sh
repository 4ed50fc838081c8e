# Shared by .ci/run and .ci/accuracy (sourced).

# CI gives no standard input; make it /dev/null so no child can inherit a
# closed (and later reused) file descriptor 0.
exec </dev/null

# Seen on this machine: cargo's target-information probe (`rustc - --print
# ...`) now and then reads another process's output as its source, fails, and
# cargo caches that failure in target/.rustc_info.json, so every later cargo
# command fails the same way. A stale cache is dropped and the command retried
# once; a real build error fails twice and stops the run.
cargo() {
    local log status=0
    log="$(mktemp)"
    command cargo "$@" 2> >(tee "$log" >&2) || status=$?
    wait # for tee
    if [ "$status" -ne 0 ] && grep -q "to learn about target-specific information" "$log"; then
        echo "(cargo's target probe failed spuriously; dropping its cache and retrying once)" >&2
        rm -f target/.rustc_info.json fuzz/target/.rustc_info.json
        status=0
        command cargo "$@" || status=$?
    fi
    rm -f "$log"
    return "$status"
}
