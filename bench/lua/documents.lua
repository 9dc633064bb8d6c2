-- POST /api/v1/documents with BENCH_BATCH (10,000) documents per call: 90% customer numbers of
-- the bench tenant (N1 .. N<BENCH_ROWS>, at random), 10% numbers nobody has; document ids unique
-- per run, thread and call.
local common = require("common")
local rows = tonumber(os.getenv("BENCH_ROWS") or "1000000")
local batch = tonumber(os.getenv("BENCH_BATCH") or "10000")
local prefix

init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6) + (id or 0) * 7919)
  prefix = common.prefix()
end

request = function()
  local call = common.next_id()
  local parts = {}
  for i = 1, batch do
    local number
    if math.random(1, 10) == 1 then
      number = "UNKNOWN-" .. math.random(1, 1e9)
    else
      number = "N" .. math.random(1, rows)
    end
    parts[i] = string.format('{"documentId":"%s-%d-%d","customerNumber":"%s"}', prefix, call, i, number)
  end
  local body = '{"documents":[' .. table.concat(parts, ",") .. "]}"
  return wrk.format("POST", "/api/v1/documents", common.headers("application/json"), body)
end

local thread_id = 0
setup = function(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

done = common.done
