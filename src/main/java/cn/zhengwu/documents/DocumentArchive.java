package cn.zhengwu.documents;

import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.RecordRead;
import cn.zhengwu.documents.archive.ArchivePackage;
import cn.zhengwu.documents.archive.ArchiveSettings;
import cn.zhengwu.documents.archive.ArchiveStore;
import cn.zhengwu.documents.attachment.AttachedFile;
import cn.zhengwu.documents.attachment.AttachedFiles;
import cn.zhengwu.documents.attachment.AttachmentStore;
import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.documents.draft.DocumentAccess;
import cn.zhengwu.documents.draft.DocumentViews;
import cn.zhengwu.documents.draft.Documents;
import cn.zhengwu.documents.draft.Recipient;
import cn.zhengwu.layout.DocumentLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * 归档 — when a document is issued, its archive package is made in the same transaction: metadata (DA/T 22-2015,
 * DA/T 46-2009), the 发文稿纸, the issued (sealed, signed) PDF and the attachments, under the 归档年度 of its 发文字号
 * and the next 件号 of that year. Those who export the archive ({@code ARCHIVE_EXPORT}) download a package, or list a
 * year, among the documents they may read.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(ArchiveSettings.class)
public class DocumentArchive {

    private static final String EXPORT = "hasAuthority('PERM_ARCHIVE_EXPORT')";
    /** The package is a record of the office: its metadata is written in Chinese whoever issues the document. */
    private static final Locale RECORD = Locale.SIMPLIFIED_CHINESE;

    private final ArchiveStore store;
    private final ArchiveSettings settings;
    private final Documents documents;
    private final DocumentLookup lookup;
    private final DocumentAccess access;
    private final AttachedFiles attachments;
    private final AttachmentStore files;
    private final ProcessingSheets sheets;
    private final DocumentLayout layout;
    private final MessageSource messages;
    private final JsonMapper json;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentArchive(ArchiveStore store, ArchiveSettings settings, Documents documents, DocumentLookup lookup,
            DocumentAccess access,
            AttachedFiles attachments, AttachmentStore files, ProcessingSheets sheets, DocumentLayout layout,
            MessageSource messages, JsonMapper json, ActorContext actors, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.settings = settings;
        this.documents = documents;
        this.lookup = lookup;
        this.access = access;
        this.attachments = attachments;
        this.files = files;
        this.sheets = sheets;
        this.layout = layout;
        this.messages = messages;
        this.json = json;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** The archive package (ZIP) of an issued document the caller may read. */
    @PreAuthorize(EXPORT)
    public DocumentOutput.Pdf archivePackage(DocumentId id) {
        Document document = lookup.readable(actors.current(), id);
        ArchiveEntry entry = store.entry(id)
            .orElseThrow(() -> BusinessRuleViolation.conflict("documents.archive.not-archived", document.title()));
        if (document.classification().readsAreAudited()) {
            events.publishEvent(new RecordRead("document", id.toString(), document.title() + " 归档包",
                document.classification()));
        }
        return new DocumentOutput.Pdf(store.zip(id).orElseThrow(), entry.archivalCode() + " " + document.title() + ".zip");
    }

    /** 归档文件目录 of a year: the archived documents the caller may read, by 件号. */
    @PreAuthorize(EXPORT)
    public List<ArchiveEntry> year(int year) {
        var actor = actors.current();
        return store.year(year).stream().filter(entry -> actor.mayRead(entry.classification()))
            .filter(entry -> documents.findById(entry.document().id())
                .filter(document -> access.mayRead(actor, document)).isPresent())
            .toList();
    }

    /** Makes the package of a document being issued, after its issued PDF is kept; called by 核发. */
    @Transactional
    void archive(Document document) {
        String number = Objects.requireNonNull(document.issuingNumber());
        LocalDate writtenOn = Objects.requireNonNull(document.writtenOn());
        byte[] pdf = Objects.requireNonNull(document.issuedPdf());
        // 归档年度 is the year of the 发文字号; a 令's number has none, so the year it was written.
        Integer numbered = IssuingNumber.parse(number).year();
        int year = numbered != null ? numbered : writtenOn.getYear();
        int item = store.nextItem(year);
        RetentionPeriod retention = settings.retention();
        ArchiveEntry entry = new ArchiveEntry(document.id(),
            "%s-%d-%s-%04d".formatted(settings.fonds(), year, retention.code(), item), year, item, retention,
            document.title(), number, document.issuerName(), writtenOn, document.classification(), clock.instant());

        List<ArchivePackage.File> packed = new ArrayList<>();
        packed.add(new ArchivePackage.File(ArchivePackage.BODY, "正文", pdf));
        packed.add(new ArchivePackage.File(ArchivePackage.SHEET, "发文稿纸",
            layout.renderProcessingSheet(sheets.of(document))));
        List<AttachedFile> attached = attachments.findByDocumentIdOrderByPosition(document.id().id());
        for (AttachedFile file : attached) {
            packed.add(new ArchivePackage.File("%s%02d-%s".formatted(ArchivePackage.ATTACHMENTS, file.position(),
                file.fileName()), "附件", files.get(file.id())));
        }
        store.add(entry, ArchivePackage.zip(metadata(document, entry, pages(pdf)), packed, json));
        events.publishEvent(new DocumentArchived(entry));
    }

    /** The items of DA/T 22-2015 (归档文件目录) and the DA/T 46-2009 elements the document has. */
    private Map<String, Object> metadata(Document document, ArchiveEntry entry, int pages) {
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("档号", entry.archivalCode());
        items.put("全宗号", settings.fonds());
        items.put("年度", entry.year());
        items.put("保管期限", entry.retention().label());
        items.put("件号", entry.itemNumber());
        items.put("题名", entry.title());
        items.put("文号", entry.documentNumber());
        items.put("责任者", entry.responsible());
        items.put("日期", entry.date().format(DateTimeFormatter.BASIC_ISO_DATE));
        items.put("页数", pages);
        items.put("密级", text(document.classification().messageKey()));
        items.put("保密期限", Objects.requireNonNullElse(document.secrecyTerm(), ""));
        items.put("文种", text(document.type().messageKey()));
        items.put("紧急程度", text(document.urgency().messageKey()));
        items.put("主送", DocumentViews.mainRecipientLine(document));
        items.put("抄送", document.recipients().stream().filter(recipient -> recipient.role() == Recipient.Role.COPY)
            .map(Recipient::name).toList());
        items.put("签发人", Objects.requireNonNullElse(document.signerName(), ""));
        items.put("公开属性", document.disclosure() == null ? "" : text(document.disclosure().messageKey()));
        items.put("附件", document.attachmentNames());
        items.put("归档时间", entry.archivedAt().toString());
        return items;
    }

    private String text(String key) {
        return messages.getMessage(key, null, RECORD);
    }

    private static int pages(byte[] pdf) {
        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            return loaded.getNumberOfPages();
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
