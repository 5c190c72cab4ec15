package cn.zhengwu.demo.city;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.NewAccount;
import cn.zhengwu.organization.NewLiaison;
import cn.zhengwu.organization.NewPost;
import cn.zhengwu.organization.NewSecretary;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonDetails;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitDetails;
import cn.zhengwu.organization.UnitId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the demo city through the public facades only, so every record passes the same validation and
 * leaves the same audit trail as one entered by hand. The caller acts as the system, inside one transaction.
 */
@Component
public class DemoCityLoader {

    /** Since when the liaison contacts serve. */
    static final LocalDate CONTACTS_SINCE = LocalDate.of(2024, 1, 2);

    private static final Logger log = LoggerFactory.getLogger(DemoCityLoader.class);

    private final OrganizationManagement organization;
    private final IdentityManagement identity;

    DemoCityLoader(OrganizationManagement organization, IdentityManagement identity) {
        this.organization = organization;
        this.identity = identity;
    }

    /** Creates every unit, person, post, secretary, contact and account; the accounts share the password. */
    public void load(String password) {
        Map<String, UnitId> units = createUnits();
        Map<DemoPerson, PersonId> people = registerPeople(units);
        for (DemoSecretary pair : DemoPeople.secretaries()) {
            organization.assignSecretary(find(people, pair.leader()),
                new NewSecretary(find(people, pair.secretary()), pair.since()));
        }
        List<DemoContact> contacts = DemoContacts.all();
        for (DemoContact contact : contacts) {
            Listing listing = contact.listing();
            organization.addLiaison(find(units, contact.unit()),
                new NewLiaison(contact.role(), listing.name(), listing.phone(), listing.mobile(), CONTACTS_SINCE));
        }
        for (DemoAccount account : DemoAccounts.ALL) {
            identity.openAccount(new NewAccount(account.username(), account.person().name(),
                find(people, account.person()), password, account.clearance(), account.roles()));
        }
        log.info("Loaded the demo city: {} units, {} people, {} liaison contacts, {} accounts", units.size(),
            people.size(), contacts.size(), DemoAccounts.ALL.size());
    }

    private Map<String, UnitId> createUnits() {
        List<DemoUnit> all = DemoUnits.all();
        Map<String, UnitId> created = new HashMap<>();
        for (int order = 0; order < all.size(); order++) {
            DemoUnit unit = all.get(order);
            UnitId parent = unit.parent() == null ? null : find(created, unit.parent());
            var details = new UnitDetails(parent, unit.kind(), unit.fullName(), unit.shortName(), unit.code(),
                unit.codeWord(), order);
            created.put(unit.code(), organization.createUnit(details).id());
        }
        return created;
    }

    private Map<DemoPerson, PersonId> registerPeople(Map<String, UnitId> units) {
        Map<DemoPerson, PersonId> registered = new HashMap<>();
        for (DemoPerson person : DemoPeople.all()) {
            Listing listing = person.listing();
            PersonId id = organization.registerPerson(
                new PersonDetails(listing.name(), listing.mobile(), listing.phone(), null)).id();
            List<DemoPost> posts = person.posts();
            for (int index = 0; index < posts.size(); index++) {
                DemoPost post = posts.get(index);
                organization.assignPost(id, new NewPost(find(units, post.unit()), post.title(),
                    post.rank(), index == 0, post.since()));
            }
            registered.put(person, id);
        }
        return registered;
    }

    /** The tables refer to units and people by code and row; a dangling reference is a mistake in them. */
    private static <K, V> V find(Map<K, V> created, K key) {
        return Objects.requireNonNull(created.get(key), () -> "The demo city does not define " + key);
    }
}
