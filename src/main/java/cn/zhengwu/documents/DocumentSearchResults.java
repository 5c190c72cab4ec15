package cn.zhengwu.documents;

import java.util.List;

/**
 * One page of found documents, and how many the reader may see in all: documents they may not read are neither
 * listed nor counted.
 *
 * @param page from 0
 */
public record DocumentSearchResults(List<DocumentSummary> documents, long total, int page, int pageSize) {

    public DocumentSearchResults {
        documents = List.copyOf(documents);
    }

    public int pages() {
        return (int) ((total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
