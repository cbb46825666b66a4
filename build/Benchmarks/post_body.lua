-- wrk script of the serving benchmark: POSTs one JSON body (the file named by the first script argument) on every
-- request and prints the totals and latency percentiles in one line the benchmark reads.
function init(args)
  local file = assert(io.open(args[1], "rb"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  wrk.headers["Content-Type"] = "application/json"
  file:close()
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("wrk-result requests=%d duration_us=%d p50_us=%d p99_us=%d socket_errors=%d non_2xx=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    errors.connect + errors.read + errors.write + errors.timeout, errors.status))
end
