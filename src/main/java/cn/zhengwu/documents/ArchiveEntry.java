package cn.zhengwu.documents;

import cn.zhengwu.core.SecurityClassification;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An archived document (归档文件) as the yearly list shows it, with the items of DA/T 22-2015's 归档文件目录.
 *
 * @param archivalCode 档号: 全宗号-年度-保管期限-件号, e.g. 0001-2026-D30-0015
 * @param year 归档年度, the year of the 发文字号
 * @param itemNumber 件号 within the year
 * @param retention 保管期限
 * @param title 题名
 * @param documentNumber 文号
 * @param responsible 责任者, the issuing organ
 * @param date 日期, the 成文日期
 * @param classification 密级
 * @param archivedAt when the package was made
 */
public record ArchiveEntry(DocumentId document, String archivalCode, int year, int itemNumber,
        RetentionPeriod retention, String title, String documentNumber, String responsible, LocalDate date,
        SecurityClassification classification, Instant archivedAt) {
}
