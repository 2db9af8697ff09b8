package vn.kiemchung.review;

import vn.kiemchung.platform.Refusal.Reason;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.accounts.DepartmentDirectory;
import vn.kiemchung.trail.TrailEntry;

/** The province's departments and which components each one supplies, per assessment year. */
@Service
public class Departments implements DepartmentDirectory {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,50}");
    private static final Pattern INDICATOR = Pattern.compile("[0-9A-Za-z]{1,4}(\\.[0-9A-Za-z]{1,4}){0,3}");

    private final ReviewRecords records;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    Departments(ReviewRecords records, Accounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.records = records;
        this.events = events;
    }

    public List<Department> all() {
        return records.departments();
    }

    @Override
    public boolean exists(String code) {
        return find(code).isPresent();
    }

    public Optional<Department> find(String code) {
        return code == null ? Optional.empty() : records.department(code);
    }

    @Transactional
    public Department create(String code, String name, String actor) {
        if (code == null || !CODE.matcher(code.strip()).matches() || name == null || name.isBlank()) {
            throw new ReviewRefusedException(Reason.INVALID, "refusal.department.invalid");
        }
        if (records.department(code.strip()).isPresent()) {
            throw new ReviewRefusedException(Reason.CONFLICT, "refusal.department.exists", code);
        }
        records.insertDepartment(code.strip(), name.strip());
        events.publishEvent(new TrailEntry(actor, "DEPARTMENT_CREATED", null, null, null, null, null, code.strip(), name.strip()));
        return new Department(code.strip(), name.strip());
    }

    @Transactional
    public Assignment assign(int year, String indicatorCode, String department, String actor) {
        String code = indicatorCode == null ? "" : indicatorCode.strip();
        if (!INDICATOR.matcher(code).matches() || year < 2020 || year > 2100) {
            throw new ReviewRefusedException(Reason.INVALID, "refusal.assignment.invalid");
        }
        if (records.department(department).isEmpty()) {
            throw new ReviewRefusedException(Reason.INVALID, "department.unknown", department);
        }
        String before = records.supplier(year, code).orElse(null);
        records.assign(year, code, department);
        events.publishEvent(new TrailEntry(actor, "COMPONENT_ASSIGNED", null, null, code, null, before, department, "year " + year));
        return new Assignment(year, code, department);
    }

    public List<Assignment> assignments(int year) {
        return records.assignments(year);
    }

    public Optional<String> supplierOf(int year, String indicatorCode) {
        return records.supplier(year, indicatorCode);
    }

    public Set<String> componentsOf(int year, String department) {
        return records.assignments(year).stream().filter(a -> a.department().equals(department))
                .map(Assignment::indicatorCode).collect(Collectors.toSet());
    }

    /** A new name for a department; its code, which accounts and assignments refer to, stays. */
    @Transactional
    public Department rename(String code, String name, String actor) {
        Department before = records.department(code).orElseThrow(() -> refused(Reason.NOT_FOUND, "department.unknown", code));
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw refused(Reason.INVALID, "department.nameRequired");
        }
        String after = name.strip();
        records.renameDepartment(code, after);
        events.publishEvent(new TrailEntry(actor, "DEPARTMENT_RENAMED", null, null, null, null, clip(before.name()), clip(after), code));
        return new Department(code, after);
    }

    /**
     * Deletes a department that supplies nothing and has no account: refused (409) naming what still
     * uses it (its components year by year, its accounts), which the admin moves first.
     */
    @Transactional
    public void delete(String code, String actor) {
        Department d = records.department(code).orElseThrow(() -> refused(Reason.NOT_FOUND, "department.unknown", code));
        List<String> supplies = records.assignmentsOf(code);
        List<String> accounts = this.accounts.usernamesIn(code);
        if (!supplies.isEmpty() || !accounts.isEmpty()) {
            throw refused(Reason.CONFLICT, "department.deleteInUse", d.name(),
                    supplies.isEmpty() ? "—" : String.join("; ", supplies),
                    accounts.isEmpty() ? "—" : String.join(", ", accounts));
        }
        records.deleteDepartment(code);
        events.publishEvent(new TrailEntry(actor, "DEPARTMENT_DELETED", null, null, null, null, clip(d.name()), null, code));
    }

    /**
     * Takes a component off the year's assignments; refused (409) while files of that year's dossiers sit
     * under it (assign it to another department instead, which keeps them).
     */
    @Transactional
    public void unassign(int year, String indicatorCode, String actor) {
        String department = records.supplier(year, indicatorCode)
                .orElseThrow(() -> refused(Reason.NOT_FOUND, "assignment.unknown", indicatorCode, String.valueOf(year)));
        int files = records.filesUnder(year, indicatorCode);
        if (files > 0) {
            throw refused(Reason.CONFLICT, "assignment.deleteInUse", indicatorCode, String.valueOf(year), String.valueOf(files));
        }
        records.unassign(year, indicatorCode);
        events.publishEvent(new TrailEntry(actor, "COMPONENT_UNASSIGNED", null, null, indicatorCode, null, department, null, "year " + year));
    }

    private static String clip(String s) {
        return s == null || s.length() <= 100 ? s : s.substring(0, 99) + "…";
    }

    static ReviewRefusedException refused(Reason reason, String key, Object... args) {
        return new ReviewRefusedException(reason, key, args);
    }
}
