package dev.chainrule.account;

import jakarta.annotation.PostConstruct;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up, passwords, and the first administrator.
 *
 * <p>Runs and datasets from before accounts existed go to the first administrator: the account
 * named by {@code chainrule.admin.name} and {@code chainrule.admin.password} (environment
 * {@code CHAINRULE_ADMIN_NAME}, {@code CHAINRULE_ADMIN_PASSWORD}), created at start-up when both
 * are set; without them, the first person to sign up becomes the administrator.
 */
@Service
public class AccountService implements UserDetailsService {
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordRules rules;
    private final String adminName;
    private final String adminPassword;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, PasswordRules rules,
            @Value("${chainrule.admin.name:}") String adminName,
            @Value("${chainrule.admin.password:}") String adminPassword) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.rules = rules;
        this.adminName = adminName;
        this.adminPassword = adminPassword;
    }

    @PostConstruct
    void createAdministratorFromSettings() {
        if (!adminName.isBlank() && !adminPassword.isBlank()) {
            createAdministrator();
        }
        adoptOwnerlessRows();
    }

    private void createAdministrator() {
        String name = AccountNames.clean(adminName);
        if (accounts.findByNameKey(AccountNames.key(name)).isEmpty()) {
            String problem = AccountNames.problem(name).or(() -> rules.problem(name, adminPassword)).orElse(null);
            if (problem != null) {
                throw new IllegalStateException("chainrule.admin.name/password: " + problem);
            }
            accounts.save(new Account(name, encoder.encode(adminPassword), true));
            log.info("Created the administrator account \"{}\" from settings", name);
        }
    }

    /**
     * Creates an account. The first account of a server without a configured administrator becomes
     * the administrator and receives the runs and datasets from before accounts.
     *
     * @throws AccountException naming what to change (name taken, too short, a common password, …)
     */
    @Transactional
    public Account signUp(String typedName, String password) {
        String name = AccountNames.clean(typedName);
        AccountNames.problem(name).ifPresent(p -> {
            throw new AccountException(AccountException.Field.NAME, p);
        });
        if (accounts.findByNameKey(AccountNames.key(name)).isPresent()) {
            throw new AccountException(AccountException.Field.NAME, "The name \u201c" + name + "\u201d is taken. Choose another one.");
        }
        rules.problem(name, password == null ? "" : password).ifPresent(p -> {
            throw new AccountException(AccountException.Field.PASSWORD, p);
        });
        boolean first = accounts.count() == 0;
        Account saved = accounts.save(new Account(name, encoder.encode(password), first));
        if (first) {
            adoptOwnerlessRows();
        }
        return saved;
    }

    /**
     * @throws AccountException when the current password is wrong or the new one breaks a rule
     * @throws SignInRequiredException for an anonymous visitor
     */
    @Transactional
    public void changePassword(Visitor visitor, String currentPassword, String newPassword) {
        Account account = accounts.findById(visitor.requireAccount()).orElseThrow(SignInRequiredException::new);
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException(AccountException.Field.CURRENT_PASSWORD, "The current password is not right. Type it again.");
        }
        rules.problem(account.getName(), newPassword == null ? "" : newPassword).ifPresent(p -> {
            throw new AccountException(AccountException.Field.PASSWORD, p);
        });
        accounts.updatePasswordHash(account.getId(), encoder.encode(newPassword));
    }

    /**
     * Sets a new password without asking for the current one: only for a one-time reset code that the
     * caller (a class's password reset) has checked. The password rules apply as at sign-up.
     *
     * @throws AccountException when the new password breaks a rule
     */
    @Transactional
    public void setPasswordAfterReset(long accountId, String newPassword) {
        Account account = accounts.findById(accountId).orElseThrow(SignInRequiredException::new);
        rules.problem(account.getName(), newPassword == null ? "" : newPassword).ifPresent(p -> {
            throw new AccountException(AccountException.Field.PASSWORD, p);
        });
        accounts.updatePasswordHash(accountId, encoder.encode(newPassword));
    }

    /** The account with this name, compared without case. */
    public Optional<Account> findByName(String name) {
        return accounts.findByNameKey(AccountNames.key(name));
    }

    public Optional<Account> find(long accountId) {
        return accounts.findById(accountId);
    }

    /** For Spring Security's log-in: the account by name, compared without case. */
    @Override
    public UserDetails loadUserByUsername(String name) {
        return accounts.findByNameKey(AccountNames.key(name)).map(AccountUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    private void adoptOwnerlessRows() {
        accounts.findFirstByAdministratorTrueOrderByIdAsc().ifPresent(admin -> {
            int runs = accounts.adoptOwnerlessRuns(admin.getId());
            int datasets = accounts.adoptOwnerlessDatasets(admin.getId());
            if (runs + datasets > 0) {
                log.info("{} runs and {} datasets from before accounts now belong to \"{}\"", runs, datasets,
                        admin.getName());
            }
        });
    }
}
