package cn.zhengwu.requests;

/** The stored document of an incoming record, to download: its name, its detected type and its bytes. */
public record FileContent(String name, String mediaType, byte[] content) {

    public FileContent {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileContent file && file.name.equals(name) && file.mediaType.equals(mediaType)
            && java.util.Arrays.equals(file.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + java.util.Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return name + " " + mediaType;
    }
}
