package vn.kiemchung.cli;

import vn.kiemchung.platform.Bilingual;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Arguments split into positionals and --options (with values), checked against what a command accepts. */
record Options(List<String> positionals, Map<String, String> values) {

    static Options parse(List<String> args, Set<String> withValue, Set<String> flags) {
        List<String> positionals = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (withValue.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(Bilingual.of("cli.optionNeedsValue", name));
                        }
                        value = args.get(++i);
                    }
                    values.put(name, value);
                } else if (flags.contains(name)) {
                    values.put(name, "true");
                } else {
                    throw new UsageException(Bilingual.of("cli.unknownOption", a));
                }
            } else {
                positionals.add(a);
            }
        }
        return new Options(positionals, values);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** An assessment year as typed (four digits), or a usage error saying so. */
    static int year(String s) {
        if (s == null || !s.matches("\\d{4}")) {
            throw new UsageException(Bilingual.of("cli.yearDigits", String.valueOf(s)));
        }
        return Integer.parseInt(s);
    }
}
