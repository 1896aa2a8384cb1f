package org.diplomatictimeline.dispute;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface DisputeTopicRepository extends Repository<DisputeTopic, String> {

	List<DisputeTopic> findAllByOrderByLabel();

	Optional<DisputeTopic> findById(String slug);

	DisputeTopic save(DisputeTopic topic);
}
