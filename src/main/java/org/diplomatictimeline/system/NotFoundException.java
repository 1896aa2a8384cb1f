package org.diplomatictimeline.system;

/** Something a URL names does not exist; pages answer 404 with a friendly page. */
public class NotFoundException extends RuntimeException {

	private final String what;

	/**
	 * @param what the kind of thing that is missing, a message key suffix ("encounter", "article", ...)
	 * @param id the id or key from the URL
	 */
	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
		this.what = what;
	}

	public String what() {
		return what;
	}
}
