package cn.zhengwu.journeys;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The 公文 pages as a person uses them: the drafting form with its body editor, and the document page with the
 * findings, the submit form and the step waiting for them. Shared by the journeys that draft, approve and issue.
 */
final class DocumentPages {

    /** A block of the body as the editor's toolbar makes it: a paragraph or a heading of a level. */
    record Block(String toolbar, String text) {

        static Block heading(String text) {
            return new Block("h2", text);
        }

        static Block paragraph(String text) {
            return new Block("p", text);
        }
    }

    private static final By EDITOR = By.id("document-body-editor");

    private final Browser browser;

    DocumentPages(Browser browser) {
        this.browser = browser;
    }

    /** Replaces the body in the editor, block by block, each block shaped with the toolbar. */
    void writeBody(List<Block> blocks) {
        browser.click(EDITOR);
        WebElement area = browser.find(EDITOR);
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        write(area, blocks, true);
    }

    /** Writes on after what the editor holds (the opening a reply starts with). */
    void appendBody(List<Block> blocks) {
        browser.click(EDITOR);
        WebElement area = browser.find(EDITOR);
        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        write(area, blocks, false);
    }

    private void write(WebElement area, List<Block> blocks, boolean fromTheTop) {
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0 || !fromTheTop) {
                area.sendKeys(Keys.END, Keys.ENTER);
            }
            area.sendKeys(blocks.get(i).text());
            browser.click(By.cssSelector("[data-editor-toolbar] button[data-block='" + blocks.get(i).toolbar() + "']"));
        }
    }

    /** Records the 公开属性 and the 保密审查 opinion that sign-off requires. */
    void decideDisclosure(String disclosure, String secrecyReview) {
        browser.select(By.id("document-disclosure"), disclosure);
        browser.type(By.id("document-secrecy-review"), secrecyReview);
    }

    /** Corrects the first character of the editor's n-th heading of the first level, as a person would by hand. */
    void retypeHeadingNumber(int nth, String numeral) {
        browser.click(By.cssSelector("#document-body-editor h2:nth-of-type(" + nth + ")"));
        new Actions(browser.driver()).sendKeys(Keys.HOME).keyDown(Keys.SHIFT).sendKeys(Keys.RIGHT).keyUp(Keys.SHIFT)
            .sendKeys(numeral).perform();
    }

    void chooseUnits(String field, String... units) {
        for (String unit : units) {
            browser.select(By.id(field), unit);
        }
    }

    /** Uploads a file in the attachments block of the document page, its name left to the file's. */
    void attach(Path file) {
        browser.find(By.id("attachment-file")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("attachment-upload"));
    }

    void save() {
        browser.submit(By.id("document-save"));
        browser.find(By.id("document-status"));
    }

    /** The rules the 核稿 finds broken, by their ids. */
    List<String> findings() {
        return browser.find(By.id("document-findings")).findElements(By.cssSelector("li")).stream()
            .map(finding -> finding.getAttribute("class")).toList();
    }

    /** Names the people of every step in the submit form and sends the draft on its way. */
    void submit(String review, String verify, List<String> countersign, String signoff, String handling) {
        browser.select(By.id("routing-review"), review);
        browser.select(By.id("routing-verify"), verify);
        countersign.forEach(person -> browser.select(By.id("routing-countersign"), person));
        browser.select(By.id("routing-signoff"), signoff);
        browser.select(By.id("routing-handling"), handling);
        browser.screenshot("submit-form");
        browser.assertAccessible();
        browser.submit(By.id("document-submit-button"));
        browser.find(By.id("notice"));
    }

    /** Writes the opinion in the form of the step waiting for the signed-in person and approves it. */
    void approve(String step, String opinion) {
        writeOpinion(step, opinion);
        browser.submit(By.cssSelector("#approve-" + step + " button[type=submit]"));
    }

    void writeOpinion(String step, String opinion) {
        browser.type(By.cssSelector("#approve-" + step + " textarea[name=opinion]"), opinion);
    }

    String refusal() {
        return browser.find(By.id("refusal")).getText();
    }

    String notice() {
        return browser.find(By.id("notice")).getText();
    }
}
