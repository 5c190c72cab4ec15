package cn.zhengwu.requests.incoming;

import java.util.Objects;

import cn.zhengwu.requests.incoming.IncomingDocument.Facts;

/**
 * 重复来文 — the same document arriving twice, by different channels: the same 来文机关 and 来文字号, or, for a
 * document without a number (or typed differently), the same 来文机关, 标题 and 成文日期. Names are compared without
 * blanks and punctuation, so "上海市 黄浦区人民政府" and "上海市黄浦区人民政府" are one organ.
 */
public final class DuplicateRule {

    private DuplicateRule() {
    }

    public static boolean sameDocument(Facts arriving, Facts earlier) {
        if (!key(arriving.senderOrgan()).equals(key(earlier.senderOrgan()))) {
            return false;
        }
        String number = arriving.senderNumber();
        if (number != null && number.equals(earlier.senderNumber())) {
            return true;
        }
        return key(arriving.title()).equals(key(earlier.title()))
            && Objects.equals(arriving.writtenOn(), earlier.writtenOn());
    }

    /** A name reduced to its letters and digits: what two spellings of one name share. */
    public static String key(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
