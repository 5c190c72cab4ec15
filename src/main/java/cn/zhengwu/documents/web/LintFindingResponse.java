package cn.zhengwu.documents.web;

/**
 * A review finding as the API shows it.
 *
 * @param rule the rule's stable name
 * @param severity MUST or SHOULD
 * @param severityLabel the severity in the caller's language
 * @param citation the article cited, in the caller's language
 * @param message what is wrong, in the caller's language
 */
record LintFindingResponse(String rule, String severity, String severityLabel, String citation, String message) {
}
