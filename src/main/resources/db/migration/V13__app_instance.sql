-- More than one server (issue #15): every app instance on one database registers here and writes its heartbeat
-- every second; a run records the instance that trains it, so the others can tell when that instance has died and
-- mark its runs interrupted. Times are the database's own clock (CURRENT_TIMESTAMP) and WITH TIME ZONE, so that
-- instances on machines with other clocks or time zones compare the same instants. Portable SQL (H2 and PostgreSQL).
CREATE TABLE app_instance (
    id           VARCHAR(36)              PRIMARY KEY, -- a random UUID, new at each start
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- No foreign key: an instance's row goes when it stops, the runs it trained stay and keep the id they trained on.
-- Null for runs from before this migration and for imported runs, which nothing trains.
ALTER TABLE run ADD COLUMN instance_id VARCHAR(36);
-- the sweep looks for active runs, a handful among all the runs ever trained
CREATE INDEX run_status_instance ON run (status, instance_id);
