package clinic.repository;

import clinic.model.Owner;
import org.springframework.data.repository.Repository;

public interface OwnerRepository extends Repository<Owner, Integer> {

    Owner findById(int id);
}
