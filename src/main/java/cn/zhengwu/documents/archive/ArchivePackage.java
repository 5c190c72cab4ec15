package cn.zhengwu.documents.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * 归档包 — one issued document as the archive takes it: its metadata (the items of DA/T 22-2015's 归档文件目录 and the
 * DA/T 46-2009 elements this system knows, named in Chinese as those standards name them) as {@value #JSON} and
 * {@value #XML}, and its files, each listed in the metadata with its size and SHA-256 so that the archive can check
 * them (the metadata cannot list itself).
 */
public final class ArchivePackage {

    public static final String JSON = "metadata.json";
    public static final String XML = "metadata.xml";
    public static final String SHEET = "processing-sheet.pdf";
    public static final String BODY = "document.pdf";
    public static final String ATTACHMENTS = "attachments/";

    /** A file of the package: its path in the ZIP, what it is (正文, 发文稿纸, 附件) and its bytes. */
    public record File(String path, String role, byte[] bytes) {
    }

    private ArchivePackage() {
    }

    /** The ZIP: metadata first, then the files in the order given. */
    public static byte[] zip(Map<String, Object> metadata, List<File> files, JsonMapper json) {
        Map<String, Object> complete = new LinkedHashMap<>(metadata);
        List<Map<String, Object>> listed = new ArrayList<>();
        for (File file : files) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("文件", file.path());
            item.put("类别", file.role());
            item.put("字节数", file.bytes().length);
            item.put("SHA-256", sha256(file.bytes()));
            listed.add(item);
        }
        complete.put("文件清单", listed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, JSON, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(complete));
            put(zip, XML, xml(complete).getBytes(StandardCharsets.UTF_8));
            for (File file : files) {
                put(zip, file.path(), file.bytes());
            }
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The same metadata as XML: an element per item; a list repeats its {@code 条目}. */
    static String xml(Map<String, Object> metadata) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("归档文件");
            write(xml, metadata);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
        catch (XMLStreamException failed) {
            throw new IllegalStateException(failed);
        }
        return text.toString();
    }

    private static void write(XMLStreamWriter xml, Map<?, ?> items) throws XMLStreamException {
        for (Map.Entry<?, ?> item : items.entrySet()) {
            xml.writeStartElement(String.valueOf(item.getKey()));
            if (item.getValue() instanceof List<?> list) {
                for (Object element : list) {
                    xml.writeStartElement("条目");
                    if (element instanceof Map<?, ?> fields) {
                        write(xml, fields);
                    }
                    else {
                        xml.writeCharacters(String.valueOf(element));
                    }
                    xml.writeEndElement();
                }
            }
            else {
                xml.writeCharacters(String.valueOf(item.getValue()));
            }
            xml.writeEndElement();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
