-- 0060-akun-kampung: the kampung/kelurahan a citizen names at sign-up
-- (issue 19 item 8): a wilayah code of level 'desa' in Kabupaten Siak
-- ("14.08.01.1001"), checked by the akun module; NULL when not named.
-- Application and complaint forms preselect it.
ALTER TABLE account ADD COLUMN kampung_code TEXT;
