package vn.kiemchung.accounts;

/**
 * What accounts need to know of departments, answered by the module that keeps them (review): an
 * officer's account names a department that exists.
 */
public interface DepartmentDirectory {

    boolean exists(String code);
}
