package cn.zhengwu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every string a user sees comes from a message bundle, and the bundles are complete and well-formed:
 * Chinese is the base, English and Spanish have exactly its keys, apostrophes are doubled for
 * MessageFormat, braces balance, and every key used by a template or by Java exists.
 */
class MessageBundlesTests {

    static final Path BUNDLES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path SOURCES = Path.of("src/main/java");
    static final List<String> LOCALES = List.of("en", "es");

    @Test
    void everyLanguageHasExactlyTheKeysOfTheChineseBase() throws IOException {
        for (String bundle : bundleNames()) {
            Set<String> base = load(BUNDLES.resolve(bundle + ".properties")).keySet();
            for (String locale : LOCALES) {
                Set<String> translated = load(BUNDLES.resolve(bundle + "_" + locale + ".properties")).keySet();
                assertThat(translated).as("keys of %s_%s", bundle, locale).containsExactlyInAnyOrderElementsOf(base);
            }
        }
    }

    @Test
    void noBundleRepeatsAKey() throws IOException {
        for (Path file : bundleFiles()) {
            Set<String> seen = new HashSet<>();
            List<String> repeated = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals))) {
                    repeated.add(line.substring(0, equals));
                }
            }
            assertThat(repeated).as("repeated keys in %s", file).isEmpty();
        }
    }

    @Test
    void messagesAreWellFormedForMessageFormat() throws IOException {
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        List<String> problems = new ArrayList<>();
        for (Path file : bundleFiles()) {
            load(file).forEach((key, value) -> {
                if (loneApostrophe.matcher(value).find()) {
                    problems.add(file.getFileName() + " " + key + ": single apostrophe (write '')");
                }
                if (value.chars().filter(c -> c == '{').count() != value.chars().filter(c -> c == '}').count()) {
                    problems.add(file.getFileName() + " " + key + ": unbalanced braces");
                }
                if (!value.equals(value.strip()) || value.contains("  ")) {
                    problems.add(file.getFileName() + " " + key + ": leading, trailing or double blanks");
                }
                if (value.isEmpty()) {
                    problems.add(file.getFileName() + " " + key + ": empty");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        // An element's own text must be replaced by th:text (or name a language in that language, lang="…").
        Pattern element = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)");
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = element.matcher(Files.readString(template));
            while (matcher.find()) {
                String tag = matcher.group(1);
                String attributes = matcher.group(2);
                String text = matcher.group(3).strip();
                boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext")
                    || attributes.contains("sec:authentication") || attributes.contains("th:replace")
                    || attributes.contains("lang=\"");
                boolean wordy = text.codePoints().anyMatch(Character::isLetter) && !text.startsWith("&");
                if (wordy && !replaced && !tag.equals("script") && !tag.equals("style")) {
                    literal.add(TEMPLATES.relativize(template) + ": <" + tag + "> " + text);
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String bundle : bundleNames()) {
            known.addAll(load(BUNDLES.resolve(bundle + ".properties")).keySet());
        }
        Set<String> missing = new TreeSet<>();
        Pattern templateKey = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
        for (Path template : templates()) {
            collect(templateKey, Files.readString(template), known, missing, template);
        }
        Pattern validationKey = Pattern.compile("message = \"\\{([a-zA-Z][\\w.]*)}\"");
        Pattern violationKey = Pattern.compile(
            "BusinessRuleViolation\\.(?:invalid|notFound|conflict|forbidden)\\(\\s*\"([a-zA-Z][\\w.]*)\"");
        Pattern actionKey = Pattern.compile("(?:action\\(\\) \\{\\s*return|= ) \"([a-z]+\\.[\\w.]+)\";");
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                collect(validationKey, code, known, missing, source);
                collect(violationKey, code, known, missing, source);
                collect(actionKey, code, known, missing, source);
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void collect(Pattern pattern, String text, Set<String> known, Set<String> missing, Path where) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (!known.contains(matcher.group(1))) {
                missing.add(matcher.group(1) + " (" + where.getFileName() + ")");
            }
        }
    }

    private static Set<String> bundleNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path file : bundleFiles()) {
            String name = file.getFileName().toString().replace(".properties", "");
            if (!name.contains("_")) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<Path> bundleFiles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(file -> file.toString().endsWith(".properties")).sorted().toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Map<String, String> load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.forEach((key, value) -> values.put((String) key, (String) value));
        return values;
    }
}
