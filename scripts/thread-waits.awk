# Summarises `jcmd PID Thread.print` dumps (concatenated): for the server's request threads
# (Tomcat's http-nio-*-exec-*), how many were running and where the others waited — the lock or
# queue they waited for, and the first frame of Sandkassen's, Vaadin's, Spring's or the pool's
# code on their stack. Used by cluster-test.sh to say where learners' requests wait.
function flush() {
  if (name ~ /-exec-/) {
    total++
    key = state
    if (idle) key = "idle (no request to serve)"
    else if (what != "") key = key " on " what
    if (frame != "" && !idle) key = key " in " frame
    count[key]++
  }
  name = ""; state = ""; what = ""; frame = ""; idle = 0
}
/^"/ { flush(); name = $1; next }
/java.lang.Thread.State:/ { state = $2; next }
/- (parking to wait for|waiting to lock|waiting on)/ {
  if (what == "" && match($0, /\(a [^)]*\)/)) what = substr($0, RSTART + 3, RLENGTH - 4)
  next
}
/^\tat / {
  if ($2 ~ /^org\.apache\.tomcat\.util\.threads\.TaskQueue\.(take|poll)/) idle = 1
  if (frame == "" && $2 ~ /^(dk\.sandkassen|com\.vaadin|com\.zaxxer|org\.springframework\.session|org\.postgresql|org\.apache\.catalina\.core\.ApplicationFilterChain)/) {
    frame = $2; sub(/\(.*/, "", frame)
  }
  next
}
END {
  flush()
  if (total == 0) { print "  (no request threads in the dumps)"; exit }
  for (k in count) printf "%6d  %5.1f %%  %s\n", count[k], 100 * count[k] / total, k | "sort -rn | head -12"
  close("sort -rn | head -12")
  printf "  %d request threads over all dumps\n", total
}
