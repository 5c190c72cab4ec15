package cn.zhengwu.requests.incoming;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of incoming documents ({@code zhengwu.requests.*}).
 *
 * @param maxFileSize the largest electronic or scanned document accepted
 * @param replyRule the clock rule of a 请示's reply period, started at 登记 ({@code zhengwu.clocks.rules.*})
 * @param urgentRule the clock rule of the handling deadline of a 加急 document, started at 承办
 * @param extraUrgentRule the same for a 特急 document
 */
@ConfigurationProperties("zhengwu.requests")
public record RequestsProperties(@DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("request-reply") String replyRule, @DefaultValue("incoming-urgent") String urgentRule,
        @DefaultValue("incoming-extra-urgent") String extraUrgentRule) {
}
