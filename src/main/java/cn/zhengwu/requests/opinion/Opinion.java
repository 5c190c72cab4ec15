package cn.zhengwu.requests.opinion;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 常用拟办意见 — a wording the office proposes to leaders again and again, kept in order of use. */
@Entity
@Table(name = "requests_opinion")
public class Opinion {

    @Id
    private UUID id = UUID.randomUUID();
    private String text = "";
    private int sortOrder;
    private String changedBy = "";
    private Instant changedAt = Instant.EPOCH;

    protected Opinion() {
    }

    public Opinion(String text, int sortOrder, String changedBy, Instant changedAt) {
        this.sortOrder = sortOrder;
        reword(text, changedBy, changedAt);
    }

    public final void reword(String text, String changedBy, Instant changedAt) {
        this.text = text.strip();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public UUID id() {
        return id;
    }

    public String text() {
        return text;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
