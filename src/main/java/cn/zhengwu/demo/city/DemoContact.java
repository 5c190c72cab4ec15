package cn.zhengwu.demo.city;

import cn.zhengwu.organization.LiaisonRole;

/** A unit's liaison officer (联络员) or 24-hour duty contact (值班联系人). */
record DemoContact(String unit, LiaisonRole role, Listing listing) {
}
