package cn.zhengwu.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 出席、请假、列席 — who attended the meeting a 纪要 records, who was absent with leave and who attended without a
 * vote, printed after its body (GB/T 9704-2012 10.3). Each name may carry its unit or post (市发展改革委 顾军); every
 * other type has none. Lists left out of JSON read as empty; names are stripped, and a blank one is refused.
 *
 * @param present 出席, in order
 * @param onLeave 请假, each with its reason if wanted (陈通（出差）)
 * @param attending 列席
 */
public record Attendance(
        @Size(max = Attendance.MOST, message = "{documents.attendance.tooMany}")
        List<@NotBlank(message = "{documents.attendance.blank}")
            @Size(max = Attendance.LONGEST, message = "{documents.attendance.long}") String> present,
        @Size(max = Attendance.MOST, message = "{documents.attendance.tooMany}")
        List<@NotBlank(message = "{documents.attendance.blank}")
            @Size(max = Attendance.LONGEST, message = "{documents.attendance.long}") String> onLeave,
        @Size(max = Attendance.MOST, message = "{documents.attendance.tooMany}")
        List<@NotBlank(message = "{documents.attendance.blank}")
            @Size(max = Attendance.LONGEST, message = "{documents.attendance.long}") String> attending) {

    /** Names in one list at the most. */
    public static final int MOST = 100;
    /** Characters of one name (with its unit or post) at the most. */
    public static final int LONGEST = 60;

    @SuppressWarnings("ConstantValue")
    public Attendance {
        present = stripped(present);
        onLeave = stripped(onLeave);
        attending = stripped(attending);
    }

    /** No one listed: what every type but the 纪要 has. */
    public static Attendance none() {
        return new Attendance(List.of(), List.of(), List.of());
    }

    /** Whether it lists nobody; not named as a bean property, which JSON would carry. */
    public boolean nobody() {
        return present.isEmpty() && onLeave.isEmpty() && attending.isEmpty();
    }

    private static List<String> stripped(List<String> names) {
        return names == null ? List.of() : names.stream().map(name -> name == null ? "" : name.strip()).toList();
    }
}
