package vn.kiemchung.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/** Runs a rule base over facts; a pure function of its inputs. */
public final class RuleEvaluator {

    /** Guards against rules that keep re-firing each other. */
    private static final int MAX_FIRINGS = 1_000_000;

    private RuleEvaluator() {
    }

    public static Evaluation evaluate(RuleBase base, Collection<?> facts) {
        return evaluate(base, facts, null);
    }

    /** As {@link #evaluate(RuleBase, Collection)}, telling {@code firedRule} the name of every rule that fires. */
    static Evaluation evaluate(RuleBase base, Collection<?> facts, Consumer<String> firedRule) {
        // An incremental update of the same knowledge base waits until this evaluation is done.
        base.guard().lock().readLock().lock();
        KieSession session = base.kieBase().newKieSession();
        try {
            if (firedRule != null) {
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        firedRule.accept(event.getMatch().getRule().getName());
                    }
                });
            }
            Conventions conventions = base.conventions() == null ? Conventions.NONE : base.conventions();
            session.insert(conventions);
            for (Object fact : facts) {
                if (fact instanceof DocumentFact d) {
                    d.classify(conventions);
                }
                session.insert(fact);
            }
            session.fireAllRules(MAX_FIRINGS);
            List<Finding> findings = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Finding.class))) {
                findings.add((Finding) o);
            }
            List<Grade> grades = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Grade.class))) {
                grades.add((Grade) o);
            }
            return new Evaluation(base.guard().version(), findings, grades);
        } finally {
            session.dispose();
            base.guard().lock().readLock().unlock();
        }
    }
}
