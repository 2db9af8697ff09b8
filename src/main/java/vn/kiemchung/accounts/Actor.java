package vn.kiemchung.accounts;

/** The signed-in person or script on whose behalf an action is taken. */
public record Actor(String username, Role role, String department) {

    public boolean isOfficer() {
        return role == Role.DEPARTMENT_OFFICER;
    }

    /** Coordinators (and admins, who keep the province running) see and decide on the whole province. */
    public boolean reviews() {
        return role == Role.COORDINATOR || role == Role.ADMIN;
    }
}
