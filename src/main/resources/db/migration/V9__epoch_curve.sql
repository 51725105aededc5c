-- The epochs a run's curves draw: every Nth of its history (N = CurveRows.stride of its planned epochs, so about
-- a thousand of any run), copied here as they are written. A comparison of fifty runs of 10,000 epochs reads
-- these 10,000 rows in all, clustered by run, instead of looking through 500,000. Runs stored before this
-- version have none here and are read from epoch_metric. Portable SQL: H2 and PostgreSQL.
CREATE TABLE epoch_curve (
    run_id              BIGINT           NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    epoch               INT              NOT NULL,
    train_loss          DOUBLE PRECISION,
    validation_loss     DOUBLE PRECISION,
    train_accuracy      DOUBLE PRECISION,
    validation_accuracy DOUBLE PRECISION,
    sample_prediction   DOUBLE PRECISION,
    gradient_norms      VARCHAR(4000),
    elapsed_ms          BIGINT           NOT NULL,
    PRIMARY KEY (run_id, epoch)
);
