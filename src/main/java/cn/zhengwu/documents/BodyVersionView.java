package cn.zhengwu.documents;

import java.time.Instant;

/** A saved version of a body: its number, who saved it and when. */
public record BodyVersionView(int number, String savedBy, Instant savedAt) {
}
