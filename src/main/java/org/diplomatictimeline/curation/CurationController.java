package org.diplomatictimeline.curation;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors' corrections of an encounter and of its statements, from the encounter page. */
@Controller
class CurationController {

	private final CurationService curation;

	CurationController(CurationService curation) {
		this.curation = curation;
	}

	@PostMapping("/encounters/{id}/correct")
	String correct(@PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(required = false) List<String> participants, Principal editor, RedirectAttributes redirect) {
		Map<String, String> values = new HashMap<>(form);
		if (participants != null) {
			values.put("participants", String.join("+", participants));
		}
		try {
			int changed = curation.correct(id, values, form.get("note"), editor.getName());
			redirect.addFlashAttribute("curationDone", changed == 0 ? "curation.done.none" : "curation.done.correct");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("curationError", "curation.invalid." + e.getMessage());
		}
		return "redirect:/encounters/" + id;
	}

	@PostMapping("/encounters/{id}/confirm")
	String confirm(@PathVariable long id, Principal editor, RedirectAttributes redirect,
			@RequestParam(required = false) String back) {
		curation.confirm(id, editor.getName());
		redirect.addFlashAttribute("curationDone", "curation.done.confirm");
		return "review".equals(back) ? "redirect:/admin/review" : "redirect:/encounters/" + id;
	}

	@PostMapping("/encounters/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String note, Principal editor,
			RedirectAttributes redirect) {
		curation.reject(id, note, editor.getName());
		redirect.addFlashAttribute("curationDone", "curation.done.reject");
		return "redirect:/admin/review";
	}

	@PostMapping("/admin/corrections/{id}/restore")
	String restore(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
		redirect.addFlashAttribute("curationDone", "curation.done.restore");
		return curation.restore(id, editor.getName()).map(e -> "redirect:/encounters/" + e).orElse("redirect:/admin/review");
	}

	@PostMapping("/encounters/{id}/merge")
	String merge(@PathVariable long id, @RequestParam String other, @RequestParam(required = false) String note,
			Principal editor, RedirectAttributes redirect) {
		try {
			long otherId = Long.parseLong(other.strip().replaceFirst("^.*/encounters/", "").replaceFirst("[^0-9].*$", ""));
			long merged = curation.merge(id, otherId, note, editor.getName());
			redirect.addFlashAttribute("curationDone", "curation.done.merge");
			return "redirect:/encounters/" + merged;
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("curationError", "curation.invalid.merge");
			return "redirect:/encounters/" + id;
		}
	}

	@PostMapping("/encounters/{id}/split")
	String split(@PathVariable long id, @RequestParam long source, @RequestParam(required = false) String note,
			Principal editor, RedirectAttributes redirect) {
		try {
			long remaining = curation.split(id, source, note, editor.getName());
			redirect.addFlashAttribute("curationDone", "curation.done.split");
			return "redirect:/encounters/" + remaining;
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("curationError", "curation.invalid.split");
			return "redirect:/encounters/" + id;
		}
	}

	@PostMapping("/statements/{id}/speaker")
	String speaker(@PathVariable long id, @RequestParam String speaker, @RequestParam(required = false) String note,
			Principal editor, RedirectAttributes redirect) {
		try {
			Long encounter = curation.fixSpeaker(id, speaker, note, editor.getName());
			redirect.addFlashAttribute("curationDone", "curation.done.speaker");
			return encounter == null ? "redirect:/" : "redirect:/encounters/" + encounter;
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("curationError", "curation.invalid.speaker");
			return "redirect:/";
		}
	}

	@PostMapping("/statements/{id}/detach")
	String detach(@PathVariable long id, @RequestParam(required = false) String note, Principal editor,
			RedirectAttributes redirect) {
		Long encounter = curation.detach(id, note, editor.getName());
		redirect.addFlashAttribute("curationDone", "curation.done.detach");
		return encounter == null ? "redirect:/" : "redirect:/encounters/" + encounter;
	}
}
