package clinic.model;

import jakarta.persistence.Entity;

@Entity
public class Owner {

    private String name;

    public String getName() {
        return name;
    }
}
