package org.diplomatictimeline.curation;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.encounter.AccountKey;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.encounter.EncounterSource;
import org.springframework.stereotype.Component;

/**
 * Finds the stored encounter that holds an account a correction was made on. The same key in the same
 * article is the account; failing that, the same people, kind and status with an overlapping date (the
 * extractor now reads "2 November 2015" where it read "November 2015").
 */
@Component
class AccountResolver {

	private final EncounterRepository encounters;

	AccountResolver(EncounterRepository encounters) {
		this.encounters = encounters;
	}

	Optional<Encounter> encounterOf(long articleId, String key) {
		Encounter loose = null;
		for (Encounter e : encounters.findBySourceArticle(articleId)) {
			for (EncounterSource s : e.getSources()) {
				if (!s.getArticle().getId().equals(articleId)) {
					continue;
				}
				if (s.getAccountKey().equals(key)) {
					return Optional.of(e);
				}
				if (loose == null && looselySame(s.getAccountKey(), key)) {
					loose = e;
				}
			}
		}
		return Optional.ofNullable(loose);
	}

	/** The encounter holding the most of these accounts (the first named wins a tie), if any holds one. */
	Optional<Encounter> encounterOf(Collection<CorrectionAccount> accounts) {
		Map<Encounter, Integer> votes = new HashMap<>();
		Map<Encounter, Integer> firstSeen = new HashMap<>();
		int i = 0;
		for (CorrectionAccount a : accounts) {
			Optional<Encounter> e = encounterOf(a.articleId(), a.accountKey());
			if (e.isPresent()) {
				votes.merge(e.get(), 1, Integer::sum);
				firstSeen.putIfAbsent(e.get(), i);
			}
			i++;
		}
		return votes.keySet()
			.stream()
			.max(Comparator.<Encounter>comparingInt(votes::get).thenComparing(e -> -firstSeen.get(e)));
	}

	/** True when the encounter has a source that is this account. */
	static boolean holds(Encounter encounter, CorrectionAccount account) {
		return encounter.getSources()
			.stream()
			.anyMatch(s -> s.getArticle().getId().equals(account.articleId())
					&& (s.getAccountKey().equals(account.accountKey())
							|| looselySame(s.getAccountKey(), account.accountKey())));
	}

	/** True when the account named by article and key is this correction account, exactly or loosely. */
	static boolean same(CorrectionAccount account, long articleId, String key) {
		return account.articleId() == articleId
				&& (account.accountKey().equals(key) || looselySame(account.accountKey(), key));
	}

	static boolean looselySame(String a, String b) {
		if (!AccountKey.withoutDate(a).equals(AccountKey.withoutDate(b))) {
			return false;
		}
		FuzzyDate da = AccountKey.date(a);
		FuzzyDate db = AccountKey.date(b);
		return da != null && db != null && da.overlaps(db);
	}

	/** The accounts an encounter holds now, as correction accounts on the given side. */
	static List<CorrectionAccount> accountsOf(Encounter encounter, int side) {
		return encounter.getSources()
			.stream()
			.map(s -> new CorrectionAccount(side, s.getArticle().getId(), s.getAccountKey()))
			.distinct()
			.toList();
	}
}
