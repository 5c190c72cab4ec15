package cn.zhengwu.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhengwu.notification.sms.SmsGateway;
import org.junit.jupiter.api.Test;

/** Mobile numbers never appear whole in the record or the log. */
class SmsGatewayTests {

    @Test
    void aMobileNumberIsMaskedInTheMiddle() {
        assertThat(SmsGateway.mask("13918872614")).isEqualTo("139****2614");
    }

    @Test
    void aNumberTooShortToMaskIsHiddenEntirely() {
        assertThat(SmsGateway.mask("12345")).isEqualTo("****");
    }
}
