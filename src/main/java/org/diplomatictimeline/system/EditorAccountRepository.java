package org.diplomatictimeline.system;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface EditorAccountRepository extends Repository<EditorAccount, Long> {

	EditorAccount save(EditorAccount account);

	Optional<EditorAccount> findById(Long id);

	Optional<EditorAccount> findByUsername(String username);

	List<EditorAccount> findAllByOrderByUsername();
}
