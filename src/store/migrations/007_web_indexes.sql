-- Indexes for the web console's nominations list (5,000+ rows; see bench/http).
-- The list's status filter is written `+status IN (...)` so the planner walks these in ORDER BY
-- order instead of sorting every draft and submission picked through nominations_status_province.

-- Page 1 of "everything, most recently updated first" reads 100 index entries, not 5,000 rows.
CREATE INDEX nominations_recent ON nominations (updated_at DESC, id);
-- The same order within one province (the province filter, a provincial coordinator's scope).
CREATE INDEX nominations_province_recent ON nominations (province, updated_at DESC, id);
-- Per-province statistics totals without parsing each row's JSON: the index stores the two
-- values the charts sum (the form's annual_output_value and employees fields, see src/service.ts),
-- so the totals query is answered from the index alone. The expressions must stay byte-for-byte
-- the ones fieldTotalsByProvince (src/store/nomination-queries.ts) builds, or SQLite will not use them.
CREATE INDEX nominations_statistics ON nominations (
  province,
  status,
  json_extract(fields, '$."annual_output_value".value'),
  json_extract(fields, '$."employees".value')
);
