package org.diplomatictimeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's arguments split as Spring Boot users expect: {@code --name=value} is a property
 * (e.g. {@code --spring.datasource.url=jdbc:postgresql://…}) that the command's application context
 * takes over its configuration, {@code --help} or {@code -h} asks for the usage, anything else is the
 * command's own operand (a folder, a file). {@code --} ends the options, so an operand may start with
 * dashes.
 *
 * @param operands the command's own arguments, in order
 * @param properties the property arguments, in order; a repeated name keeps its last value
 * @param help whether the usage was asked for
 * @param unknown an option that is neither a property nor help ("--verbose"), or null
 */
record CommandArguments(List<String> operands, Map<String, Object> properties, boolean help, String unknown) {

	static CommandArguments parse(List<String> args) {
		List<String> operands = new ArrayList<>();
		Map<String, Object> properties = new LinkedHashMap<>();
		boolean help = false;
		String unknown = null;
		boolean options = true;
		for (String arg : args) {
			if (options && arg.equals("--")) {
				options = false;
			}
			else if (options && (arg.equals("--help") || arg.equals("-h"))) {
				help = true;
			}
			else if (options && arg.startsWith("--") && arg.indexOf('=') > 2) {
				properties.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else if (options && arg.startsWith("-") && arg.length() > 1) {
				unknown = unknown == null ? arg : unknown;
			}
			else {
				operands.add(arg);
			}
		}
		return new CommandArguments(List.copyOf(operands), properties, help, unknown);
	}
}
