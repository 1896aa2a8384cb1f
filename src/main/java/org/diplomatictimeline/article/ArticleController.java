package org.diplomatictimeline.article;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The article list and the page of one article. */
@Controller
class ArticleController {

	static final int PAGE_SIZE = 20;

	private final ArticlePageService articles;

	ArticleController(ArticlePageService articles) {
		this.articles = articles;
	}

	@GetMapping("/articles")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		int index = Math.max(page, 1) - 1;
		model.addAttribute("articles", articles.list(PageRequest.of(index, PAGE_SIZE)));
		return "articles";
	}

	@GetMapping("/articles/{id}")
	String article(@PathVariable long id, Model model) {
		model.addAttribute("article", articles.detail(id));
		return "article";
	}
}
