package vn.kiemchung.review;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The province's departments and which components each one supplies, per assessment year. */
@Service
public class Departments {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,50}");
    private static final Pattern INDICATOR = Pattern.compile("[0-9A-Za-z]{1,4}(\\.[0-9A-Za-z]{1,4}){0,3}");

    private final ReviewRecords records;
    private final AuditTrail trail;

    Departments(ReviewRecords records, AuditTrail trail) {
        this.records = records;
        this.trail = trail;
    }

    public List<Department> all() {
        return records.departments();
    }

    public Optional<Department> find(String code) {
        return code == null ? Optional.empty() : records.department(code);
    }

    @Transactional
    public Department create(String code, String name, String actor) {
        if (code == null || !CODE.matcher(code.strip()).matches() || name == null || name.isBlank()) {
            throw new ReviewRefusedException(400, "Cần mã đơn vị (chữ, số, -_.) và tên đơn vị.",
                    "A department needs a code (letters, digits, -_.) and a name.");
        }
        if (records.department(code.strip()).isPresent()) {
            throw new ReviewRefusedException(409, "Đơn vị " + code + " đã có.", "Department " + code + " exists already.");
        }
        records.insertDepartment(code.strip(), name.strip());
        trail.record(actor, "DEPARTMENT_CREATED", null, null, null, null, null, code.strip(), name.strip());
        return new Department(code.strip(), name.strip());
    }

    @Transactional
    public Assignment assign(int year, String indicatorCode, String department, String actor) {
        String code = indicatorCode == null ? "" : indicatorCode.strip();
        if (!INDICATOR.matcher(code).matches() || year < 2020 || year > 2100) {
            throw new ReviewRefusedException(400, "Năm hoặc mã chỉ số không hợp lệ.", "Invalid year or indicator code.");
        }
        if (records.department(department).isEmpty()) {
            throw new ReviewRefusedException(400, "Không có đơn vị " + department + ".", "No department " + department + ".");
        }
        String before = records.supplier(year, code).orElse(null);
        records.assign(year, code, department);
        trail.record(actor, "COMPONENT_ASSIGNED", null, null, code, null, before, department, "year " + year);
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
}
