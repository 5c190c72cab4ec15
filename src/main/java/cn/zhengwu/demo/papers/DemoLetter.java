package cn.zhengwu.demo.papers;

import cn.zhengwu.documents.DocumentType;

/**
 * A document a district or department sends the General Office through {@code POST /api/v1/incoming} (报送).
 *
 * @param sender the username of the sender's liaison officer, whose system sends it
 * @param senderOrgan 来文机关
 * @param number 来文字号
 * @param workingDaysOld how many working days before the demo's first day it was written (成文日期)
 */
record DemoLetter(String sender, String senderOrgan, String number, String title, DocumentType type,
        int workingDaysOld) {
}
