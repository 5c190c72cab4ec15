package cn.zhengwu.documents;

import static cn.zhengwu.todo.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.documents.attachment.SampleFiles;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 附件 of a draft: who may add and remove them, their order and names, and refusals that change nothing. */
@IntegrationTest
class DocumentAttachmentsTests {

    @Autowired
    DocumentDrafting drafting;

    @Autowired
    DocumentAttachments attachments;

    DocumentFixtures city;

    @BeforeEach
    void setUp(@Autowired ZhengwuUsers users, @Autowired OrganizationManagement organization) {
        city = new DocumentFixtures(users, organization);
    }

    @Test
    void theDrafterAttachesListsDownloadsAndRemovesFilesInTheOrderOfTheNote() {
        DocumentId id = draftWithNote(List.of("城市更新项目清单", "资金安排表"));
        byte[] list = SampleFiles.docx("城市更新项目清单");
        AttachmentView first = as(city.clerk, () -> attachments.attach(id, new NewAttachment(null, "清单.docx", list)));
        AttachmentView second = as(city.clerk, () -> attachments.attach(id,
            new NewAttachment("", "表.xlsx", SampleFiles.xlsx("资金安排"))));
        AttachmentView third = as(city.clerk, () -> attachments.attach(id,
            new NewAttachment(null, "现场照片.png", SampleFiles.png())));

        assertThat(List.of(first.name(), second.name(), third.name()))
            .containsExactly("城市更新项目清单", "资金安排表", "现场照片");
        assertThat(first.kind()).isEqualTo(AttachmentKind.DOCX);
        assertThat(first.size()).isEqualTo(list.length);
        assertThat(first.sha256()).hasSize(64);
        assertThat(first.uploadedByName()).isNotBlank();
        assertThat(as(city.clerk, () -> attachments.file(id, first.id())).content()).isEqualTo(list);

        as(city.clerk, () -> {
            attachments.remove(id, second.id());
            return null;
        });
        assertThat(as(city.clerk, () -> attachments.attachments(id)))
            .extracting(AttachmentView::position, AttachmentView::name)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "城市更新项目清单"),
                org.assertj.core.groups.Tuple.tuple(2, "现场照片"));
    }

    @Test
    void theNoteFollowsTheUploadsAndPassesTheReview() {
        DocumentId id = draftWithNote(List.of());
        as(city.clerk, () -> attachments.attach(id,
            new NewAttachment(null, "附件1：城市更新项目清单.docx", SampleFiles.docx("城市更新项目清单"))));
        AttachmentView second = as(city.clerk, () -> attachments.attach(id,
            new NewAttachment(null, "资金安排表.xlsx", SampleFiles.xlsx("资金安排"))));
        as(city.clerk, () -> attachments.attach(id,
            new NewAttachment("现场照片（2026年11月）", "IMG_0412.png", SampleFiles.png())));

        assertThat(note(id)).containsExactly("城市更新项目清单", "资金安排表", "现场照片（2026年11月）");
        assertThat(as(city.clerk, () -> attachments.attachmentNote(id))).isEqualTo(note(id));
        assertThat(as(city.clerk, () -> drafting.review(id)))
            .noneMatch(finding -> finding.rule().startsWith("attachment"));

        as(city.clerk, () -> {
            attachments.remove(id, second.id());
            return null;
        });
        assertThat(note(id)).containsExactly("城市更新项目清单", "现场照片（2026年11月）");
    }

    @Test
    void aNoteWrittenByHandStaysAsTheDrafterWroteIt() {
        DocumentId id = draftWithNote(List.of());
        as(city.clerk, () -> attachments.attach(id, new NewAttachment(null, "清单.docx", SampleFiles.docx("清单"))));
        DocumentView document = as(city.clerk, () -> drafting.document(id));
        as(city.clerk, () -> drafting.save(id, withNote(List.of("城市更新项目清单（第一批）", "资金安排表"))));

        as(city.clerk, () -> attachments.attach(id, new NewAttachment(null, "表.xlsx", SampleFiles.xlsx("资金"))));
        AttachmentView photo = as(city.clerk, () -> attachments.attach(id,
            new NewAttachment(null, "现场照片.png", SampleFiles.png())));
        as(city.clerk, () -> {
            attachments.remove(id, photo.id());
            return null;
        });

        assertThat(note(id)).containsExactly("城市更新项目清单（第一批）", "资金安排表");
        assertThat(as(city.clerk, () -> attachments.attachments(id))).extracting(AttachmentView::name)
            .as("a file without a name takes the line of its number").containsExactly("清单", "资金安排表");
        assertThat(document.attachmentNames()).containsExactly("清单");
    }

    @Test
    void aNoteOfAsManyNamesAsAllowedEachAsLongAsAllowedIsKept() {
        List<String> names = IntStream.rangeClosed(1, 30)
            .mapToObj(n -> String.format("%02d", n) + "城市更新项目实施方案附表".repeat(8) + "清单").toList();
        assertThat(names).allMatch(name -> name.length() == 100);

        assertThat(note(draftWithNote(names))).isEqualTo(names);
    }

    @Test
    void badFilesAreRefusedAndChangeNothing() {
        DocumentId id = draftWithNote(List.of());
        assertRefused(id, new NewAttachment("通知", "通知.pdf", SampleFiles.executable()),
            "documents.attachment.refused-type");
        assertRefused(id, new NewAttachment("空", "empty.txt", new byte[0]), "documents.attachment.empty");
        assertRefused(id, new NewAttachment("../../etc/passwd", "a.txt", SampleFiles.text("a")),
            "documents.attachment.name-path");
        assertRefused(id, new NewAttachment(null, "..\\a.txt", SampleFiles.text("a")), "documents.attachment.name-path");
        as(city.clerk, () -> attachments.attach(id, new NewAttachment("说明", "a.txt", SampleFiles.text("说明"))));
        assertRefused(id, new NewAttachment("又一份", "b.txt", SampleFiles.text("说明")), "documents.attachment.duplicate");

        assertThat(as(city.clerk, () -> attachments.attachments(id))).hasSize(1);
    }

    @Test
    void onlyWhoMayChangeTheDocumentAttachesAndOthersDoNotSeeItsFiles() {
        DocumentId id = draftWithNote(List.of());
        assertThatThrownBy(() -> as(city.secretary, () -> attachments.attach(id,
            new NewAttachment("说明", "a.txt", SampleFiles.text("说明")))))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageStartingWith("documents.document.not-yours");
        assertThatThrownBy(() -> as(city.huangpu, () -> attachments.attachments(id)))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageStartingWith("documents.document.unknown");
    }

    private DocumentId draftWithNote(List<String> names) {
        return as(city.clerk, () -> drafting.start(withNote(names))).id();
    }

    private DraftContent withNote(List<String> names) {
        DraftContent notice = city.notice("上海市人民政府办公厅关于推进城市更新的通知", null);
        return new DraftContent(notice.type(), notice.direction(), notice.issuer(), notice.title(),
            notice.mainRecipients(), null, notice.copyRecipients(), notice.classification(), null, notice.urgency(),
            notice.bodyHtml(), names, null, null, notice.copies(), null, null, null, Attendance.none());
    }

    private List<String> note(DocumentId id) {
        return as(city.clerk, () -> drafting.document(id)).attachmentNames();
    }

    private void assertRefused(DocumentId id, NewAttachment file, String key) {
        assertThatThrownBy(() -> as(city.clerk, () -> attachments.attach(id, file)))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageStartingWith(key)
            .extracting(refusal -> ((BusinessRuleViolation) refusal).kind().httpStatus()).isIn(400, 409);
    }
}
