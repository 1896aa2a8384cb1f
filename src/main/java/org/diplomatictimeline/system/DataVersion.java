package org.diplomatictimeline.system;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of what the pages show: a counter in the database that every transaction writing a
 * published entity (article, encounter, statement, person, topic, correction, ...) raises by one just
 * before it commits. Pages and API answers put it in their ETag ({@link ConditionalGetInterceptor}), so
 * "has anything been ingested or curated since?" costs one primary-key read, and is true across every
 * instance sharing the database.
 * <p>
 * The raise is hooked into Hibernate's events ({@link DataVersionListener}) rather than called by each
 * service, so a new write path cannot forget it. Bulk JPQL updates and deletes bypass those events: they
 * are only used inside transactions that also write entities.
 */
@Component
public class DataVersion {

	static final String READ = "select version from data_version where id = 1";

	static final String RAISE = "update data_version set version = version + 1 where id = 1";

	private final JdbcClient jdbc;

	DataVersion(EntityManagerFactory entityManagerFactory, JdbcClient jdbc) {
		this.jdbc = jdbc;
		DataVersionListener listener = new DataVersionListener();
		EventListenerRegistry events = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		events.appendListeners(EventType.POST_INSERT, listener);
		events.appendListeners(EventType.POST_UPDATE, listener);
		events.appendListeners(EventType.POST_DELETE, listener);
		events.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
		events.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
		events.appendListeners(EventType.POST_COLLECTION_REMOVE, listener);
	}

	/** The number of committed writes to published data so far. */
	public long current() {
		return jdbc.sql(READ).query(Long.class).single();
	}
}
