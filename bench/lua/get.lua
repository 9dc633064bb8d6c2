-- GET of BENCH_PATH (a query string included) with BENCH_AUTH; paced when BENCH_DELAY_MS is set.
local common = require("common")
local path = os.getenv("BENCH_PATH") or "/health/live"

init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6) + (id or 0) * 7919)
  common.install_delay()
end

request = function()
  return wrk.format("GET", path, common.headers(nil), nil)
end

local thread_id = 0
setup = function(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

done = common.done
