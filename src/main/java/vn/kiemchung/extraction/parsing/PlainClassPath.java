package vn.kiemchung.extraction.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starting a JVM from the unpacked copy of the running fat jar (the copy the parse children use), for the
 * command line, which would otherwise load every class out of jars nested in the fat jar.
 */
public final class PlainClassPath {

    private PlainClassPath() {
    }

    /**
     * The command that starts {@code mainClass} from the unpacked copy of the running fat jar, with the same
     * java, C1 only, and {@code jvmOptions}; empty when this process does not run from a fat jar or the copy
     * cannot be made (read-only cache folder, full disk): then the caller goes on in this process.
     */
    public static Optional<List<String>> command(String mainClass, List<String> jvmOptions) {
        // the children's own launch target: "@argument file" of the unpacked copy, or a way to start from the jar
        String target = ChildCommand.launchTarget(System.getProperty("java.class.path", "")).get(0);
        if (!target.startsWith("@")) {
            // not a fat jar, or its copy could not be made
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(ChildCommand.javaExecutable());
        // A command runs for seconds to minutes: C2's compiling costs more CPU than its code saves (BENCHMARKS §1).
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add(target);
        command.add(mainClass);
        return Optional.of(command);
    }
}
