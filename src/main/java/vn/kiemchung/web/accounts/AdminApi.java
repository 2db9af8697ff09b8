package vn.kiemchung.web.accounts;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.accounts.ApiTokens;
import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.review.Assignment;
import vn.kiemchung.review.Department;
import vn.kiemchung.review.Departments;
import vn.kiemchung.web.AssessmentYears;
import vn.kiemchung.web.RequestRefusedException;

/** The admin's REST side: departments, accounts and which department supplies which component. */
@RestController
@RequestMapping("/api/v1/admin")
class AdminApi {

    private final Departments departments;
    private final Accounts accounts;
    private final ApiTokens tokens;

    private final AssessmentYears years;
    private final vn.kiemchung.evidence.EvidenceIntake intake;

    AdminApi(Departments departments, Accounts accounts, ApiTokens tokens, AssessmentYears years,
             vn.kiemchung.evidence.EvidenceIntake intake) {
        this.years = years;
        this.intake = intake;
        this.departments = departments;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** Disables an account (sign-in, sessions and API tokens stop) or enables it again. */
    @PostMapping("/accounts/{username}/{change:enable|disable}")
    Map<String, Object> enable(@PathVariable String username, @PathVariable String change, Principal admin) {
        accounts.setEnabled(username, change.equals("enable"), admin.getName());
        return Map.of("username", username, "enabled", change.equals("enable"));
    }

    /** Every account's API tokens that still work (never the secrets). */
    @GetMapping("/tokens")
    List<ApiTokens.OwnedToken> tokens() {
        return tokens.active();
    }

    /** Revokes anyone's token: a leaked one, or a departed officer's. */
    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revokeToken(@PathVariable long id, Principal admin) {
        tokens.revokeAsAdmin(admin.getName(), id);
        return ResponseEntity.noContent().build();
    }

    record NewAccount(String username, String password, String role, String department) {
        /** Never printed with its password (Spring logs request bodies at DEBUG). */
        @Override
        public String toString() {
            return "NewAccount[username=" + username + ", role=" + role + ", department=" + department + ", password hidden]";
        }
    }

    record NewAssignment(Integer year, String indicator, String department) {
    }

    @GetMapping("/departments")
    List<Department> departments() {
        return departments.all();
    }

    @PostMapping("/departments")
    ResponseEntity<Department> createDepartment(@RequestBody Department body, Principal user) {
        if (body == null) {
            throw RequestRefusedException.keyed(Reason.INVALID, "refusal.request.departmentFields");
        }
        return ResponseEntity.status(201).body(departments.create(body.code(), body.name(), user.getName()));
    }

    @GetMapping("/accounts")
    List<Accounts.Account> accounts() {
        return accounts.all();
    }

    @PostMapping("/accounts")
    ResponseEntity<Accounts.Account> createAccount(@RequestBody NewAccount body, Principal user) {
        if (body == null) {
            throw RequestRefusedException.keyed(Reason.INVALID, "refusal.request.accountFields");
        }
        return ResponseEntity.status(201)
                .body(accounts.create(body.username(), body.password(), body.role(), body.department(), user.getName()));
    }

    @GetMapping("/assignments")
    List<Assignment> assignments(@RequestParam int year) {
        return departments.assignments(year);
    }

    @PostMapping("/assignments")
    ResponseEntity<Assignment> assign(@RequestBody NewAssignment body, Principal user) {
        if (body == null || body.year() == null) {
            throw RequestRefusedException.keyed(Reason.INVALID, "refusal.request.assignmentFields");
        }
        years.requireComponents(body.year(), List.of(body.indicator() == null ? "" : body.indicator().strip()));
        return ResponseEntity.status(201).body(departments.assign(body.year(), body.indicator(), body.department(), user.getName()));
    }

    record DepartmentName(String name) {
    }

    record AccountChange(String role, String department) {
    }

    /** A department's new name (its code stays). */
    @PostMapping("/departments/{code}")
    Department renameDepartment(@PathVariable String code, @RequestBody(required = false) DepartmentName body, Principal user) {
        return departments.rename(code, body == null ? null : body.name(), user.getName());
    }

    /** Deletes a department that supplies no component and has no account (409 naming them otherwise). */
    @DeleteMapping("/departments/{code}")
    ResponseEntity<Void> deleteDepartment(@PathVariable String code, Principal user) {
        departments.delete(code, user.getName());
        return ResponseEntity.noContent().build();
    }

    /** Takes a component off the year's assignments while no file is filed under it. */
    @DeleteMapping("/assignments/{year}/{indicator}")
    ResponseEntity<Void> unassign(@PathVariable int year, @PathVariable String indicator, Principal user) {
        departments.unassign(year, indicator, user.getName());
        return ResponseEntity.noContent().build();
    }

    /** Someone's role and department (not one's own role; never the last admin's). */
    @PostMapping("/accounts/{username}")
    Accounts.Account changeAccount(@PathVariable String username, @RequestBody(required = false) AccountChange body,
                                   Principal user) {
        if (body == null) {
            throw RequestRefusedException.keyed(Reason.INVALID, "refusal.request.roleField");
        }
        return accounts.change(username, body.role(), body.department(), user.getName());
    }

    /** Deletes a dossier made by mistake, while it holds no file (409 otherwise). */
    @DeleteMapping("/dossiers/{id}")
    ResponseEntity<Void> deleteDossier(@PathVariable long id, Principal user) {
        intake.deleteEmptyDossier(id, user.getName());
        return ResponseEntity.noContent().build();
    }
}
