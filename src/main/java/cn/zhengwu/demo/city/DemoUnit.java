package cn.zhengwu.demo.city;

import cn.zhengwu.organization.UnitKind;
import org.jspecify.annotations.Nullable;

/**
 * A unit (机构) of the demo city.
 *
 * @param parent the code of the unit above it; {@code null} for the root
 * @param codeWord the issuing-organ code word (发文机关代字), only where the reference shows one
 */
record DemoUnit(String code, @Nullable String parent, UnitKind kind, String fullName, String shortName,
        @Nullable String codeWord) {
}
