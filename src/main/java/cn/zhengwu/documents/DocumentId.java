package cn.zhengwu.documents;

import java.util.UUID;

/** Identifies a document (公文) to which a number is issued. */
public record DocumentId(UUID id) {

    @Override
    public String toString() {
        return id.toString();
    }
}
