package com.example.clinic.visit;

import java.time.LocalDateTime;

/** Hears about every step of a visit. */
public interface VisitListener {

    void requested(String owner, String pet);

    void booked(String owner, String pet, LocalDateTime slot);

    void moved(String owner, String pet, LocalDateTime from, LocalDateTime to);

    void confirmed(String owner, String pet);

    void remindedByMail(String owner, String pet);

    void remindedByText(String owner, String pet);

    void checkedIn(String owner, String pet);

    void waiting(String owner, String pet, int minutes);

    void calledIn(String owner, String pet, String vet);

    void examined(String owner, String pet, String vet);

    void treated(String owner, String pet, String treatment);

    void prescribed(String owner, String pet, String medicine);

    void billed(String owner, String pet, long cents);

    void paid(String owner, String pet, long cents);

    void checkedOut(String owner, String pet);

    void followUpPlanned(String owner, String pet, LocalDateTime slot);

    void cancelledByOwner(String owner, String pet);

    void cancelledByClinic(String owner, String pet, String reason);

    void missed(String owner, String pet);

    void archived(String owner, String pet);
}
