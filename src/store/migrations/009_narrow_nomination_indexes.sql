-- Every answer in a nomination dialog rewrites its row's `fields` and `updated_at`, and with them
-- every index that holds either column: fewer indexes hold them now.

-- The console's list, most recently updated first, walked in order (migration 007) through one
-- index instead of two: a field write moves the row's entry in each index that orders by
-- updated_at. The province and status of each entry are in the index, so a province's or a
-- status's page is read from the walk (src/store/nomination-queries.ts, `where` with `inOrder`)
-- without fetching the other provinces' rows.
DROP INDEX nominations_province_recent;
DROP INDEX nominations_recent;
CREATE INDEX nominations_recent ON nominations (updated_at DESC, id, province, status);

-- A person's drafts are a handful, sorted in memory: the owner index stops at status, so a field
-- write no longer moves its entry.
DROP INDEX nominations_owner;
CREATE INDEX nominations_owner ON nominations (owner_platform, owner_id, status);

-- The statistics index (migration 007) indexed two expressions over `fields`, so every field write
-- rewrote it. It now indexes two columns holding those values, which the triggers below change
-- only when one of the two values changes. fieldTotalsByProvince (src/store/nomination-queries.ts)
-- reads these columns for these two fields.
ALTER TABLE nominations ADD COLUMN stat_annual_output_value;
ALTER TABLE nominations ADD COLUMN stat_employees;
UPDATE nominations SET
  stat_annual_output_value = json_extract(fields, '$."annual_output_value".value'),
  stat_employees = json_extract(fields, '$."employees".value');

CREATE TRIGGER nominations_statistics_update AFTER UPDATE OF fields ON nominations
WHEN json_extract(new.fields, '$."annual_output_value".value') IS NOT new.stat_annual_output_value
  OR json_extract(new.fields, '$."employees".value') IS NOT new.stat_employees
BEGIN
  UPDATE nominations SET
    stat_annual_output_value = json_extract(new.fields, '$."annual_output_value".value'),
    stat_employees = json_extract(new.fields, '$."employees".value')
  WHERE rowid = new.rowid;
END;

-- A row inserted with values (createNomination inserts none) goes through the trigger above.
CREATE TRIGGER nominations_statistics_insert AFTER INSERT ON nominations
WHEN new.fields <> '{}'
BEGIN
  UPDATE nominations SET fields = new.fields WHERE rowid = new.rowid;
END;

DROP INDEX nominations_statistics;
CREATE INDEX nominations_statistics ON nominations (province, status, stat_annual_output_value, stat_employees);
