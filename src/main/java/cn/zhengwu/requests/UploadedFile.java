package cn.zhengwu.requests;

/**
 * A file as it arrives: its name as the sender gave it and its bytes (Base64 in JSON). The name only claims a type;
 * the bytes decide it.
 */
public record UploadedFile(String name, byte[] content) {

    public UploadedFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UploadedFile file && file.name.equals(name)
            && java.util.Arrays.equals(file.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + java.util.Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return name + " (" + content.length + " bytes)";
    }
}
