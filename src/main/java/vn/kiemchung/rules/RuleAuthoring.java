package vn.kiemchung.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import vn.kiemchung.platform.FileTrees;
import vn.kiemchung.catalogue.Catalogue;

/**
 * Decision tables uploaded by rule authors through the product. DRL can run arbitrary Java, so
 * only tables (CSV, XLSX) are accepted here; each is compiled and every case of its year is run
 * on a staged copy of the rules before anything in service changes.
 */
public final class RuleAuthoring {

    /** A component folder inside a year: "1/1.1-steering-committee-head". */
    private static final Pattern FOLDER = Pattern.compile("[0-9]{1,2}(/[0-9A-Za-z][0-9A-Za-z._-]{0,80}){1,2}");
    private static final Pattern TABLE_NAME = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,120}\\.(csv|xlsx)");
    private static final Pattern CASE_NAME = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,120}\\.ya?ml");

    private final RuleBook book;
    private final IntFunction<Catalogue> catalogues;

    public RuleAuthoring(RuleBook book, IntFunction<Catalogue> catalogues) {
        this.book = book;
        this.catalogues = catalogues;
    }

    /** What became of an upload: published (with the new version), or refused with the reasons. */
    public record Publication(boolean published, String version, List<String> problems, List<String> failedCases) {
    }

    public Publication publish(int year, String folder, String tableName, byte[] table, Map<String, byte[]> cases) {
        List<String> refused = validate(folder, tableName, table, cases);
        if (!refused.isEmpty()) {
            return new Publication(false, null, refused, List.of());
        }
        Path live = book.publishingRoot();
        Path staging = null;
        try {
            staging = Files.createTempDirectory("kiemchung-rules-staging");
            FileTrees.copy(live, staging);
            write(staging.resolve(String.valueOf(year)).resolve(folder), tableName, table, cases);
            RuleBase staged;
            try {
                staged = new RuleCompiler(staging).compile(year);
            } catch (RuleCompilationException e) {
                return new Publication(false, null, e.problems().stream().map(RuleProblem::toString).toList(), List.of());
            }
            List<String> failed = new ArrayList<>();
            for (RuleCases.Outcome o : new RuleCases(staging, catalogues).runYear(staged, year)) {
                if (o.unreadable() != null) {
                    failed.add(o.unreadable().getMessage());
                } else if (!o.passed()) {
                    failed.add(o.file() + ": " + String.join("; ", o.result().failures()));
                }
            }
            if (!failed.isEmpty()) {
                return new Publication(false, null, List.of(), failed);
            }
            write(live.resolve(String.valueOf(year)).resolve(folder), tableName, table, cases);
            return new Publication(true, book.reload(year).version(), List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the rules", e);
        } finally {
            if (staging != null) {
                FileTrees.deleteQuietly(staging);
            }
        }
    }

    private static List<String> validate(String folder, String tableName, byte[] table, Map<String, byte[]> cases) {
        List<String> problems = new ArrayList<>();
        if (folder == null || !FOLDER.matcher(folder).matches() || folder.contains("..")) {
            problems.add("thư mục không hợp lệ / invalid folder '" + folder + "' (e.g. 1/1.1-steering-committee-head)");
        }
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            problems.add("chỉ nhận bảng quyết định .csv hoặc .xlsx / only .csv or .xlsx decision tables are accepted: '" + tableName + "'");
        } else if (tableName.toLowerCase(Locale.ROOT).endsWith(".xlsx") && !(table.length > 4 && table[0] == 'P' && table[1] == 'K')) {
            problems.add("tệp không phải XLSX / the file is not an XLSX workbook: " + tableName);
        } else if (tableName.toLowerCase(Locale.ROOT).endsWith(".csv") && new String(table, java.nio.charset.StandardCharsets.UTF_8).contains("\0")) {
            problems.add("tệp CSV chứa dữ liệu nhị phân / the CSV holds binary data: " + tableName);
        }
        for (String name : cases.keySet()) {
            if (!CASE_NAME.matcher(name).matches()) {
                problems.add("tên ca kiểm thử không hợp lệ / invalid case file name: " + name);
            }
        }
        return problems;
    }

    private static void write(Path folder, String tableName, byte[] table, Map<String, byte[]> cases) throws IOException {
        Files.createDirectories(folder);
        atomicWrite(folder.resolve(tableName), table);
        if (!cases.isEmpty()) {
            Files.createDirectories(folder.resolve("cases"));
            for (var c : cases.entrySet()) {
                atomicWrite(folder.resolve("cases").resolve(c.getKey()), c.getValue());
            }
        }
    }

    /** The watcher must never see half a file: write beside it, then move it into place. */
    private static void atomicWrite(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
        Files.write(temp, bytes);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
