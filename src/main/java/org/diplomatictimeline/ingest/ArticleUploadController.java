package org.diplomatictimeline.ingest;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.diplomatictimeline.system.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors add articles: upload files or paste a text, see what would be extracted and which known
 * encounters it would join, then save (post, redirect, get) and read a summary.
 */
@Controller
@RequestMapping("/admin")
class ArticleUploadController {

	static final String FORM_VIEW = "admin/upload";

	static final String PREVIEW_VIEW = "admin/preview";

	private static final String REDIRECT_FORM = "redirect:/admin/articles/new";

	static final String DATABASE_REFUSED = "the database refused to store it; nothing of it was stored (and no later file)";

	private static final Logger log = LoggerFactory.getLogger(ArticleUploadController.class);

	private final ArticlePreviewService previews;

	private final ArticleIngestService ingest;

	private final ReextractService reextract;

	private final IngestProperties properties;

	private final ObjectProvider<AuditLog> audit;

	ArticleUploadController(ArticlePreviewService previews, ArticleIngestService ingest, ReextractService reextract,
			IngestProperties properties, ObjectProvider<AuditLog> audit) {
		this.audit = audit;
		this.previews = previews;
		this.ingest = ingest;
		this.reextract = reextract;
		this.properties = properties;
	}

	@ModelAttribute("maxBytes")
	long maxBytes() {
		return properties.maxBytes();
	}

	@GetMapping("/articles/new")
	String form(Model model) {
		if (!model.containsAttribute("pasted")) {
			model.addAttribute("pasted", PastedArticle.empty());
		}
		return FORM_VIEW;
	}

	@PostMapping("/articles/preview")
	String previewFiles(@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpSession session,
			Model model, RedirectAttributes redirect) throws IOException {
		List<PendingUpload.PendingFile> pending = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
					continue;
				}
				pending.add(new PendingUpload.PendingFile(fileName(file, pending.size() + 1), file.getBytes()));
			}
		}
		if (pending.isEmpty()) {
			redirect.addFlashAttribute("problem", "upload.none");
			return REDIRECT_FORM;
		}
		return preview(PendingUpload.keep(session, pending), model);
	}

	@PostMapping("/articles/paste")
	String previewPasted(@Valid @ModelAttribute("pasted") PastedArticle pasted, BindingResult result,
			HttpSession session, Model model) {
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		var file = new PendingUpload.PendingFile(pasted.fileName(), pasted.content());
		return preview(PendingUpload.keep(session, List.of(file)), model);
	}

	@PostMapping("/articles")
	String save(@RequestParam("token") String token, HttpSession session, RedirectAttributes redirect,
			Principal editor) {
		PendingUpload upload = PendingUpload.take(session, token);
		if (upload == null) {
			redirect.addFlashAttribute("problem", "upload.expired");
			return REDIRECT_FORM;
		}
		List<IngestOutcome> outcomes = new ArrayList<>();
		for (PendingUpload.PendingFile file : upload.files()) {
			try {
				outcomes.add(ingest.ingest(file.name(), file.content()));
			}
			catch (DataAccessException e) {
				// a read-only or unreachable database: this file is not stored, nor are the ones after it
				log.error("Storing {} failed", file.name(), e);
				outcomes.add(IngestOutcome.rejected(file.name(), DATABASE_REFUSED));
				break;
			}
		}
		outcomes.stream()
			.filter(o -> o.status() == IngestOutcome.Status.NEW)
			.forEach(o -> audit(editor, "article.add", o.fileName()));
		redirect.addFlashAttribute("outcomes", outcomes);
		return REDIRECT_FORM;
	}

	@PostMapping("/articles/cancel")
	String cancel(HttpSession session) {
		PendingUpload.discard(session);
		return REDIRECT_FORM;
	}

	@PostMapping("/reextract")
	String reextractAll(RedirectAttributes redirect, Principal editor) {
		int count = reextract.reextractAll();
		audit(editor, "articles.reextract", count + " articles");
		redirect.addFlashAttribute("reextracted", count);
		return REDIRECT_FORM;
	}

	/** Writes to the audit trail (absent in page slice tests, which have no database). */
	private void audit(Principal editor, String action, String target) {
		AuditLog log = audit.getIfAvailable();
		if (log != null) {
			log.record(editor == null ? null : editor.getName(), action, target, null);
		}
	}

	private String preview(PendingUpload upload, Model model) {
		List<ArticlePreview> shown = upload.files().stream().map(f -> previews.preview(f.name(), f.content())).toList();
		model.addAttribute("token", upload.token());
		model.addAttribute("previews", shown);
		model.addAttribute("summary", PreviewSummary.of(shown));
		model.addAttribute("savable", shown.stream().anyMatch(p -> !p.rejected() && !p.alreadyPresent()));
		return PREVIEW_VIEW;
	}

	/** The name the editor's browser sent, without any folder part; a numbered name when none. */
	static String fileName(MultipartFile file, int position) {
		String name = file.getOriginalFilename();
		if (name != null) {
			name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		}
		return name == null || name.isEmpty() ? "upload-" + position + ".txt" : name;
	}
}
