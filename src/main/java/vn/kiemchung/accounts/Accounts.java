package vn.kiemchung.accounts;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.trail.TrailEntry;

/** Accounts kept in the database with BCrypt password hashes, each with a role and, for officers, a department. */
@Service
public class Accounts implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@-]{2,100}");

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ObjectProvider<DepartmentDirectory> departments;
    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;

    /** The departments are asked when an account is saved (their module needs accounts in turn, hence the provider). */
    Accounts(JdbcClient jdbc, PasswordEncoder encoder, ObjectProvider<DepartmentDirectory> departments,
             ApplicationEventPublisher events, SignInThrottle throttle) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.departments = departments;
        this.events = events;
        this.throttle = throttle;
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    /** Enabled accounts with the role, by username. */
    public List<String> enabledWith(Role role) {
        return jdbc.sql("select username from app_user where role = ? and enabled order by username").param(role.name())
                .query(String.class).list();
    }

    /** The enabled officers of a department, by username. */
    public List<String> enabledOfficersOf(String department) {
        return jdbc.sql("""
                select username from app_user where role = 'DEPARTMENT_OFFICER' and department = ? and enabled
                order by username""").param(department).query(String.class).list();
    }

    /** Every account of a department, enabled or not, by username. */
    public List<String> usernamesIn(String department) {
        return jdbc.sql("select username from app_user where department = ? order by username").param(department)
                .query(String.class).list();
    }

    public boolean isEnabled(String username) {
        return jdbc.sql("select count(*) from app_user where username = ? and enabled").param(username).query(Integer.class)
                .single() > 0;
    }

    /** Where a person's notifications are e-mailed: their address while their account is enabled. */
    public Optional<String> mailAddress(String username) {
        return isEnabled(username) ? email(username) : Optional.empty();
    }

    /** The address notifications are e-mailed to, if the person gave one. */
    public Optional<String> email(String username) {
        return jdbc.sql("select email from app_user where username = ?").param(username).query(String.class).optional()
                .filter(e -> e != null && !e.isBlank());
    }

    /** Someone sets (or, blank, removes) the address their notifications are e-mailed to. */
    @Transactional
    public void setEmail(String username, String email) {
        String value = email == null || email.isBlank() ? null : email.strip();
        if (value != null && (value.length() > 320 || !EMAIL.matcher(value).matches())) {
            throw AccountRefusedException.keyed(Reason.INVALID, "account.email.invalid", value);
        }
        String before = email(username).orElse(null);
        jdbc.sql("update app_user set email = ? where username = ?").params(value, username).update();
        events.publishEvent(new TrailEntry(username, "ACCOUNT_EMAIL_CHANGED", null, null, null, null, before, value, username));
    }

    /** An account as the admin page lists it (never the hash). */
    public record Account(String username, String role, String department, boolean enabled) {
    }

    /** What every request checks about its account (see CurrentAccountFilter). */
    public record State(String username, String role, boolean enabled, boolean mustChangePassword) {
    }

    public Optional<State> state(String username) {
        return jdbc.sql("select username, role, enabled, must_change_password from app_user where username = ?").param(username)
                .query((rs, n) -> new State(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4))).optional();
    }

    /**
     * Someone changes their own password, proving the current one. Clears a forced change (after an
     * admin reset, or the bootstrap password).
     */
    @Transactional
    public void changePassword(String username, String current, String next) {
        String hash = jdbc.sql("select password_hash from app_user where username = ?").param(username)
                .query(String.class).optional().orElseThrow(() -> new UsernameNotFoundException(username));
        // Guessing the current password here counts like guessing it at the login.
        throttle.locked(username, null).ifPresent(left -> {
            throw refused(Reason.TOO_MANY_ATTEMPTS, "account.tooManyWrongPasswords",
                    String.valueOf(Math.max(1, (left.toSeconds() + 59) / 60)));
        });
        if (current == null || !encoder.matches(current, hash)) {
            boolean locked = throttle.failed(username, null);
            events.publishEvent(new TrailEntry(username, locked ? "SIGN_IN_LOCKED" : "SIGN_IN_FAILED", null, null, null, null, null, null,
                    "password change"));
            throw refused(Reason.INVALID, "account.wrongCurrentPassword");
        }
        if (next != null && next.equals(current)) {
            throw refused(Reason.INVALID, "account.samePassword");
        }
        PasswordPolicy.check(username, next);
        jdbc.sql("update app_user set password_hash = ?, must_change_password = false, password_changed_at = now() where username = ?")
                .params(encoder.encode(next), username).update();
        events.publishEvent(new TrailEntry(username, "PASSWORD_CHANGED", null, null, null, null, null, null, username));
    }

    /** The admin sets a new password for someone, who must change it at their next sign-in. */
    @Transactional
    public void resetPassword(String username, String next, String admin) {
        PasswordPolicy.check(username, next);
        int changed = jdbc.sql("update app_user set password_hash = ?, must_change_password = true, password_changed_at = now() "
                        + "where username = ?").params(encoder.encode(next), username).update();
        if (changed == 0) {
            throw refused(Reason.NOT_FOUND, "account.unknown", username);
        }
        events.publishEvent(new TrailEntry(admin, "PASSWORD_RESET", null, null, null, null, null, null, username));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, role, enabled from app_user where username = ?")
                .param(username)
                .query((rs, n) -> User.withUsername(rs.getString(1)).password(rs.getString(2))
                        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + rs.getString(3))))
                        .disabled(!rs.getBoolean(4)).build())
                .optional().orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The signed-in account as the review module knows it. */
    public Actor actor(Principal principal) {
        record Row(Actor actor, boolean enabled) {
        }
        Row row = jdbc.sql("select username, role, department, enabled from app_user where username = ?").param(principal.getName())
                .query((rs, n) -> new Row(new Actor(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3)), rs.getBoolean(4)))
                .optional().orElseThrow(() -> new UsernameNotFoundException(principal.getName()));
        // A session opened before the admin disabled the account stops at its next request.
        if (!row.enabled()) {
            throw refused(Reason.NOT_ALLOWED, "account.disabled", principal.getName());
        }
        return row.actor();
    }

    /**
     * The admin disables an account (someone who left: they can no longer sign in, and their API
     * tokens and open sessions stop) or enables it again. An admin cannot disable their own account.
     */
    @Transactional
    public void setEnabled(String username, boolean enabled, String admin) {
        if (!enabled && username.equals(admin)) {
            throw refused(Reason.CONFLICT, "account.ownDisable");
        }
        int changed = jdbc.sql("update app_user set enabled = ? where username = ? and enabled <> ?")
                .params(enabled, username, enabled).update();
        if (changed == 0 && jdbc.sql("select count(*) from app_user where username = ?").param(username)
                .query(Integer.class).single() == 0) {
            throw refused(Reason.NOT_FOUND, "account.unknown", username);
        }
        if (changed > 0) {
            events.publishEvent(new TrailEntry(admin, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", null, null, null, null,
                    String.valueOf(!enabled), String.valueOf(enabled), username));
        }
    }

    /** One account by its exact username, whether enabled or not. */
    public Optional<Account> find(String username) {
        return jdbc.sql("select username, role, department, enabled from app_user where username = ?").param(username)
                .query((rs, n) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).optional();
    }

    public boolean none() {
        return jdbc.sql("select count(*) from app_user").query(Integer.class).single() == 0;
    }

    public List<Account> all() {
        return jdbc.sql("select username, role, department, enabled from app_user order by username")
                .query((rs, n) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).list();
    }

    public void create(String username, String rawPassword, String role, String department) {
        create(username, rawPassword, role, department, false);
    }

    public void create(String username, String rawPassword, String role, String department, boolean mustChangePassword) {
        jdbc.sql("insert into app_user (username, password_hash, role, department, must_change_password) values (?, ?, ?, ?, ?)")
                .params(username, encoder.encode(rawPassword), role, department, mustChangePassword).update();
    }

    /** The admin creates an account; an officer must belong to an existing department. */
    @Transactional
    public Account create(String username, String rawPassword, String roleName, String department, String admin) {
        Role role = Role.of(roleName);
        String dept = department == null || department.isBlank() ? null : department.strip();
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw refused(Reason.INVALID, "account.usernameInvalid");
        }
        PasswordPolicy.check(username, rawPassword);
        if (role == Role.DEPARTMENT_OFFICER && (dept == null || !departments.getObject().exists(dept))) {
            throw refused(Reason.INVALID, "account.officerNeedsExistingDepartment");
        }
        if (jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Integer.class).single() > 0) {
            throw refused(Reason.CONFLICT, "account.exists", username);
        }
        create(username, rawPassword, role.name(), dept);
        events.publishEvent(new TrailEntry(admin, "ACCOUNT_CREATED", null, null, null, null, null, role.name(),
                username + (dept == null ? "" : " @ " + dept)));
        return new Account(username, role.name(), dept, true);
    }

    /**
     * The admin changes someone's role and department. Refused (409): one's own role (another admin does
     * it), and taking the admin role from the last enabled admin. An officer needs an existing department.
     */
    @Transactional
    public Account change(String username, String roleName, String department, String admin) {
        Account before = find(username).orElseThrow(() -> refused(Reason.NOT_FOUND, "account.unknown", username));
        Role role = Role.of(roleName);
        String dept = department == null || department.isBlank() ? null : department.strip();
        if (dept != null && !departments.getObject().exists(dept)) {
            throw refused(Reason.INVALID, "account.departmentUnknown", dept);
        }
        if (role == Role.DEPARTMENT_OFFICER && dept == null) {
            throw refused(Reason.INVALID, "account.officerNeedsDepartment", username);
        }
        if (username.equals(admin) && !role.name().equals(before.role())) {
            throw refused(Reason.CONFLICT, "account.ownRole");
        }
        if (Role.ADMIN.name().equals(before.role()) && role != Role.ADMIN && before.enabled()
                && jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled").query(Integer.class).single() <= 1) {
            throw refused(Reason.CONFLICT, "account.lastAdmin", username);
        }
        if (role.name().equals(before.role()) && java.util.Objects.equals(dept, before.department())) {
            return before;
        }
        jdbc.sql("update app_user set role = ?, department = ? where username = ?").params(role.name(), dept, username).update();
        events.publishEvent(new TrailEntry(admin, "ACCOUNT_CHANGED", null, null, null, null,
                before.role() + (before.department() == null ? "" : " @ " + before.department()),
                role.name() + (dept == null ? "" : " @ " + dept), username));
        return new Account(username, role.name(), dept, before.enabled());
    }

    private static AccountRefusedException refused(Reason reason, String key, Object... args) {
        return AccountRefusedException.keyed(reason, key, args);
    }
}
