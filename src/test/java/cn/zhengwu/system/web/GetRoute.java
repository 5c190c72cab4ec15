package cn.zhengwu.system.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One address the application answers to a GET, ready to be opened: each variable and each required parameter holds a
 * value of the handler's type, so that a refusal is the answer and not a value that cannot be read; a handler that
 * answers htmx alone gets the headers htmx sends.
 *
 * @param pattern the mapping's pattern, as in the controller
 * @param uri the address to open
 * @param headers the request headers the mapping asks for
 */
record GetRoute(String pattern, String uri, Map<String, String> headers) {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]+)?}");

    /** Every GET route of the handler mapping, by pattern. */
    static List<GetRoute> all(RequestMappingHandlerMapping mappings) {
        List<GetRoute> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((mapping, handler) -> {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                mapping.getPatternValues()
                    .forEach(pattern -> routes.add(new GetRoute(pattern, uri(pattern, handler), headers(handler))));
            }
        });
        routes.sort(Comparator.comparing(GetRoute::pattern).thenComparing(route -> route.headers().size()));
        return routes;
    }

    private static String uri(String pattern, HandlerMethod handler) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder uri = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String value = parameter(handler, name).map(GetRoute::sample).orElseGet(() -> UUID.randomUUID().toString());
            variable.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        variable.appendTail(uri);
        String separator = "?";
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
                    && !Map.class.isAssignableFrom(parameter.getParameterType())) {
                uri.append(separator).append(name(param.name(), parameter)).append('=').append(sample(parameter));
                separator = "&";
            }
        }
        return uri.toString();
    }

    private static Optional<MethodParameter> parameter(HandlerMethod handler, String variable) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            if (path != null && name(path.name(), parameter).equals(variable)) {
                return Optional.of(parameter);
            }
        }
        return Optional.empty();
    }

    private static String name(String declared, MethodParameter parameter) {
        return declared.isEmpty() ? parameter.getParameter().getName() : declared;
    }

    /** A value the handler can read: a year for numbers, a working day for dates, the first of an enum, else an id. */
    private static String sample(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "2026";
        }
        if (type == LocalDate.class || type == String.class) {
            return "2026-01-05";
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        return UUID.randomUUID().toString();
    }

    private static Map<String, String> headers(HandlerMethod handler) {
        HxRequest htmx = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), HxRequest.class);
        Map<String, String> headers = new LinkedHashMap<>();
        if (htmx != null) {
            headers.put("HX-Request", "true");
            put(headers, "HX-Trigger", htmx.value());
            put(headers, "HX-Trigger", htmx.triggerId());
            put(headers, "HX-Trigger-Name", htmx.triggerName());
            put(headers, "HX-Target", htmx.target());
            put(headers, "HX-Boosted", htmx.boosted() ? "true" : null);
            put(headers, "HX-History-Restore-Request", htmx.historyRestoreRequest() ? "true" : null);
        }
        return headers;
    }

    private static void put(Map<String, String> headers, String name, @Nullable String value) {
        if (StringUtils.hasText(value)) {
            headers.put(name, value);
        }
    }

    @Override
    public String toString() {
        return headers.isEmpty() ? pattern : pattern + " " + headers;
    }
}
