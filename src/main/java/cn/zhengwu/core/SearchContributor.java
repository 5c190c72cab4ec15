package cn.zhengwu.core;

import java.util.List;
import java.util.Optional;

/**
 * 检索入口 — a module's part in the shell's search box. The shell asks every contributor and shows what each found
 * under its own heading, so that the shell depends on no business module; each module applies its own reading
 * rules to the signed-in user.
 */
public interface SearchContributor {

    /** What the module finds for the words, at most {@code limit} hits; empty when it finds nothing the user may see. */
    Optional<Contribution> search(String words, int limit);

    /**
     * @param headingKey the message key of the section's heading, with the total as its argument
     * @param more where the module's own search continues with the same words
     */
    record Contribution(String headingKey, long total, List<Hit> hits, String more) {

        public Contribution {
            hits = List.copyOf(hits);
        }
    }

    /** One thing found: what to show, a line of detail, and where it is. */
    record Hit(String label, String detail, String link) {
    }
}
