package cn.zhengwu.demo.papers;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;

/**
 * The loaded city by the names the demo tables use: units by their code, people by their username, and the code
 * {@value #DISTRICTS} for every district government at once (各区人民政府).
 */
record DemoDesk(Map<String, UnitId> units, List<UnitId> districts, Map<String, PersonId> people) {

    static final String DISTRICTS = "DISTRICTS";

    DemoDesk {
        units = Map.copyOf(units);
        districts = List.copyOf(districts);
        people = Map.copyOf(people);
    }

    UnitId unit(String code) {
        return Objects.requireNonNull(units.get(code), () -> "The demo city has no unit " + code);
    }

    List<UnitId> units(List<String> codes) {
        return codes.stream().flatMap(code -> code.equals(DISTRICTS) ? districts.stream() : List.of(unit(code))
            .stream()).toList();
    }

    PersonId person(String username) {
        return Objects.requireNonNull(people.get(username), () -> "The demo city has no account " + username);
    }
}
