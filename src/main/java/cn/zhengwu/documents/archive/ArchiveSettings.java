package cn.zhengwu.documents.archive;

import cn.zhengwu.documents.RetentionPeriod;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How issued documents are archived ({@code zhengwu.documents.archive.*}, docs/configuration.md).
 *
 * @param fonds 全宗号, the code the archives gave the office's fonds; the first part of every 档号
 * @param retention 保管期限 given to a document when it is archived
 */
@ConfigurationProperties("zhengwu.documents.archive")
public record ArchiveSettings(@DefaultValue("0001") String fonds, @DefaultValue("YEARS_30") RetentionPeriod retention) {
}
