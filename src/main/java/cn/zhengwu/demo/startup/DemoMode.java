package cn.zhengwu.demo.startup;

/** Whether this start loads the demo city (演示数据), and if not, why not. */
enum DemoMode {

    /** Demo mode: load the city if the unit tree is empty, and say how to sign in. */
    ON,
    /** {@code zhengwu.demo.enabled=false}. */
    DISABLED,
    /** A real database is configured ({@code spring.datasource.url}): its data is never mixed with the demo's. */
    EXTERNAL_DATABASE;

    /**
     * Decides from the settings; production never runs with demo data, whatever the database.
     *
     * @throws DemoRefusedInProduction when the {@code prod} profile is active and the demo is enabled
     */
    static DemoMode decide(boolean production, boolean enabled, boolean embeddedDatabase) {
        if (production && enabled) {
            throw new DemoRefusedInProduction();
        }
        if (!enabled) {
            return DISABLED;
        }
        return embeddedDatabase ? ON : EXTERNAL_DATABASE;
    }
}
