package org.diplomatictimeline.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that no public page or API answer shows (audit lines, accounts, readers' reports):
 * writing it does not change the {@link DataVersion}, so it does not make every reader's cached page
 * stale.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface NotPublished {
}
