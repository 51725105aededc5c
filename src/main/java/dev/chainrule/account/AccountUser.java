package dev.chainrule.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person as Spring Security holds them: their account id comes along, so no lookup by name is needed. */
public class AccountUser extends User {
    private final long accountId;
    private final String displayName;

    AccountUser(Account account) {
        super(account.getName(), account.getPasswordHash(),
                List.of(new SimpleGrantedAuthority(account.isAdministrator() ? "ROLE_ADMIN" : "ROLE_USER")));
        this.accountId = account.getId();
        this.displayName = account.getName();
    }

    public Visitor visitor() {
        return Visitor.person(accountId, displayName);
    }
}
