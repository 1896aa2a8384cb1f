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

	/** Per person, office and date precision: the encounters they took part in, earliest and latest start. */
	@Query("select new org.diplomatictimeline.person.OfficeSeen(p.person.key, p.person.name, p.country, p.office,"
			+ " e.datePrecision, count(distinct e.id), min(e.dateStart), max(e.dateStart))"
			+ " from Participation p join p.encounter e group by p.person.key, p.person.name, p.country, p.office,"
			+ " e.datePrecision")
	List<OfficeSeen> officesSeen();

	/** {@link #officesSeen()} for one person. */
	@Query("select new org.diplomatictimeline.person.OfficeSeen(p.person.key, p.person.name, p.country, p.office,"
			+ " e.datePrecision, count(distinct e.id), min(e.dateStart), max(e.dateStart))"
			+ " from Participation p join p.encounter e where p.person.id = :personId"
			+ " group by p.person.key, p.person.name, p.country, p.office, e.datePrecision")
	List<OfficeSeen> officesSeen(@Param("personId") Long personId);

	/** Encounters per person, each counted once. */
	@Query("select p.person.key, count(distinct p.encounter.id) from Participation p group by p.person.key")
	List<Object[]> countEncountersPerPerson();

	/**
	 * The people a person met at held encounters, per office and country they held then: how many meetings
	 * and the latest start (undated ones have none).
	 */
	@Query("select new org.diplomatictimeline.person.OfficeSeen(o.person.key, o.person.name, o.country, o.office,"
			+ " null, count(distinct e.id), min(e.dateStart), max(e.dateStart))"
			+ " from Participation me join me.encounter e join e.participants o"
			+ " where me.person.id = :personId and o.person.id <> :personId and e.status = :held"
			+ " group by o.person.key, o.person.name, o.country, o.office")
	List<OfficeSeen> counterparts(@Param("personId") Long personId,
			@Param("held") org.diplomatictimeline.domain.EncounterStatus held);

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
