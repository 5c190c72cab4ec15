package cn.zhengwu.demo.startup;

import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.demo.city.DemoCity;
import cn.zhengwu.demo.city.DemoCityLoader;
import cn.zhengwu.demo.papers.DemoPaperwork;
import cn.zhengwu.organization.OrganizationManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * At start-up in demo mode: loads the demo city and its paperwork if the unit tree is still empty, then logs how to
 * sign in.
 * Runners run after the web server has started, so the welcome message knows the actual port.
 */
@Component
public class DemoStart implements ApplicationRunner {

    /** The advisory lock of the demo load: the bytes of "ZHWDEMO". */
    static final long LOCK = 0x005A_4857_4445_4D4FL;

    private static final Logger log = LoggerFactory.getLogger(DemoStart.class);

    private final DemoMode mode;
    private final DemoPassword password;
    private final DemoCityLoader city;
    private final DemoPaperwork paperwork;
    private final OrganizationManagement organization;
    private final JdbcTemplate jdbc;
    private final TransactionOperations transactions;
    private final Environment environment;

    DemoStart(DemoMode mode, DemoPassword password, DemoCityLoader city, DemoPaperwork paperwork,
            OrganizationManagement organization, JdbcTemplate jdbc, TransactionOperations transactions, Environment environment) {
        this.mode = mode;
        this.password = password;
        this.city = city;
        this.paperwork = paperwork;
        this.organization = organization;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (mode != DemoMode.ON) {
            log.debug("No demo city: {}", mode);
            return;
        }
        loadUnlessLoaded();
        log.info("{}{}", System.lineSeparator(),
            new DemoWelcome(address(), DemoCity.usernames(), password.describe()).text());
    }

    /** Loads the city once, however many nodes start together; true if this call loaded it. */
    public boolean loadUnlessLoaded() {
        Boolean loaded = SystemAuthentication.call(() -> transactions.execute(status -> {
            // The lock ends with the transaction: a node that waited here then finds the city and leaves it.
            jdbc.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            if (!organization.unitTree(true).isEmpty()) {
                return false;
            }
            city.load(password.obtain(DemoCity.usernames()));
            paperwork.load();
            return true;
        }));
        return Boolean.TRUE.equals(loaded);
    }

    private String address() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port + environment.getProperty("server.servlet.context-path", "") + "/";
    }
}
