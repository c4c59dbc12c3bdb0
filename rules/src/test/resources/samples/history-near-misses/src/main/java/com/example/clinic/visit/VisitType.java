package com.example.clinic.visit;

/** What a visit is for. */
public enum VisitType {
    CHECK_UP,
    VACCINATION,
    DENTAL_CLEANING,
    SURGERY,
    X_RAY,
    ULTRASOUND,
    BLOOD_TEST,
    MICROCHIPPING,
    NEUTERING,
    GROOMING,
    NAIL_TRIM,
    EMERGENCY,
    EYE_EXAM,
    EAR_CLEANING,
    DIET_CONSULTATION,
    BEHAVIOUR_CONSULTATION,
    PHYSIOTHERAPY,
    EUTHANASIA,
    TRAVEL_CERTIFICATE,
    FOLLOW_UP
}
