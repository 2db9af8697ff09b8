package vn.kiemchung.extraction.parsing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import vn.kiemchung.launch.SecondJvm;

/**
 * The command line that starts a child: the same java as the parent, and either the Spring Boot
 * fat jar (whose main class dispatches {@code __parse-worker}) or the parent's plain class path.
 */
public final class ChildCommand {

    /** First argument that makes {@code KiemchungApplication.main} run {@link ParseWorker} instead of Spring. */
    public static final String WORKER_ARGUMENT = "__parse-worker";

    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private ChildCommand() {
    }

    /**
     * @param heap         the child's -Xmx, e.g. "512m"
     * @param extraOptions more JVM options (tests use this for their fault hooks)
     */
    public static List<String> build(String heap, List<String> extraOptions) {
        List<String> command = new ArrayList<>();
        command.add(SecondJvm.javaExecutable());
        command.add("-Xmx" + heap);
        command.add("-Xss4m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:+UseSerialGC");
        // C1 only: children are short-lived and mostly wait on I/O, so start-up beats peak speed.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:-UsePerfData");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(extraOptions);
        command.addAll(launchTarget(System.getProperty("java.class.path", "")));
        return command;
    }

    static List<String> launchTarget(String classPath) {
        if (!classPath.isEmpty() && !classPath.contains(File.pathSeparator)) {
            Path single = Path.of(classPath);
            if (Files.isRegularFile(single) && classPath.endsWith(".jar") && isBootArchive(single)) {
                Optional<Path> unpacked = UnpackedRuntime.argumentFile(single);
                if (unpacked.isPresent()) {
                    return List.of("@" + unpacked.get(), ParseWorker.class.getName());
                }
                return List.of("-jar", single.toString(), WORKER_ARGUMENT);
            }
            if (Files.isDirectory(single.resolve("BOOT-INF"))) {
                // an exploded fat jar, started with JarLauncher on the directory
                return List.of("-cp", single.toString(), BOOT_LAUNCHER, WORKER_ARGUMENT);
            }
        }
        // A JVM started from the unpacked copy (the relaunched command line, the server): its children name the
        // copy's argument file as well, which is what lets them share the copy's class-data archive.
        Optional<Path> copy = UnpackedRuntime.argumentFileOf(classPath);
        if (copy.isPresent()) {
            return List.of("@" + copy.get(), ParseWorker.class.getName());
        }
        return List.of("-cp", classPath, ParseWorker.class.getName());
    }

    private static boolean isBootArchive(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry("BOOT-INF/") != null || file.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
