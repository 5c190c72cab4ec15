package cn.zhengwu.documents;

import cn.zhengwu.core.SearchContributor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Documents in the shell's search box: the best matches the user may read, and a link to 公文检索. */
@Component
class DocumentSearchContributor implements SearchContributor {

    private final DocumentSearch search;

    DocumentSearchContributor(DocumentSearch search) {
        this.search = search;
    }

    @Override
    public Optional<Contribution> search(String words, int limit) {
        DocumentSearchResults found = search.search(DocumentQuery.words(words), 0);
        if (found.total() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Contribution("documents.search.section", found.total(),
            found.documents().stream().limit(limit).map(document -> new Hit(document.title(),
                document.issuingNumber() == null ? document.issuerName()
                    : document.issuerName() + " · " + document.issuingNumber(),
                "/documents/" + document.id())).toList(),
            "/documents/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)));
    }
}
