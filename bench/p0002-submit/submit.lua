-- submit.lua: wrk script for bench/p0002-submit: every request is a new
-- application for KPG-02 (Surat Keterangan Domisili Penduduk) with three
-- small PDFs, as multipart/form-data, by one of the signed-in citizens.
-- Each thread uses its own Bearer token and writes the nomor of every
-- 201 response to OUTDIR/nomor-<thread>.txt.
--
-- wrk -s submit.lua URL -- TOKENFILE OUTDIR

local threads = {}
local counter = 0

function setup(thread)
	thread:set("tid", #threads + 1)
	table.insert(threads, thread)
end

local token, out, boundary, salt

-- tid is the global setup() gave this thread
function init(args)
	tid = tonumber(tid)
	local toks = {}
	for line in io.lines(args[1]) do
		if line ~= "" then table.insert(toks, line) end
	end
	token = toks[(tid - 1) % #toks + 1]
	out = assert(io.open(args[2] .. "/nomor-" .. tid .. ".txt", "a"))
	-- several wrk at once (one per app server) write to their own
	-- OUTDIR: its name keeps their idempotency keys apart
	salt = args[2]:gsub("[^%w]", "")
	boundary = "----pamongbench" .. tid
	math.randomseed(os.time() + tid * 7919)
end

-- A tiny valid PDF whose text (and so SHA-256) is unique.
local function pdf(text)
	local objs = {
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>",
	}
	local s = "%PDF-1.4\n%" .. text .. "\n"
	local offs = {}
	for i, o in ipairs(objs) do
		offs[i] = #s
		s = s .. i .. " 0 obj\n" .. o .. "\nendobj\n"
	end
	local xref = #s
	s = s .. "xref\n0 " .. (#objs + 1) .. "\n0000000000 65535 f \n"
	for _, o in ipairs(offs) do
		s = s .. string.format("%010d 00000 n \n", o)
	end
	return s .. "trailer\n<< /Size " .. (#objs + 1) .. " /Root 1 0 R >>\n" ..
	    "startxref\n" .. xref .. "\n%%EOF\n"
end

local function field(name, value)
	return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" ..
	    name .. "\"\r\n\r\n" .. value .. "\r\n"
end

local function file(name, filename, data)
	return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" ..
	    name .. "\"; filename=\"" .. filename ..
	    "\"\r\nContent-Type: application/pdf\r\n\r\n" .. data .. "\r\n"
end

function request()
	counter = counter + 1
	local key = string.format("b%d-%d-%d-%s", tid, counter,
	    math.random(1, 2147483647), salt:sub(-24))
	local body = field("layanan", "KPG-02") ..
	    field("wilayah", "14.08.01.1001") ..
	    field("kunci_idempoten", key) ..
	    field("isian.keperluan", "Uji beban pengajuan permohonan") ..
	    field("isian.alamat", "Jl. Sultan Syarif Kasim No. " .. counter) ..
	    field("isian.rt_rw", "002/003") ..
	    field("isian.lama_tinggal", "4") ..
	    field("isian.status_tinggal", "Milik sendiri") ..
	    file("berkas.ktp_el", "ktp.pdf", pdf("ktp " .. key)) ..
	    file("berkas.kartu_keluarga", "kk.pdf", pdf("kk " .. key)) ..
	    file("berkas.surat_pengantar_rt_rw", "pengantar.pdf",
	        pdf("rt " .. key)) ..
	    "--" .. boundary .. "--\r\n"
	return wrk.format("POST", "/api/v1/permohonan", {
		["Authorization"] = "Bearer " .. token,
		["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
	}, body)
end

function response(status, headers, body)
	if status == 201 then
		local nomor = body:match('"nomor"%s*:%s*"([^"]+)"')
		if nomor then
			out:write(nomor, "\n")
			out:flush()
		end
	end
end
