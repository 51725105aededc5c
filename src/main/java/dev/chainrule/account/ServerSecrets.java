package dev.chainrule.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Random secrets made once and kept in the database, so that they survive a restart and every
 * instance of the server uses the same one (a remember-me cookie signed by one instance is good on
 * another).
 */
@Component
public class ServerSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcTemplate jdbc;

    ServerSecrets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The secret of this name, made (256 random bits) the first time it is asked for. */
    public String get(String name) {
        List<String> found = jdbc.queryForList("SELECT secret FROM server_secret WHERE name = ?", String.class, name);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        try {
            jdbc.update("INSERT INTO server_secret (name, secret) VALUES (?, ?)", name,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
            // fall through and read theirs
        }
        return jdbc.queryForObject("SELECT secret FROM server_secret WHERE name = ?", String.class, name);
    }
}
