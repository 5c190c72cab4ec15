package cn.zhengwu.documents.web;

import cn.zhengwu.documents.DocumentArchive;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The archive package's download on the document page. */
@Controller
class ArchiveController {

    private final DocumentArchive archive;

    ArchiveController(DocumentArchive archive) {
        this.archive = archive;
    }

    @GetMapping("/documents/{id}/archive.zip")
    ResponseEntity<byte[]> archivePackage(@PathVariable UUID id) {
        return ArchiveApiController.zip(archive, id);
    }
}
