package org.diplomatictimeline.architecture.cycle.two;

import org.diplomatictimeline.architecture.cycle.one.First;

/** The other half of a deliberate package cycle. */
public class Second {

	First back;
}
