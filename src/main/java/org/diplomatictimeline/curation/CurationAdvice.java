package org.diplomatictimeline.curation;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives the encounter and article pages their curation panel, so that those features need not know
 * about curation: readers get the history link and the problem report, editors the correction forms.
 */
@ControllerAdvice(basePackages = { "org.diplomatictimeline.encounter", "org.diplomatictimeline.article" })
class CurationAdvice {

	static final String EDITOR_ROLE = "EDITOR";

	private final ObjectProvider<CurationPanels> panels;

	/** The panels come through a provider: page slice tests load this advice without the services. */
	CurationAdvice(ObjectProvider<CurationPanels> panels) {
		this.panels = panels;
	}

	@ModelAttribute("curation")
	CurationPanel curation(HttpServletRequest request) {
		Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (!(vars instanceof Map<?, ?> map) || !(map.get("id") instanceof String text) || !text.matches("\\d{1,18}")) {
			return null;
		}
		long id = Long.parseLong(text);
		boolean editor = request.isUserInRole(EDITOR_ROLE);
		CurationPanels reader = panels.getIfAvailable();
		if (editor && reader != null && request.getRequestURI().contains("/encounters/")) {
			return reader.editor(id);
		}
		return new CurationPanel(id, editor, Map.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
	}
}
