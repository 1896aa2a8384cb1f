package org.diplomatictimeline.curation;

import java.security.Principal;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors' corrections from an article: its facts, and an encounter the extractor missed in it. */
@Controller
class ArticleCurationController {

	static final String ADD_VIEW = "curation/add-encounter";

	static final String EDIT_VIEW = "curation/edit-article";

	private final CurationService curation;

	private final ArticleRepository articles;

	private final CurationPanels panels;

	ArticleCurationController(CurationService curation, ArticleRepository articles, CurationPanels panels) {
		this.curation = curation;
		this.articles = articles;
		this.panels = panels;
	}

	/** A sentence of the article an editor may pick as evidence: "start-end" offsets and its text. */
	record SentenceChoice(String span, String text) {
	}

	@GetMapping("/admin/articles/{id}/encounters/new")
	@Transactional(readOnly = true)
	public String addForm(@PathVariable long id, Model model) {
		Article a = article(id);
		model.addAttribute("articleId", id);
		model.addAttribute("articleTitle", a.getDisplayTitle());
		model.addAttribute("sentences", sentences(a.getBody()));
		model.addAttribute("people", panels.people());
		model.addAttribute("panel", CurationPanel.reader(id));
		return ADD_VIEW;
	}

	@PostMapping("/admin/articles/{id}/encounters")
	String add(@PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(required = false) List<String> participants,
			@RequestParam(required = false) List<String> evidence, Principal editor, RedirectAttributes redirect) {
		Map<String, String> values = new HashMap<>(form);
		values.put("participants", participants == null ? "" : String.join("+", participants));
		try {
			List<EvidenceSpan> spans = new ArrayList<>();
			for (String span : evidence == null ? List.<String>of() : evidence) {
				String[] parts = span.split("-");
				spans.add(new EvidenceSpan(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
			}
			long encounter = curation.add(id, values, spans, form.get("note"), editor.getName());
			redirect.addFlashAttribute("curationDone", "curation.done.add");
			return "redirect:/encounters/" + encounter;
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
			String what = e instanceof NumberFormatException || e instanceof ArrayIndexOutOfBoundsException ? "evidence"
					: e.getMessage();
			redirect.addFlashAttribute("curationError", "curation.invalid." + what);
			return "redirect:/admin/articles/" + id + "/encounters/new";
		}
	}

	@GetMapping("/admin/articles/{id}/edit")
	@Transactional(readOnly = true)
	public String editForm(@PathVariable long id, Model model) {
		Article a = article(id);
		Map<String, String> values = new HashMap<>();
		ArticleFields.NAMES.forEach(f -> values.put(f, ArticleFields.read(a, f)));
		model.addAttribute("articleId", id);
		model.addAttribute("articleTitle", a.getDisplayTitle());
		model.addAttribute("values", values);
		return EDIT_VIEW;
	}

	@PostMapping("/admin/articles/{id}")
	String edit(@PathVariable long id, @RequestParam Map<String, String> form, Principal editor,
			RedirectAttributes redirect) {
		try {
			curation.editArticle(id, form, form.get("note"), editor.getName());
			redirect.addFlashAttribute("curationDone", "curation.done.article");
			return "redirect:/articles/" + id;
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("curationError", "curation.invalid." + e.getMessage());
			return "redirect:/admin/articles/" + id + "/edit";
		}
	}

	private Article article(long id) {
		return articles.findById(id).orElseThrow(() -> new NotFoundException("article", id));
	}

	static List<SentenceChoice> sentences(String body) {
		List<SentenceChoice> out = new ArrayList<>();
		BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
		it.setText(body);
		int start = it.first();
		for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
			int s = start;
			int e = end;
			while (s < e && Character.isWhitespace(body.charAt(s))) {
				s++;
			}
			while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
				e--;
			}
			if (e > s) {
				out.add(new SentenceChoice(s + "-" + e, body.substring(s, e)));
			}
		}
		return out;
	}
}
