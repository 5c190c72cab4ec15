package cn.zhengwu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTypeTests {

    @Test
    void theRegulationsListFifteenTypes() {
        assertThat(DocumentType.values()).hasSize(15);
    }

    @Test
    void eachTypeTravelsItsDirections() {
        assertThat(DocumentType.REQUEST.directions()).containsExactly(Direction.UPWARD);
        assertThat(DocumentType.REPORT.directions()).containsExactly(Direction.UPWARD);
        assertThat(DocumentType.REPLY.directions()).containsExactly(Direction.DOWNWARD);
        assertThat(DocumentType.LETTER.directions()).containsExactly(Direction.PARALLEL);
        assertThat(DocumentType.OPINION.directions()).containsExactlyInAnyOrder(Direction.values());
        assertThat(DocumentType.ORDER.titleEndings()).containsExactly("命令", "令");
    }
}
