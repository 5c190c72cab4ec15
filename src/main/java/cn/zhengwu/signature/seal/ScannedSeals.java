package cn.zhengwu.signature.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The scanned seals of {@code zhengwu.signature.seals-directory}: {@code <code word>.png} per organ. */
public final class ScannedSeals {

    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final Logger log = LoggerFactory.getLogger(ScannedSeals.class);

    private final @Nullable Path directory;

    public ScannedSeals(@Nullable Path directory) {
        this.directory = directory == null ? null : directory.toAbsolutePath().normalize();
    }

    /** The organ's scanned seal, if the directory holds a PNG named after its code word. */
    public Optional<byte[]> find(String codeWord) {
        if (directory == null || codeWord.isBlank()) {
            return Optional.empty();
        }
        Path file;
        try {
            file = directory.resolve(codeWord + ".png").normalize();
        }
        catch (InvalidPathException notAFileName) {
            return Optional.empty();
        }
        // A code word is a name, never a path: nothing outside the directory is read.
        if (!directory.equals(file.getParent()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] png = Files.readAllBytes(file);
            if (png.length < PNG_SIGNATURE.length
                || !Arrays.equals(png, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
                log.warn("{} is not a PNG; the seal of {} is drawn instead", file, codeWord);
                return Optional.empty();
            }
            return Optional.of(png);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seal " + file, e);
        }
    }
}
