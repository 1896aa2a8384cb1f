package org.diplomatictimeline.ingest;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload beyond the multipart limits (size of a file or of the request, number of files) is
 * refused before any controller runs: the editor goes back to the form with a message instead of an
 * error page. (A single file over the article limit is not this case: it is rejected by name in the
 * preview.)
 */
@ControllerAdvice
class UploadLimitAdvice {

	@ExceptionHandler(MultipartException.class)
	String tooLarge(HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("problem", "upload.tooLarge");
		return "redirect:/admin/articles/new";
	}
}
