package org.diplomatictimeline.architecture.cycle.one;

import org.diplomatictimeline.architecture.cycle.two.Second;

/** Half of a deliberate package cycle: the architecture rule must reject it. */
public class First {

	Second next;
}
