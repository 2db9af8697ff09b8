package vn.kiemchung.rules;

/** ERROR blocks submission, WARNING needs a coordinator's waiver, INFO is for the record. */
public enum Severity { ERROR, WARNING, INFO }
