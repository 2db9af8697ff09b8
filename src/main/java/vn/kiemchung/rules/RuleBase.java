package vn.kiemchung.rules;

import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.kie.api.KieBase;

/**
 * The compiled rules of one year, as one build left them.
 *
 * <p>A whole build makes a new knowledge base. A change to a few rule files (no declared types or
 * functions) is compiled alone and applied to the knowledge base in service, as Drools does
 * incrementally; evaluations hold {@link Guard#lock()}'s read lock while that happens, and name the
 * version they actually ran on ({@link Guard#version()}), so a report never carries a version
 * other than the rules that produced it.
 *
 * @param conventions the dated conventions of {@code rules/conventions/}, given to every evaluation as a fact
 * @param version "2023@" + the first 12 hex digits of the SHA-256 over every rule file's path and bytes
 */
public record RuleBase(int year, String version, KieBase kieBase, List<String> ruleNames, List<String> files,
                       List<RuleProblem> warnings, Guard guard, Conventions conventions) {

    /** Shared by every version of one knowledge base: the lock of its updates and the version it holds now. */
    public static final class Guard {
        private final ReadWriteLock lock = new ReentrantReadWriteLock();
        private volatile String version;

        Guard(String version) {
            this.version = version;
        }

        ReadWriteLock lock() {
            return lock;
        }

        /** The version the knowledge base holds now. */
        public String version() {
            return version;
        }

        void moveTo(String newVersion) {
            version = newVersion;
        }
    }
}
