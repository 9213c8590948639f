package org.trialstream.security;

/**
 * How a service signs users in (SECURITY_MODE): LOCAL, HTTP Basic against the development users of its
 * application.yml (a developer's machine only: their passwords are public); JWT, bearer tokens from the sponsor's
 * identity provider (anywhere real).
 */
public enum SecurityMode {

	LOCAL, JWT

}
