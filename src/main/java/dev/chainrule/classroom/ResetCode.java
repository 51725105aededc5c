package dev.chainrule.classroom;

import java.time.Instant;

/** A one-time password reset code, shown to the teacher once: only its hash is kept. */
public record ResetCode(String code, String studentName, Instant expiresAt) {
}
