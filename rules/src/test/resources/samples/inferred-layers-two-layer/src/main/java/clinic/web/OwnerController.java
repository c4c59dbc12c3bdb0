package clinic.web;

import clinic.model.Owner;
import clinic.repository.OwnerRepository;
import org.springframework.stereotype.Controller;

/** No service layer in this application: controllers calling repositories is its design, not a bypass. */
@Controller
public class OwnerController {

    private final OwnerRepository owners;

    public OwnerController(OwnerRepository owners) {
        this.owners = owners;
    }

    public Owner show(int id) {
        return owners.findById(id);
    }
}
