-- POST /api/v1/routing/test: one document reference per call with a customer number of the
-- bench tenant, N1 .. N<BENCH_DRAW>, drawn at random (BENCH_DRAW defaults to BENCH_ROWS, all the
-- tenant's customers). Auth from BENCH_AUTH (API key or Basic); paced when BENCH_DELAY_MS is set.
local common = require("common")
local rows = tonumber(os.getenv("BENCH_DRAW") or os.getenv("BENCH_ROWS") or "1000000")
local prefix

init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6) + (id or 0) * 7919)
  prefix = common.prefix()
  common.install_delay()
end

request = function()
  local body = string.format('{"documentId":"%s-%d","customerNumber":"N%d"}',
    prefix, common.next_id(), math.random(1, rows))
  return wrk.format("POST", "/api/v1/routing/test", common.headers("application/json"), body)
end

local thread_id = 0
setup = function(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

done = common.done
