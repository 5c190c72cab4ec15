package cn.zhengwu.documents.attachment;

import cn.zhengwu.core.BusinessRuleViolation;
import java.util.regex.Pattern;

/**
 * The rules for an attachment's name (its line in the 附件说明) and its file name: not blank, not too long, and no
 * character that names a path or cannot appear in a file name on the readers' computers.
 */
public final class AttachmentName {

    public static final int LONGEST = 100;
    public static final int LONGEST_FILE_NAME = 255;
    private static final Pattern PATH_OR_CONTROL = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]|\\.\\.");
    /** 附件1：, 附件2-, 附件 3. or 附件： at the start of a file's name: the 附件说明 numbers the attachments itself. */
    private static final Pattern LABEL = Pattern.compile("^附件\\s*(\\d+\\s*[：:、.．\\-－—_]*|[：:、.．\\-－—_]+)\\s*");

    private AttachmentName() {
    }

    /** The name stripped, or a refusal. */
    public static String checked(String name, int longest) {
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            throw BusinessRuleViolation.invalid("documents.attachment.name-blank");
        }
        if (stripped.length() > longest) {
            throw BusinessRuleViolation.invalid("documents.attachment.name-long", longest);
        }
        if (PATH_OR_CONTROL.matcher(stripped).find()) {
            throw BusinessRuleViolation.invalid("documents.attachment.name-path", stripped);
        }
        return stripped;
    }

    /**
     * What the 附件说明 line of a file defaults to: its name without the extension, and without a label such as
     * 附件1： in front (附件1：汛期值班安排表.docx names 汛期值班安排表).
     */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String unlabelled = LABEL.matcher(stem).replaceFirst("");
        return unlabelled.isBlank() ? stem : unlabelled;
    }
}
