package dev.chainrule.classroom;

import dev.chainrule.account.Account;
import dev.chainrule.account.AccountException;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.LoginThrottle;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.ClassTables.ClassRow;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student who forgot their password (there is no e-mail to send a link to) gets a one-time code from
 * their teacher and sets a new password with it at {@code /reset}. The code is shown to the teacher
 * once and stored only as a hash (the password encoder's), works once, and expires after
 * {@link #VALID_FOR}. Wrong guesses count against the user name in the log-in throttle, so a code
 * cannot be guessed faster than a password.
 */
@Service
public class PasswordResetService {
    /** Long enough to be used at home after the lesson, short enough that a forgotten note is soon worthless. */
    public static final Duration VALID_FOR = Duration.ofHours(24);

    private record Reset(String codeHash, Instant expiresAt, Instant usedAt) {
    }

    private final ClassAccess access;
    private final ClassTables tables;
    private final AccountService accounts;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final JdbcTemplate jdbc;

    PasswordResetService(ClassAccess access, ClassTables tables, AccountService accounts, PasswordEncoder encoder,
            LoginThrottle throttle, JdbcTemplate jdbc) {
        this.access = access;
        this.tables = tables;
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.jdbc = jdbc;
    }

    /**
     * Makes a reset code for a student of the teacher's class, replacing any earlier one. Only for an
     * account made by joining this class: an account someone brought along is theirs alone, or anyone
     * could start a class, invite a person and take their account.
     *
     * @throws ClassroomException when the person is not a student here, or brought their own account
     */
    @Transactional
    public ResetCode start(Visitor teacher, long classId, long studentId) {
        ClassRow row = access.taught(teacher, classId);
        boolean madeHere = tables.membership(classId, studentId).orElseThrow(() -> new ClassroomException(
                "That person is not a student of this class (any more). Reload the page."));
        String name = accounts.find(studentId).map(Account::getName).orElseThrow(NoSuchClassException::new);
        if (!madeHere) {
            throw new ClassroomException(name + " joined \u201c" + row.name() + "\u201d with an account they already had,"
                    + " so only they can change its password (in the account menu, when logged in).");
        }
        String code = Codes.random(Codes.RESET_LENGTH);
        Instant now = Instant.now();
        Instant expires = now.plus(VALID_FOR);
        jdbc.update("DELETE FROM password_reset WHERE account_id = ?", studentId);
        jdbc.update("INSERT INTO password_reset (account_id, class_id, code_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                studentId, classId, encoder.encode(code), Timestamp.from(now), Timestamp.from(expires));
        return new ResetCode(code, name, expires);
    }

    /**
     * Sets a new password with a reset code. Nothing changes unless the name, the code and the new
     * password are all right; then the code is used up.
     *
     * @throws ClassroomException when the name and code do not go together, the code was used or expired,
     *                            or the name is locked after too many wrong tries
     * @throws AccountException   when the new password breaks a rule (the code stays usable)
     */
    @Transactional(noRollbackFor = ClassroomException.class)
    public void setPassword(String typedName, String typedCode, String newPassword) {
        String name = typedName == null ? "" : typedName.strip();
        throttle.lockedFor(name).ifPresent(d -> {
            throw new ClassroomException(LoginThrottle.message(d));
        });
        String code = Codes.normalise(typedCode);
        Codes.problem(code, Codes.RESET_LENGTH, "reset code").ifPresent(p -> {
            throw new ClassroomException(p);
        });
        Account account = accounts.findByName(name).orElse(null);
        Reset reset = account == null ? null : find(account.getId());
        if (reset == null || !encoder.matches(code, reset.codeHash())) {
            throttle.recordFailure(name);
            throw new ClassroomException("This user name and code do not go together. Check both, or ask your teacher"
                    + " for a new code.");
        }
        if (reset.usedAt() != null) {
            throw new ClassroomException("This code has been used already: each code works once. If you do not know"
                    + " your password, ask your teacher for a new code.");
        }
        if (!Instant.now().isBefore(reset.expiresAt())) {
            throw new ClassroomException("This code has expired: a code works for " + VALID_FOR.toHours()
                    + " hours. Ask your teacher for a new one.");
        }
        accounts.setPasswordAfterReset(account.getId(), newPassword);
        // the condition makes two tabs using one code at once change the password only once
        if (jdbc.update("UPDATE password_reset SET used_at = ? WHERE account_id = ? AND used_at IS NULL",
                Timestamp.from(Instant.now()), account.getId()) == 0) {
            throw new IllegalStateException("The reset code was used meanwhile");
        }
        throttle.recordSuccess(name);
    }

    private Reset find(long accountId) {
        List<Reset> found = jdbc.query("SELECT code_hash, expires_at, used_at FROM password_reset WHERE account_id = ?",
                (rs, i) -> new Reset(rs.getString("code_hash"), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()),
                accountId);
        return found.isEmpty() ? null : found.get(0);
    }
}
