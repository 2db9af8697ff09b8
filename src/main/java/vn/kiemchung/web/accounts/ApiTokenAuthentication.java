package vn.kiemchung.web.accounts;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by a personal API token: its name is the owner's username, its authority the owner's role. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final String username;
    private final long tokenId;

    ApiTokenAuthentication(String username, String role, long tokenId) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.username = username;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    /** Never the secret: only its id, for whoever needs to tell tokens apart. */
    @Override
    public Object getCredentials() {
        return null;
    }

    long tokenId() {
        return tokenId;
    }
}
