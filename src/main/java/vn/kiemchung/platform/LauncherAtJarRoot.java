package vn.kiemchung.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import vn.kiemchung.launch.JarMain;

/**
 * Build step, run by the build after Spring Boot repackaged the jar ({@code pom.xml}, execution
 * {@code launcher-at-jar-root}): puts the classes of {@code vn.kiemchung.launch} at the jar's root and makes
 * {@link JarMain} the jar's main class, recording Spring Boot's launcher in the manifest for it to fall back on.
 * Every other entry is copied as it is; the libraries stay stored (uncompressed), as Spring Boot's loader needs.
 * Running it again on its own output gives the same jar.
 */
final class LauncherAtJarRoot {

    private static final String PACKAGE = JarMain.class.getPackageName().replace('.', '/') + "/";

    private LauncherAtJarRoot() {
    }

    /** Arguments: the repackaged jar, the compiled classes folder. */
    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Path temp = jar.resolveSibling(jar.getFileName() + ".launcher.tmp");
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp))) {
            Manifest manifest;
            try (InputStream m = in.getInputStream(in.getEntry(JarFile.MANIFEST_NAME))) {
                manifest = new Manifest(m);
            }
            Attributes main = manifest.getMainAttributes();
            String boot = main.getValue(JarMain.BOOT_MAIN_CLASS) != null ? main.getValue(JarMain.BOOT_MAIN_CLASS)
                    : main.getValue(Attributes.Name.MAIN_CLASS);
            main.putValue(JarMain.BOOT_MAIN_CLASS, boot);
            main.put(Attributes.Name.MAIN_CLASS, JarMain.class.getName());
            out.putNextEntry(new ZipEntry("META-INF/"));
            out.closeEntry();
            out.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
            manifest.write(out);
            out.closeEntry();
            String folder = "";
            for (String part : PACKAGE.split("/")) {
                folder += part + "/";
                if (in.getEntry(folder) == null) {
                    out.putNextEntry(new ZipEntry(folder));
                    out.closeEntry();
                }
            }
            List<Path> launch;
            try (Stream<Path> files = Files.list(classes.resolve(PACKAGE))) {
                launch = files.filter(f -> f.getFileName().toString().endsWith(".class")).sorted().toList();
            }
            for (Path file : launch) {
                out.putNextEntry(new ZipEntry(PACKAGE + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.equals("META-INF/") || name.equals(JarFile.MANIFEST_NAME)
                        || (name.startsWith(PACKAGE) && name.indexOf('/', PACKAGE.length()) < 0 && !name.equals(PACKAGE))) {
                    continue; // written above
                }
                copy(in, entry, out);
            }
        }
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copy(ZipFile in, ZipEntry entry, ZipOutputStream out) throws IOException {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        if (entry.getMethod() == ZipEntry.STORED) {
            copy.setMethod(ZipEntry.STORED);
            copy.setSize(entry.getSize());
            copy.setCompressedSize(entry.getSize());
            copy.setCrc(entry.getCrc());
        }
        out.putNextEntry(copy);
        if (!entry.isDirectory()) {
            try (InputStream data = in.getInputStream(entry)) {
                data.transferTo(out);
            }
        }
        out.closeEntry();
    }
}
