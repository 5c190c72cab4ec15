package cn.zhengwu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.zhengwu.signature.DocumentSignatures;
import cn.zhengwu.signature.SignedDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 验签 in a real browser, by a member of the public who has not signed in: Chinese, then English. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignatureVerificationJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    DocumentSignatures signatures;

    @TempDir
    Path files;

    @Test
    void aVisitorVerifiesAnIssuedDocumentAndThenAnAlteredCopy() throws Exception {
        byte[] signed = signatures.sign(SignedDocuments.issued(1));
        Path intact = Files.write(files.resolve("沪府办发〔2026〕1号.pdf"), signed);
        byte[] altered = signed.clone();
        altered[11] ^= 0x01;
        Path tampered = Files.write(files.resolve("copy.pdf"), altered);

        try (Browser browser = Browser.open(port, "signature-verification", new Dimension(1366, 900))) {
            browser.visit("/signatures/verify");
            browser.waitForText("验证公文的电子签章");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.find(By.id("signature-file")).sendKeys(intact.toString());
            browser.click(By.id("signature-verify-submit"));
            browser.waitForText("文件完好：签章后未被改动。");
            browser.screenshot("intact-zh");
            assertThat(browser.pageText()).contains("上海市人民政府办公厅", "签章人可信。");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.visit("/signatures/verify?lang=en");
            browser.find(By.id("signature-file")).sendKeys(tampered.toString());
            browser.click(By.id("signature-verify-submit"));
            browser.waitForText("A signature does not match the content");
            browser.screenshot("altered-en");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }
}
