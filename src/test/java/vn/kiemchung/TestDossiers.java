package vn.kiemchung;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dossiers for tests that share one server: a province has one dossier per year, so each test gets
 * the next province of the year's list (rules/conventions/provinces.csv), Bạc Liêu first. The test
 * documents are written for Bạc Liêu; {@link #localise} rewrites them for the dossier's province so
 * that they belong to it, as a real province's documents would.
 */
public final class TestDossiers {

    /** One attempt to create a dossier for a province: its HTTP status and, when 201, its id. */
    public record Attempt(int status, long id, String body) {
    }

    @FunctionalInterface
    public interface Creator {
        Attempt create(String province, int year) throws Exception;
    }

    private static final Set<String> CITIES = Set.of("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế");
    private static final Map<String, String> PROVINCE_OF = new ConcurrentHashMap<>();
    /** Per server and year, where the next search starts (the ones before have their dossier). */
    private static final Map<String, Integer> NEXT = new ConcurrentHashMap<>();

    static {
        // how close each year came to running out of provinces, for whoever adds the next test
        Runtime.getRuntime().addShutdownHook(new Thread(() -> NEXT.forEach((key, used) -> System.err.println(
                "test dossiers on " + key + ": " + used + " of " + provinces(Integer.parseInt(key.substring(key.lastIndexOf('#') + 1))).size()
                        + " provinces used"))));
    }

    private TestDossiers() {
    }

    /** "Tỉnh Bạc Liêu", then the year's other provinces, then its cities ("Thành phố …"), as the dossiers' province names. */
    public static List<String> provinces(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        List<String> names = new ArrayList<>(List.of("Tỉnh Bạc Liêu"));
        List<String> cities = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("rules", "conventions", "provinces.csv")).subList(1, 65)) {
                String[] cells = line.split(",", -1);
                boolean from = cells[3].isEmpty() || !LocalDate.parse(cells[3]).isAfter(end);
                boolean to = cells[4].isEmpty() || !LocalDate.parse(cells[4]).isBefore(end);
                String name = (CITIES.contains(cells[0]) ? "Thành phố " : "Tỉnh ") + cells[0];
                List<String> into = CITIES.contains(cells[0]) ? cities : names;
                if (from && to && !into.contains(name)) {
                    into.add(name);
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        // the centrally-run cities last, as "Thành phố …", when a shared server has used every province
        names.addAll(cities);
        if (year >= 2025) {
            names.remove("Tỉnh Bạc Liêu");
        }
        return names;
    }

    /**
     * A new dossier of {@code year} on the server at {@code base}: the first province of the list that has
     * none there yet (409 moves on to the next one).
     */
    public static synchronized long create(String server, int year, Creator creator) throws Exception {
        String base = server.replaceAll("/+$", "");
        List<String> provinces = provinces(year);
        int start = NEXT.getOrDefault(base + "#" + year, 0);
        for (int i = start; i < provinces.size(); i++) {
            String province = provinces.get(i);
            Attempt a = creator.create(province, year);
            if (a.status() == 201) {
                PROVINCE_OF.put(base + "#" + a.id(), province);
                NEXT.put(base + "#" + year, i + 1);
                return a.id();
            }
            if (a.status() != 409) {
                throw new IllegalStateException(a.status() + " " + a.body());
            }
        }
        throw new IllegalStateException("every province of " + year + " has its dossier on " + base);
    }

    /** Remembers a dossier made some other way, under the province it was made for. */
    public static void remember(String base, long id, String province) {
        PROVINCE_OF.put(base.replaceAll("/+$", "") + "#" + id, province);
    }

    /** The dossier's province ("Tỉnh Cà Mau"), or Bạc Liêu when the dossier was not made here. */
    public static String provinceOf(String base, long id) {
        return PROVINCE_OF.getOrDefault(base.replaceAll("/+$", "") + "#" + id, "Tỉnh Bạc Liêu");
    }

    /** A Bạc Liêu test document rewritten for the dossier's province. */
    public static String localise(String base, long dossier, String text) {
        String province = provinceOf(base, dossier);
        if (province.equals("Tỉnh Bạc Liêu") || text == null) {
            return text;
        }
        String name = province.substring("Tỉnh ".length());
        Locale vi = Locale.forLanguageTag("vi");
        return text.replace("BẠC LIÊU", name.toUpperCase(vi)).replace("Bạc Liêu", name);
    }
}
