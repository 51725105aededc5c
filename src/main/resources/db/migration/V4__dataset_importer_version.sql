-- Which version of the importer wrote an upload's stored column profile (dataset.columns, now the
-- whole profile as JSON). Rows from before have none: their profile is computed again from the
-- stored bytes the first time it is asked for. Portable SQL (H2 and PostgreSQL).
ALTER TABLE dataset ADD COLUMN importer_version INT;
