package org.diplomatictimeline.dispute;

import org.diplomatictimeline.ingest.reference.ReferenceData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the dispute_topic table in step with the reference data, before anything is ingested. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DisputeTopicSync implements ApplicationRunner {

	private final ReferenceData reference;

	private final DisputeTopicRepository topics;

	DisputeTopicSync(ReferenceData reference, DisputeTopicRepository topics) {
		this.reference = reference;
		this.topics = topics;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		sync();
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
