package org.diplomatictimeline.dispute;

import org.diplomatictimeline.ingest.reference.ReferenceData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dispute_topic table in step with the reference data, before anything is ingested. When
 * several instances start at once on one database, one inserts the topics and the others, having lost
 * on the primary key, synchronise again and find them there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DisputeTopicSync implements ApplicationRunner {

	private static final int ATTEMPTS = 3;

	private final ReferenceData reference;

	private final DisputeTopicRepository topics;

	private final TransactionTemplate transaction;

	DisputeTopicSync(ReferenceData reference, DisputeTopicRepository topics, TransactionTemplate transaction) {
		this.reference = reference;
		this.topics = topics;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (int attempt = 1;; attempt++) {
			try {
				transaction.executeWithoutResult(status -> sync());
				return;
			}
			catch (DataIntegrityViolationException e) {
				// another instance starting at the same moment inserted the same topics first
				if (attempt == ATTEMPTS) {
					throw e;
				}
			}
		}
	}

	@Transactional
	public void sync() {
		for (var ref : reference.disputeTopics()) {
			DisputeTopic topic = topics.findById(ref.slug()).orElseGet(() -> new DisputeTopic(ref.slug(), ref.label(), ref.background()));
			topic.update(ref.label(), ref.background());
			topics.save(topic);
		}
	}
}
