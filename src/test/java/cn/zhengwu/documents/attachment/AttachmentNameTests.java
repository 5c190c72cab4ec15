package cn.zhengwu.documents.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 附件说明 line a file gets by default: its name, without extension and without its own 附件 label. */
class AttachmentNameTests {

    @Test
    void aFileNamesItsAttachmentWithoutItsExtension() {
        assertThat(AttachmentName.stem("城市更新项目清单.docx")).isEqualTo("城市更新项目清单");
        assertThat(AttachmentName.stem("2027年资金安排表.v2.xlsx")).isEqualTo("2027年资金安排表.v2");
        assertThat(AttachmentName.stem("说明")).isEqualTo("说明");
    }

    @Test
    void theLabelOfAFileIsLeftToTheNumberingOfTheNote() {
        assertThat(AttachmentName.stem("附件1：汛期值班安排表.docx")).isEqualTo("汛期值班安排表");
        assertThat(AttachmentName.stem("附件2-应急物资清单.xlsx")).isEqualTo("应急物资清单");
        assertThat(AttachmentName.stem("附件 3. 联系人名单.pdf")).isEqualTo("联系人名单");
        assertThat(AttachmentName.stem("附件：工作方案.pdf")).isEqualTo("工作方案");
    }

    @Test
    void aNameThatOnlyBeginsWithTheWordIsKept() {
        assertThat(AttachmentName.stem("附件清单.pdf")).isEqualTo("附件清单");
        assertThat(AttachmentName.stem("附件1.pdf")).isEqualTo("附件1");
    }
}
