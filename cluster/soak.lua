-- Mixed load for cluster/soak.sh: per ten requests, six single routings, three directory searches
-- and one batch of 50 documents, all as the demo editor (HTTP Basic).
local auth = "Basic " .. "ZGVtby1lZGl0b3I6ZGVtby1wYXNzd29yZA=="  -- demo-editor:demo-password
local counter = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

local function batch()
  local parts = {}
  for i = 1, 50 do
    parts[#parts + 1] = string.format(
      '{"documentId":"SOAK-%d-%d-%d","customerNumber":"SOAK-NOBODY-%d"}', tid, counter, i, i)
  end
  return '{"documents":[' .. table.concat(parts, ",") .. ']}'
end

function request()
  counter = counter + 1
  local kind = counter % 10
  local headers = { ["Authorization"] = auth, ["Accept"] = "application/json",
                    ["Content-Type"] = "application/json" }
  if kind < 6 then
    local body = string.format('{"documentId":"SOAK-T-%d-%d","customerNumber":"A-100"}', tid, counter)
    return wrk.format("POST", "/api/v1/routing/test", headers, body)
  elseif kind < 9 then
    return wrk.format("GET", "/api/v1/customers?q=A-1*&size=20", headers)
  else
    return wrk.format("POST", "/api/v1/documents", headers, batch())
  end
end

local errors = 0
function response(status, headers, body)
  if status >= 400 then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("SOAK requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p99_ms=%.1f non2xx=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
