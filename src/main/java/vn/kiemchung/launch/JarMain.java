package vn.kiemchung.launch;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.jar.JarFile;

/**
 * The jar's main class (the build puts this package at the jar's root and names it in the manifest). When the
 * jar's unpacked copy is already there, {@code audit}, {@code extract} and the server (once its class-data
 * archive is made) are handed straight to a JVM started from that copy, as {@code cli.Relaunch} would do after
 * Spring Boot's loader had opened every library nested in the 300 MB jar: that loader alone cost the command
 * about half a CPU-second before the real work could start (BENCHMARKS §1). Everything else, and every case this
 * class cannot settle alone (no copy yet, no archive yet, relaunching switched off), goes to Spring Boot's
 * launcher as before, and the application decides there.
 */
public final class JarMain {

    /** The application's main class, which the second JVM starts. */
    public static final String APPLICATION = "vn.kiemchung.KiemchungApplication";
    /** Manifest attribute, written by the build: Spring Boot's launcher this class stands in front of. */
    public static final String BOOT_MAIN_CLASS = "Kiemchung-Boot-Main-Class";
    private static final String DEFAULT_BOOT_MAIN_CLASS = "org.springframework.boot.loader.launch.JarLauncher";
    /** Set on a JVM this class started, so {@code --timings} can say who handed the command over. */
    public static final String HANDED_OVER_BY = "kiemchung.handed-over-by";

    private JarMain() {
    }

    public static void main(String[] args) throws Throwable {
        String classPath = System.getProperty("java.class.path", "");
        Optional<SecondJvm.Handover> handover = handover(args, classPath, SecondJvm.forwardedOptions());
        if (handover.isPresent()) {
            OptionalInt status = handover.get().run();
            if (status.isPresent()) {
                System.exit(status.getAsInt());
            }
        }
        try {
            Class.forName(bootMainClass(classPath)).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * What this class hands over without the application: empty when it cannot tell alone, and then the
     * application decides (and makes the copy or the archive when missing).
     *
     * @param forwarded this JVM's options for the second ({@link SecondJvm#forwardedOptions}); empty when the work
     *                  stays in this JVM
     */
    static Optional<SecondJvm.Handover> handover(String[] args, String classPath, Optional<List<String>> forwarded) {
        if (forwarded.isEmpty() || classPath.isEmpty() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        boolean command = args.length > 0 && SecondJvm.COMMANDS.contains(args[0]);
        boolean serve = args.length == 0 || args[0].equals("serve")
                || Arrays.stream(args).allMatch(a -> a.startsWith("--") && a.length() > 2 && !a.equals("--help"));
        if (!command && !serve) {
            return Optional.empty();
        }
        Optional<Path> argumentFile = JarCopy.argumentFileIfUnpacked(Path.of(classPath));
        if (argumentFile.isEmpty()) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>(forwarded.get());
        options.add("-D" + HANDED_OVER_BY + "=" + JarMain.class.getSimpleName());
        if (command) {
            return Optional.of(SecondJvm.command(argumentFile.get(), options, APPLICATION, Arrays.asList(args)));
        }
        if (SecondJvm.serverArchive(argumentFile.get().getParent()).isEmpty()) {
            // no archive yet: the application starts the run that makes it
            return Optional.empty();
        }
        String[] springArgs = args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
        return Optional.of(SecondJvm.server(argumentFile.get(), options, APPLICATION, Arrays.asList(springArgs), Optional.empty()));
    }

    /** Whether this JVM was started by {@link #main} handing a command or the server over. */
    public static boolean handedOverThisJvm() {
        return System.getProperty(HANDED_OVER_BY) != null;
    }

    /** Spring Boot's launcher the build recorded in the manifest, or its usual one. */
    private static String bootMainClass(String classPath) {
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            try (JarFile jar = new JarFile(classPath)) {
                String recorded = jar.getManifest() == null ? null
                        : jar.getManifest().getMainAttributes().getValue(BOOT_MAIN_CLASS);
                if (recorded != null && !recorded.isBlank()) {
                    return recorded.strip();
                }
            } catch (IOException e) {
                // the usual launcher, then
            }
        }
        return DEFAULT_BOOT_MAIN_CLASS;
    }
}
