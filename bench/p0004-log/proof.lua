-- proof.lua: wrk script, GET /log/bukti-inklusi for random indices.
local size = tonumber(os.getenv("SIZE"))
math.randomseed(os.time())
request = function()
	return wrk.format("GET", "/log/bukti-inklusi?indeks=" ..
	    math.random(0, size - 1) .. "&ukuran=" .. size)
end
