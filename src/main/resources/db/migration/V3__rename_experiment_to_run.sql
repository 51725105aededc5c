-- Each row is one run: one training of an experiment (the experiment is its spec JSON).
-- The tables say so, in the words the code and the pages use. Portable SQL (H2 and PostgreSQL).
ALTER TABLE experiment RENAME TO run;
ALTER INDEX experiment_created RENAME TO run_created;
ALTER TABLE run RENAME CONSTRAINT experiment_dataset TO run_dataset;
ALTER TABLE epoch_metric RENAME COLUMN experiment_id TO run_id;
