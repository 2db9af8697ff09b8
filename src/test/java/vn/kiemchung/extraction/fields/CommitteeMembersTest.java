package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommitteeMembersTest {

    private static final String NAME_FIRST = """
            Điều 1. Kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh gồm:
            1. Ông Đồng Văn Thanh, Phó Chủ tịch UBND tỉnh – Trưởng ban;
            2. Bà Phạm Thị Ngọc Lan, Giám đốc Sở Thông tin và Truyền thông – Phó Trưởng ban thường trực;
            3. Ông Lê Văn B, Giám đốc Sở Nội vụ – Phó Trưởng ban;
            4. Ông Trần Văn C, Trưởng Ban Tổ chức Tỉnh ủy – Ủy viên.""";

    @Test
    void readsTheHeadNamedBeforeTheRoleWithHisTitle() {
        var head = CommitteeMembers.head(NAME_FIRST).orElseThrow();
        assertThat(head.name()).isEqualTo("Đồng Văn Thanh");
        assertThat(head.titles()).containsExactly("pho chu tich ubnd tinh");
        assertThat(head.holdsOneOf("Phó Chủ tịch;Phó Bí thư")).isTrue();
        assertThat(head.holdsOneOf("Chủ tịch;Bí thư")).isFalse();
    }

    @Test
    void readsTheDeputiesAndNotTheHeadOfAnotherBody() {
        var deputies = CommitteeMembers.deputies(NAME_FIRST);
        assertThat(deputies).extracting(CommitteeMembers.Member::name).containsExactly("Phạm Thị Ngọc Lan", "Lê Văn B");
        assertThat(deputies.get(0).titles()).containsExactly("giam doc so thong tin va truyen thong");
    }

    @Test
    void theChairmanWhoIsAlsoDeputyPartySecretaryIsTheHeadNotADeputy() {
        String text = """
                Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số tỉnh:
                1. Ông Phạm Văn Thiều, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh – Trưởng ban;
                2. Ông Lê Minh D, Phó Chủ tịch UBND tỉnh – Phó Trưởng ban.""";
        var head = CommitteeMembers.head(text).orElseThrow();
        assertThat(head.name()).isEqualTo("Phạm Văn Thiều");
        assertThat(head.titles()).containsExactly("pho bi thu tinh uy", "chu tich ubnd tinh");
        assertThat(head.holdsOneOf("Chủ tịch;Bí thư")).as("holds the Chairman's title").isTrue();
        assertThat(CommitteeMembers.deputies(text)).extracting(CommitteeMembers.Member::name).containsExactly("Lê Minh D");
    }

    @Test
    void readsARoleFirstList() {
        String text = """
                Thành phần Ban Chỉ đạo:
                1. Trưởng ban: Ông Nguyễn Văn A, Chủ tịch Ủy ban nhân dân tỉnh.
                2. Phó Trưởng ban: Bà Trần Thị B, Giám đốc Sở Thông tin và Truyền thông.
                """;
        var head = CommitteeMembers.head(text).orElseThrow();
        assertThat(head.name()).isEqualTo("Nguyễn Văn A");
        assertThat(head.holdsOneOf("Chủ tịch")).isTrue();
        assertThat(head.holdsOneOf("Phó Chủ tịch")).isFalse();
        assertThat(CommitteeMembers.deputies(text)).extracting(CommitteeMembers.Member::name).containsExactly("Trần Thị B");
    }

    @Test
    void aDecisionNamingNoHeadHasNone() {
        assertThat(CommitteeMembers.head("Điều 1. Giao Sở Thông tin và Truyền thông chủ trì triển khai.")).isEmpty();
        assertThat(CommitteeMembers.head("Ông A, Trưởng Ban Tổ chức Tỉnh ủy, dự họp.")).isEmpty();
    }

    @Test
    void aTitleMatchesOnlyFromItsStartWithOrWithoutDiacritics() {
        var head = CommitteeMembers.head("1. Ông A, Bi thu Tinh uy – Trưởng ban;").orElseThrow();
        assertThat(head.holdsOneOf("Bí thư")).isTrue();
        assertThat(head.holdsOneOf("thư")).isFalse();
    }
}
