package cn.zhengwu.signature.web;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.signature.DocumentSignatures;
import cn.zhengwu.signature.SignatureVerification;
import cn.zhengwu.signature.config.SignatureProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/signatures}: 验签 of a PDF, open to every caller like the page. */
@RestController
@RequestMapping(ApiPaths.V1 + "/signatures")
@Tag(name = "Signatures", description = "Verification of signed documents (电子签章, 验签)")
class SignatureApiController {

    private final DocumentSignatures signatures;
    private final SignatureProperties properties;

    SignatureApiController(DocumentSignatures signatures, SignatureProperties properties) {
        this.signatures = signatures;
        this.properties = properties;
    }

    @PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @SecurityRequirements
    @Operation(summary = "Verify a signed PDF", description = "Whether the PDF is signed and intact (every "
        + "signature's digest and CMS signature check out and cover the whole file), who signed it (certificate CN "
        + "and O), when (the signature's M entry), and whether the signer is trusted (the office's certificate or "
        + "the configured trust store). outcome is UNSIGNED, INTACT, CHANGED_AFTER_SIGNING or ALTERED. No token "
        + "needed; the file is not kept.")
    @ApiResponse(responseCode = "200", description = "The verification, also for unsigned or altered documents")
    @ApiResponse(responseCode = "400", description = "No file, a file over the size limit, or not a readable PDF")
    SignatureVerification verify(@Parameter(description = "The PDF, as the multipart part 'file'")
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file) {
        return signatures.verify(UploadedPdf.read(file, properties.maxUploadSize()));
    }
}
