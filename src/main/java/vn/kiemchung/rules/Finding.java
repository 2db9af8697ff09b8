package vn.kiemchung.rules;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Something a rule noticed about an indicator or a document, with what to do about it.
 * A class with getters (not a record) so DRL and decision tables can match on it.
 */
public final class Finding {

    private final Severity severity;
    private final String code;
    private final String rule;
    private final String indicatorCode;
    private final String document;
    private final String message;
    private final String messageEn;
    private String fix;
    private String fixEn;
    private Integer page;
    private boolean earnsNothing;

    public Finding(Severity severity, String code, String rule, String indicatorCode, String document,
                   String message, String messageEn) {
        this.severity = Objects.requireNonNull(severity);
        this.code = Objects.requireNonNull(code);
        this.rule = rule;
        this.indicatorCode = indicatorCode;
        this.document = document;
        this.message = message;
        this.messageEn = messageEn;
    }

    /** For rules: the rule's own name becomes the finding's rule. */
    public static Finding raise(RuleContext context, String severity, String code, String indicatorCode,
                                String document, String message, String messageEn) {
        return new Finding(Severity.valueOf(severity), code, context.getRule().getName(), indicatorCode, document,
                message, messageEn);
    }

    /** For rules about a document: indicator and path come from the fact. */
    public static Finding about(RuleContext context, String severity, String code, DocumentFact document,
                                String message, String messageEn) {
        return raise(context, severity, code, document.getIndicatorCode(), document.getPath(), message, messageEn);
    }

    public Finding withFix(String fixVi, String fixEnglish) {
        this.fix = fixVi;
        this.fixEn = fixEnglish;
        return this;
    }

    /**
     * The rule declares that its document earns no points for the component while this finding stands
     * (an ERROR always does; a WARNING only when its rule says so, and not once a coordinator waives it).
     */
    public Finding earnsNothing() {
        this.earnsNothing = true;
        return this;
    }

    /** For a table row: a grade of 0 means the document earns nothing. */
    public Finding earnsNothingWhen(boolean condition) {
        if (condition) {
            this.earnsNothing = true;
        }
        return this;
    }

    public Finding onPage(Integer pageNumber) {
        this.page = pageNumber;
        return this;
    }

    public Severity getSeverity() { return severity; }
    public String getCode() { return code; }
    public String getRule() { return rule; }
    public String getIndicatorCode() { return indicatorCode; }
    public String getDocument() { return document; }
    public String getMessage() { return message; }
    public String getMessageEn() { return messageEn; }
    public String getFix() { return fix; }
    public String getFixEn() { return fixEn; }
    public Integer getPage() { return page; }
    public boolean isError() { return severity == Severity.ERROR; }
    public boolean isEarnsNothing() { return earnsNothing || severity == Severity.ERROR; }

    @Override
    public String toString() {
        return severity + " " + code + " [" + indicatorCode + "] " + (document == null ? "" : document + " ") + "(" + rule + ")";
    }
}
