package dev.chainrule.account;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A person: a name (shown to others) and a password hash; no e-mail, as schools want. */
@Table
public class Account {
    @Id
    private Long id;
    private String name;
    private String nameKey;
    private String passwordHash;
    private boolean administrator;
    private Instant createdAt;

    protected Account() {
        // for Spring Data JDBC
    }

    Account(String name, String passwordHash, boolean administrator) {
        this.name = name;
        this.nameKey = AccountNames.key(name);
        this.passwordHash = passwordHash;
        this.administrator = administrator;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    String getPasswordHash() { return passwordHash; }
    public boolean isAdministrator() { return administrator; }
    public Instant getCreatedAt() { return createdAt; }

    public Visitor visitor() {
        return Visitor.person(id, name);
    }
}
