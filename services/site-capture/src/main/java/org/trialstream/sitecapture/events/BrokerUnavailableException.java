package org.trialstream.sitecapture.events;

/** The broker did not acknowledge a write in time (or refused it): the client gets 503, never a 2xx. */
public class BrokerUnavailableException extends RuntimeException {

	public BrokerUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
