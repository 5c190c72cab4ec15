package cn.zhengwu.core;

/** Where the versioned REST API lives. */
public final class ApiPaths {

    public static final String V1 = "/api/v1";

    private ApiPaths() {
    }
}
