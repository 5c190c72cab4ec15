package cn.zhengwu.requests;

import java.time.LocalDate;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.matters.MatterId;
import cn.zhengwu.organization.UnitId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What registering an incoming document (收文登记) needs, whether a clerk types it in or a department's system sends
 * it.
 *
 * @param receivingUnit the unit it is addressed to; the caller's own unit when absent. A caller submitting to another
 *        unit (报送) names it.
 * @param senderOrgan 来文机关, as printed on the document
 * @param senderNumber 来文字号 ({@code 黄府〔2026〕12号}), when the document has one
 * @param title 标题
 * @param type 文种
 * @param classification 密级
 * @param urgency 紧急程度
 * @param writtenOn 成文日期
 * @param receivedOn 收文日期; today when absent
 * @param copies 份数
 * @param matter the matter to join; a new matter is opened when absent
 * @param file the electronic or scanned document (PDF, OFD or an image), if any
 */
public record NewIncoming(@Nullable UnitId receivingUnit,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String senderOrgan,
        @Size(max = 60, message = "{validation.tooLong}") @Nullable String senderNumber,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
        @NotNull(message = "{validation.required}") @Nullable DocumentType type,
        @NotNull(message = "{validation.required}") @Nullable SecurityClassification classification,
        @NotNull(message = "{validation.required}") @Nullable Urgency urgency,
        @NotNull(message = "{validation.required}") @Nullable LocalDate writtenOn, @Nullable LocalDate receivedOn,
        @Min(value = 1, message = "{requests.copies.range}") @Max(value = 999, message = "{requests.copies.range}")
        int copies,
        @Nullable MatterId matter, @Nullable UploadedFile file) {
}
