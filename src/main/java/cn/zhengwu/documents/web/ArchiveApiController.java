package cn.zhengwu.documents.web;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.documents.ArchiveEntry;
import cn.zhengwu.documents.DocumentArchive;
import cn.zhengwu.documents.DocumentId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 归档: the archive package of an issued document, and the yearly list, at {@code /api/v1}. */
@RestController
@RequestMapping(ApiPaths.V1)
@Tag(name = "Archive", description = "归档: the archive packages of issued documents (metadata, 发文稿纸, issued PDF, "
    + "attachments) and the 归档文件目录 of a year")
class ArchiveApiController {

    private final DocumentArchive archive;

    ArchiveApiController(DocumentArchive archive) {
        this.archive = archive;
    }

    @GetMapping("/documents/{id}/archive-package")
    @Operation(summary = "The archive package of an issued document", description = "A ZIP: metadata.json and "
        + "metadata.xml (档号, 全宗号, 年度, 保管期限, 件号, 题名, 文号, 责任者, 日期, 页数, 密级 … and every file with its "
        + "SHA-256), processing-sheet.pdf, document.pdf (the issued, signed PDF) and attachments/. Needs ARCHIVE_EXPORT "
        + "and the right to read the document.")
    @ApiResponse(responseCode = "200", description = "The ZIP")
    @ApiResponse(responseCode = "403", description = "Without ARCHIVE_EXPORT")
    @ApiResponse(responseCode = "404", description = "No such document the caller may read")
    @ApiResponse(responseCode = "409", description = "Not issued, so not archived")
    ResponseEntity<byte[]> archivePackage(@PathVariable UUID id) {
        return zip(archive, id);
    }

    @GetMapping("/archive")
    @Operation(summary = "The 归档文件目录 of a year", description = "The archived documents of the 归档年度 (the year "
        + "of their 发文字号) that the caller may read, by 件号. Needs ARCHIVE_EXPORT.")
    @ApiResponse(responseCode = "200", description = "The entries")
    @ApiResponse(responseCode = "403", description = "Without ARCHIVE_EXPORT")
    List<ArchiveEntry> year(@RequestParam int year) {
        return archive.year(year);
    }

    static ResponseEntity<byte[]> zip(DocumentArchive archive, UUID id) {
        return DocumentApiController.fileResponse(archive.archivePackage(new DocumentId(id)),
            MediaType.parseMediaType("application/zip"));
    }
}
