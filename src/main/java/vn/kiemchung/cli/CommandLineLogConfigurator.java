package vn.kiemchung.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's first configuration in a command-line JVM is the command's own ({@link CliLogging#configure}), found
 * by logback through {@code META-INF/services}: without it, logback set itself up with its default (everything
 * to stdout) and replayed there what had been logged while it was loading, before the command's configuration
 * replaced it, and a parse child's start once ended up in front of {@code extract --format json}'s JSON. In any
 * other JVM (the server, a parse child, the tests) it does nothing and logback goes on as it would without it.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class CommandLineLogConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (!Boolean.getBoolean(CliLogging.COMMAND_LINE)) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        CliLogging.configure(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
