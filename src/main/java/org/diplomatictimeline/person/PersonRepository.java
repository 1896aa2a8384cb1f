package org.diplomatictimeline.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface PersonRepository extends Repository<Person, Long> {

	Optional<Person> findByKey(String key);

	Optional<Person> findById(Long id);

	List<Person> findByKeyIn(Collection<String> keys);

	List<Person> findAllByOrderByName();

	Person save(Person person);
}
