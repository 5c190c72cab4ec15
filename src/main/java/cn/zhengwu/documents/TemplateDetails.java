package cn.zhengwu.documents;

import cn.zhengwu.organization.UnitId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator writes in a 公文模板.
 *
 * @param type 文种
 * @param issuer 发文机关: the unit whose documents of this type the template shapes
 * @param issuerMark 发文机关标志, e.g. 上海市人民政府办公厅文件
 * @param codeWord the code word of the number, e.g. 沪府办发, 沪府函, or 上海市人民政府令 for a 令
 * @param format the GB/T 9704 format it is printed in
 * @param printingOrgan 印发机关 by default; empty for the issuer's General Office or the issuer itself
 * @param processKey the approval model, e.g. {@code documents-issue}
 * @param bodyHtml the body a new draft starts with; may be empty
 */
public record TemplateDetails(@NotNull DocumentType type, @NotNull UnitId issuer,
        @NotBlank @Size(max = 200) String issuerMark, @NotBlank @Size(max = 32) String codeWord,
        @NotNull LayoutFormat format, @Nullable @Size(max = 200) String printingOrgan,
        @NotBlank @Size(max = 64) String processKey, @Size(max = 500_000) String bodyHtml) {

    /** Texts stripped; a blank 印发机关 reads as absent, a missing body as empty. */
    @SuppressWarnings("ConstantValue")
    public TemplateDetails {
        issuerMark = issuerMark == null ? "" : issuerMark.strip();
        codeWord = codeWord == null ? "" : codeWord.strip();
        printingOrgan = printingOrgan == null || printingOrgan.isBlank() ? null : printingOrgan.strip();
        processKey = processKey == null ? "" : processKey.strip();
        bodyHtml = bodyHtml == null ? "" : bodyHtml;
    }
}
