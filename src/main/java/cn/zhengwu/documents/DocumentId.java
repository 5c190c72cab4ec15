package cn.zhengwu.documents;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a document (公文); in JSON and in URLs it is written as the plain UUID. */
public record DocumentId(@JsonValue UUID id) {

    @JsonCreator
    public static DocumentId of(String value) {
        return new DocumentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
