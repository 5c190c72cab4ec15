package cn.zhengwu.documents;

/**
 * 抄送机关 — an organ that receives a copy, with its level relative to the issuer.
 *
 * @param name the organ's name as written
 * @param level its level relative to the issuing organ
 */
public record CopyRecipient(String name, RecipientLevel level) {
}
