package vn.kiemchung.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Accounts kept in the database with BCrypt password hashes. */
@Service
class Accounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    Accounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
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

    boolean none() {
        return jdbc.sql("select count(*) from app_user").query(Integer.class).single() == 0;
    }

    void create(String username, String rawPassword, String role, String department) {
        jdbc.sql("insert into app_user (username, password_hash, role, department) values (?, ?, ?, ?)")
                .params(username, encoder.encode(rawPassword), role, department).update();
    }
}
