package vn.kiemchung.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of decision table an expert may write, one per kind of check. A kind fixes the table's
 * columns (their headings and the type of value each holds) and its rule template
 * ({@code src/main/resources/vn/kiemchung/rules/tables/<id>.drl}); both are the project's code,
 * changed through the repository. An expert's table names its kind and carries values only.
 */
public enum TableKind {

    /** Who heads the steering committee (component 1.1). */
    COMMITTEE_HEAD("committee-head", List.of(
            Column.text("name", "Yêu cầu / requirement (tên luật / rule name)", true),
            Column.component(),
            Column.keywords("textMentionsNoneOf", "Văn bản KHÔNG nhắc tới (ngăn bằng ;) / text mentions none of"),
            Column.keywords("headIsOneOf", "Trưởng ban giữ một trong các chức danh / the head holds one of the titles"),
            Column.keywords("headIsNoneOf", "Trưởng ban KHÔNG giữ chức danh nào trong / the head holds none of the titles"),
            Column.severity(), Column.findingCode(),
            Column.text("messageVi", "Thông báo / message (vi)", true),
            Column.text("messageEn", "Message (en)", true),
            Column.text("fixVi", "Cách sửa / fix (vi)", true),
            Column.text("fixEn", "Fix (en)", true),
            Column.grade())),

    /** What a component's documents must be, say or avoid saying (e.g. 1.2, 7.6). */
    DOCUMENT_CHECK("document-check", List.of(
            Column.text("name", "Yêu cầu / requirement (tên luật / rule name)", true),
            Column.component(),
            Column.code("docType", "Loại văn bản / document type", Set.of("QUYET_DINH", "KE_HOACH", "THONG_BAO", "BAO_CAO",
                    "CHI_THI", "CONG_VAN", "NGHI_QUYET", "CHUONG_TRINH", "KET_LUAN", "HUONG_DAN", "QUY_CHE", "QUY_DINH",
                    "DE_AN", "TO_TRINH", "BIEN_BAN", "GIAY_MOI", "CONG_DIEN", "THONG_TU", "NGHI_DINH", "PHUONG_AN", "DU_AN")),
            Column.code("issuerKind", "Loại cơ quan ban hành / issuer kind", Set.of("PROVINCE_PEOPLES_COMMITTEE",
                    "PROVINCE_PARTY", "PROVINCE_COUNCIL", "STEERING_COMMITTEE", "DEPARTMENT", "DISTRICT", "MINISTRY", "OTHER",
                    "UNKNOWN")),
            Column.keywords("issuerMentionsNoneOf", "Cơ quan ban hành KHÔNG nhắc tới (ngăn bằng ;) / issuer mentions none of"),
            Column.keywords("textMentionsNoneOf", "Văn bản KHÔNG nhắc tới (ngăn bằng ;) / text mentions none of"),
            Column.keywords("textLacksOneOf", "Văn bản thiếu một trong (ngăn bằng ;) / text lacks one of"),
            Column.month("issuedBeforeMonth", "Ban hành trong năm đánh giá, trước tháng / dated in the assessment year before month"),
            Column.severity(), Column.findingCode(),
            Column.text("messageVi", "Thông báo / message (vi)", true),
            Column.text("messageEn", "Message (en)", true),
            Column.text("fixVi", "Cách sửa / fix (vi)", true),
            Column.text("fixEn", "Fix (en)", true),
            Column.grade()));

    /** What a column holds, and so how a value is checked and written into the rule. */
    public enum Type { TEXT, COMPONENT, CODE, KEYWORDS, MONTH, GRADE }

    /**
     * One column of a kind.
     *
     * @param key      the template's placeholder
     * @param heading  the heading the table must carry, word for word
     * @param allowed  the codes a CODE column accepts
     */
    public record Column(String key, String heading, Type type, boolean required, Set<String> allowed) {
        static Column text(String key, String heading, boolean required) {
            return new Column(key, heading, Type.TEXT, required, Set.of());
        }

        static Column component() {
            return new Column("component", "Chỉ số / component", Type.COMPONENT, true, Set.of());
        }

        static Column keywords(String key, String heading) {
            return new Column(key, heading, Type.KEYWORDS, false, Set.of());
        }

        static Column code(String key, String heading, Set<String> allowed) {
            return new Column(key, heading, Type.CODE, false, allowed);
        }

        static Column month(String key, String heading) {
            return new Column(key, heading, Type.MONTH, false, Set.of());
        }

        static Column severity() {
            return new Column("severity", "Mức độ / severity", Type.CODE, true, Set.of("ERROR", "WARNING", "INFO"));
        }

        static Column findingCode() {
            return new Column("code", "Mã / code", Type.CODE, true, Set.of());
        }

        static Column grade() {
            return new Column("grade", "Tỷ lệ điểm / grade", Type.GRADE, false, Set.of());
        }

        /** A condition column: a row must fill at least one. */
        boolean condition() {
            return type == Type.KEYWORDS || type == Type.MONTH || (type == Type.CODE && !required);
        }
    }

    private final String id;
    private final List<Column> columns;

    TableKind(String id, List<Column> columns) {
        this.id = id;
        this.columns = columns;
    }

    public String id() {
        return id;
    }

    public List<Column> columns() {
        return columns;
    }

    public static Optional<TableKind> byId(String id) {
        for (TableKind k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The rule template: [0] written once per table, [1] once per row. */
    String[] template() {
        try (InputStream in = TableKind.class.getResourceAsStream("tables/" + id + ".drl")) {
            if (in == null) {
                throw new IllegalStateException("no rule template for table kind " + id);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int row = text.indexOf("\n// @row\n");
            return new String[] {text.substring(0, row + 1), text.substring(row + "\n// @row\n".length())};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
