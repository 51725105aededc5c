package dev.chainrule.cli;

/** Exit codes of the headless commands (docs/FORMATS.md in the project). */
final class ExitCodes {
    static final int OK = 0;
    static final int OTHER = 1;
    static final int BAD_INPUT = 2;
    static final int DIVERGED = 3;

    private ExitCodes() {
    }
}
