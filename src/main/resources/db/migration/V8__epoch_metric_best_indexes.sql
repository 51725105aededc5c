-- A run's best validation loss and accuracy, and the first epoch that reached each, read from one index entry
-- instead of every epoch of the run: a comparison of fifty runs of 10,000 epochs shows them without reading
-- half a million rows (EpochHistory.summary). Portable SQL: H2 and PostgreSQL.
CREATE INDEX epoch_metric_validation_loss ON epoch_metric (run_id, validation_loss, epoch);
CREATE INDEX epoch_metric_validation_accuracy ON epoch_metric (run_id, validation_accuracy DESC, epoch);
