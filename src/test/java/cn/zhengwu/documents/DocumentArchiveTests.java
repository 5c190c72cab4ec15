package cn.zhengwu.documents;

import static cn.zhengwu.documents.DocumentFixtures.approve;
import static cn.zhengwu.todo.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.signature.DocumentSignatures;
import cn.zhengwu.signature.SignatureVerification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 归档: issuing a document makes its archive package — metadata in JSON and XML, the 发文稿纸, the issued PDF that
 * still verifies — under the 归档年度 of its number; office staff export it and list the year, others may not.
 */
@IntegrationTest
class DocumentArchiveTests {

    @Autowired
    DocumentDrafting drafting;

    @Autowired
    DocumentProcessing processing;

    @Autowired
    DocumentArchive archive;

    @Autowired
    DocumentSignatures signatures;

    @Autowired
    JsonMapper json;

    DocumentFixtures city;

    @BeforeEach
    void setUp(@Autowired ZhengwuUsers users, @Autowired OrganizationManagement organization) {
        city = new DocumentFixtures(users, organization);
    }

    @Test
    void anIssuedDocumentIsArchivedUnderTheYearOfItsNumberAndItsPdfStillVerifies() throws Exception {
        DocumentId id = issued("上海市人民政府办公厅关于做好年度归档工作的通知");
        DocumentView document = as(city.clerk, () -> drafting.document(id));
        int year = IssuingNumber.parse(document.issuingNumber()).year();

        Map<String, byte[]> entries = unzip(as(city.clerk, () -> archive.archivePackage(id)).bytes());
        assertThat(entries.keySet()).containsExactly("metadata.json", "metadata.xml", "document.pdf",
            "processing-sheet.pdf");
        JsonNode metadata = json.readTree(entries.get("metadata.json"));
        assertThat(metadata.get("年度").asInt()).isEqualTo(year);
        assertThat(metadata.get("文号").asString()).isEqualTo(document.issuingNumber());
        assertThat(metadata.get("题名").asString()).isEqualTo(document.title());
        assertThat(metadata.get("责任者").asString()).isEqualTo("上海市人民政府办公厅");
        assertThat(metadata.get("保管期限").asString()).isEqualTo("定期30年");
        assertThat(metadata.get("档号").asString()).matches("0001-" + year + "-D30-\\d{4}");
        assertThat(metadata.get("日期").asString()).isEqualTo(document.writtenOn().toString().replace("-", ""));
        assertThat(metadata.get("文种").asString()).isEqualTo("通知");
        assertThat(metadata.get("页数").asInt()).isPositive();
        assertThat(metadata.get("文件清单").get(0).get("SHA-256").asString())
            .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entries.get("document.pdf"))));
        assertThat(new String(entries.get("metadata.xml"), StandardCharsets.UTF_8))
            .contains("<文号>" + document.issuingNumber() + "</文号>", "<年度>" + year + "</年度>");

        assertThat(signatures.verify(entries.get("document.pdf")).outcome())
            .isEqualTo(SignatureVerification.Outcome.INTACT);
        assertThat(entries.get("processing-sheet.pdf")).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

        assertThat(as(city.clerk, () -> archive.year(year))).filteredOn(entry -> entry.document().equals(id))
            .singleElement().satisfies(entry -> assertThat(entry.archivalCode()).isEqualTo(metadata.get("档号").asString()));
    }

    @Test
    void onlyThoseWhoExportTheArchiveGetPackagesAndADraftHasNone() {
        DocumentView draft = as(city.clerk, () -> drafting.start(city.notice("上海市人民政府办公厅关于某某草稿的通知", null)));
        assertThatThrownBy(() -> as(city.clerk, () -> archive.archivePackage(draft.id())))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("documents.archive.not-archived");
        assertThatThrownBy(() -> as(city.huangpu, () -> archive.year(2026)))
            .isInstanceOf(AuthorizationDeniedException.class);
    }

    private DocumentId issued(String title) {
        DocumentView draft = as(city.clerk, () -> drafting.start(city.notice(title, Disclosure.PROACTIVE)));
        as(city.clerk, () -> processing.submit(draft.id(), new Routing(List.of(cn.zhengwu.todo.People.id(
            city.secretary)), List.of(cn.zhengwu.todo.People.id(city.clerk)), List.of(), false,
            List.of(cn.zhengwu.todo.People.id(city.secgen)), List.of(cn.zhengwu.todo.People.id(city.clerk)))));
        for (ZhengwuUser next : List.of(city.secretary, city.clerk, city.secgen, city.clerk, city.clerk, city.clerk,
                city.clerk, city.clerk)) {
            approve(processing, next, draft.id(), "同意");
        }
        return draft.id();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
