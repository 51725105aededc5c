-- A run's final weights as bytes: the doubles little-endian after a small header of layer shapes
-- (dev.chainrule.run.FinalWeightsCodec), about 8 bytes a parameter instead of ~20 characters of
-- JSON in final_weights, so that the largest network the server accepts fits. Runs stored before
-- keep their JSON in final_weights, which is still read. Portable SQL (H2 and PostgreSQL).
ALTER TABLE run ADD COLUMN final_weights_bin BYTEA;
