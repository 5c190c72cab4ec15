package cn.zhengwu.requests;

/** 来文渠道 — how an incoming document reached the unit. */
public enum IncomingChannel {

    /** 公文分发：本系统核发，本单位签收 */
    DISTRIBUTION,
    /** 录入：收文人员上传电子件或扫描件 */
    UPLOAD,
    /** 接口：来文单位的业务系统报送 */
    API;

    public String messageKey() {
        return "requests.channel." + name();
    }
}
