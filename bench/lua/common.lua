-- Shared by the wrk scripts of the suite (wrk runs from this folder, so require finds it).
-- Settings come from the environment: BENCH_AUTH (the Authorization header's value),
-- BENCH_DELAY_MS (mean pause of a connection between its requests; 0 or unset: none).
local M = {}

local counter = 0

-- One thread-unique prefix per run: time, process-wide random and a per-thread random.
function M.prefix()
  return (os.getenv("BENCH_RUN") or "run") .. "-" .. tostring(math.random(1, 1e9))
end

function M.next_id()
  counter = counter + 1
  return counter
end

function M.headers(content_type)
  local h = {}
  local auth = os.getenv("BENCH_AUTH")
  if auth and auth ~= "" then
    h["Authorization"] = auth
  end
  if content_type then
    h["Content-Type"] = content_type
    h["Accept"] = "application/json"
  end
  return h
end

-- Pacing: a connection waits a random time with the given mean (uniform between half and one
-- and a half times it) after each response before its next request.
function M.install_delay()
  local mean = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
  if mean > 0 then
    delay = function()
      return math.floor(mean * (0.5 + math.random()))
    end
  end
end

-- One machine-readable line for bench/run.sh: counts, rate and latency percentiles in ms.
function M.done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local function p(q)
    return latency:percentile(q) / 1000
  end
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f rps=%.3f mean_ms=%.3f p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f max_ms=%.3f"
      .. " non2xx=%d timeouts=%d connect=%d read=%d write=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency.mean / 1000, p(50), p(95), p(99),
    latency.max / 1000, e.status, e.timeout, e.connect, e.read, e.write))
  -- BENCH_LATENCY_FILE: the run's latencies as 1,000 quantiles ("microseconds weight" lines, each
  -- a thousandth of the requests), for bench/run.sh to pool several runs. (wrk's own histogram
  -- cannot be read from a script: this wrk answers an index with the index, as a string.)
  local file = os.getenv("BENCH_LATENCY_FILE")
  if file and file ~= "" then
    local f = assert(io.open(file, "w"))
    for i = 0, 999 do
      f:write(string.format("%d %.3f\n", latency:percentile((i + 1) / 10), summary.requests / 1000))
    end
    f:close()
  end
end

return M
