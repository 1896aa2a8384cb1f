package org.diplomatictimeline.system;

import java.sql.PreparedStatement;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Raises the {@link DataVersion} once per transaction that wrote a published entity: the first write of
 * a transaction registers a callback that runs the update after Hibernate's last flush and before the
 * commit, on the transaction's own connection. A rolled-back transaction raises nothing; two writers
 * serialise only on that one row, for the moment between their last flush and their commit.
 * <p>
 * Holds no per-transaction state in its fields beyond the set of sessions already marked, which the
 * after-completion callback empties (a weak set, so a session that never completes cannot leak).
 */
class DataVersionListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	private final Set<SharedSessionContractImplementor> marked = Collections
		.newSetFromMap(Collections.synchronizedMap(new WeakHashMap<>()));

	@Override
	public void onPostInsert(PostInsertEvent event) {
		written(event.getSession(), event.getEntity());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		written(event.getSession(), event.getEntity());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		written(event.getSession(), event.getEntity());
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		written(event);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		written(event);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		written(event);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void written(AbstractCollectionEvent event) {
		written(event.getSession(), event.getAffectedOwnerOrNull());
	}

	private void written(SharedSessionContractImplementor session, Object entity) {
		if (entity != null && entity.getClass().isAnnotationPresent(NotPublished.class)) {
			return;
		}
		if (!marked.add(session)) {
			return;
		}
		var callbacks = session.getTransactionCompletionCallbacks();
		callbacks.registerCallback((BeforeCompletionCallback) DataVersionListener::raise);
		callbacks.registerCallback((AfterCompletionCallback) (success, s) -> marked.remove(s));
	}

	private static void raise(SharedSessionContractImplementor session) {
		session.doWork(connection -> {
			try (PreparedStatement update = connection.prepareStatement(DataVersion.RAISE)) {
				update.executeUpdate();
			}
		});
	}
}
