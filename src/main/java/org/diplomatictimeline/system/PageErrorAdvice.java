package org.diplomatictimeline.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Friendly pages for a missing thing (404) and a malformed URL (400) on the HTML pages. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e) {
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("what", e.what());
		return page;
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ModelAndView badRequest(Exception e) {
		ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
		if (e instanceof MethodArgumentTypeMismatchException mismatch) {
			page.addObject("parameter", mismatch.getName());
		}
		return page;
	}
}
