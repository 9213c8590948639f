package org.trialstream.outcome.unblinding;

/** An unblinding that cannot be recorded: no reason given (bad request), or the trial is not blinded (conflict). */
public final class UnblindingRejectedException extends RuntimeException {

	private final boolean badRequest;

	private final String type;

	private UnblindingRejectedException(String message, boolean badRequest, String type) {
		super(message);
		this.badRequest = badRequest;
		this.type = type;
	}

	static UnblindingRejectedException missingReason() {
		return new UnblindingRejectedException("An unblinding needs a reason", true, "reason-required");
	}

	static UnblindingRejectedException notBlinded(String trialId) {
		return new UnblindingRejectedException("Trial " + trialId + " is not blinded", false, "not-blinded");
	}

	public boolean badRequest() {
		return badRequest;
	}

	public String type() {
		return type;
	}

}
