package cn.zhengwu.demo.city;

import java.util.Set;

import cn.zhengwu.core.SecurityClassification;

/** A demo account, linked to its person, with its roles and clearance (密级). */
record DemoAccount(String username, DemoPerson person, SecurityClassification clearance, Set<String> roles) {

    DemoAccount {
        roles = Set.copyOf(roles);
    }
}
