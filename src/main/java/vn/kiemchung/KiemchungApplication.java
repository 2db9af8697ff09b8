package vn.kiemchung;

import java.util.OptionalInt;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.kiemchung.cli.KiemchungCli;
import vn.kiemchung.extraction.IsolatedParsing;

/**
 * One jar, three roles: the command line ({@code audit}, {@code extract}, {@code rules}) that starts
 * no server; the isolated parse worker the app spawns; and, with no command or {@code serve}, the
 * web application.
 */
@SpringBootApplication
@EnableAsync
@EnableScheduling
public class KiemchungApplication {

    public static void main(String[] args) {
        if (Boolean.getBoolean(vn.kiemchung.launch.SecondJvm.RELAUNCHED)) {
            endWithTheLauncher();
        }
        if (IsolatedParsing.isWorkerCommand(args)) {
            IsolatedParsing.runWorker(args);
            return;
        }
        if (KiemchungCli.handles(args)) {
            var out = vn.kiemchung.cli.CliLogging.keepStdoutForReports();
            OptionalInt relaunched = KiemchungCli.relaunched(args, KiemchungApplication.class.getName());
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
            }
            vn.kiemchung.cli.CliLogging.configureBeside();
            var err = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                    java.nio.charset.StandardCharsets.UTF_8);
            System.exit(KiemchungCli.run(args, out, err));
        }
        String[] springArgs = args.length > 0 && args[0].equals("serve")
                ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        OptionalInt server = KiemchungCli.relaunchedServer(springArgs, KiemchungApplication.class.getName());
        if (server.isPresent()) {
            System.exit(server.getAsInt());
        }
        SpringApplication.run(KiemchungApplication.class, springArgs);
        if (Boolean.getBoolean(vn.kiemchung.launch.SecondJvm.RELAUNCHED)) {
            boolean sharing = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .anyMatch(a -> a.startsWith("-XX:SharedArchiveFile="));
            org.slf4j.LoggerFactory.getLogger(KiemchungApplication.class).info(
                    "Server started again from the unpacked jar, {}{}", sharing ? "with its class-data archive"
                            : "without a class-data archive yet (one is made in the background for the next start)",
                    vn.kiemchung.launch.JarMain.handedOverThisJvm()
                            ? ", handed over by the jar's main class" : "");
        }
    }

    /**
     * A JVM the command started again from the unpacked jar ends, gracefully, when the JVM the person started is
     * gone however it went (kill -9 included): nothing is left serving or writing to the terminal behind it.
     */
    private static void endWithTheLauncher() {
        ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> {
            Thread exit = new Thread(() -> System.exit(143), "launcher-gone");
            exit.setDaemon(true);
            exit.start();
        }));
    }
}
