package cn.zhengwu.requests.incoming;

/**
 * A file whose bytes were read and accepted.
 *
 * @param mediaType the type its bytes show ({@code application/pdf}, {@code application/ofd}, {@code image/png} …)
 */
public record InspectedFile(String mediaType, byte[] content, String sha256) {

    public InspectedFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InspectedFile file && file.sha256.equals(sha256);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return mediaType + " " + sha256;
    }
}
