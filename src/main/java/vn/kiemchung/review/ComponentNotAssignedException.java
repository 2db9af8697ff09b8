package vn.kiemchung.review;

/** A department officer acted on a component their department does not supply. */
class ComponentNotAssignedException extends ReviewRefusedException {
    public ComponentNotAssignedException(String indicatorCode) {
        super(403, "Chỉ số " + indicatorCode + " không được giao cho đơn vị của bạn.",
                "Component " + indicatorCode + " is not assigned to your department.");
    }
}
