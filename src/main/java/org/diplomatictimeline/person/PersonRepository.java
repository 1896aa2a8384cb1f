package org.diplomatictimeline.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends Repository<Person, Long> {

	Optional<Person> findByKey(String key);

	Optional<Person> findById(Long id);

	List<Person> findByKeyIn(Collection<String> keys);

	List<Person> findAllByOrderByName();

	Person save(Person person);

	/**
	 * Locks these people's rows until the end of the transaction, in key order (so that two
	 * transactions never wait for each other crosswise). Storing an article holds them while it
	 * decides which stored encounters its encounters join.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Person p where p.id in :ids order by p.key")
	List<Person> lockAll(@Param("ids") Collection<Long> ids);
}
