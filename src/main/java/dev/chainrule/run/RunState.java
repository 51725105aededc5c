package dev.chainrule.run;

/**
 * Where a run is, as the database says ({@link RunService#stateOf}): its status, its message once it has ended, and
 * the app instance that trains it ({@link AppInstances}; null for imported and older runs).
 */
public record RunState(RunStatus status, String message, String instanceId) {
}
