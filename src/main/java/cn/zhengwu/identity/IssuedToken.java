package cn.zhengwu.identity;

/** A token just created: the secret is shown this once and only its hash is kept. */
public record IssuedToken(String token, ApiTokenSummary summary) {
}
