package org.trialstream.sitecapture.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A visit POST whose headers and first body byte are sent and whose body never ends: site-capture admits it and then
 * waits for the rest, so it holds a write place and a request thread until the socket is closed.
 */
final class HeldWrite {

	static final String VISITS = Trials.visitsPath(Trials.LEGEND, "US-01-0001");

	private HeldWrite() {
	}

	static Socket open(int port) throws IOException {
		Socket socket = new Socket("127.0.0.1", port);
		String credentials = Base64.getEncoder()
			.encodeToString((Trials.US01 + ":" + Trials.US01).getBytes(StandardCharsets.UTF_8));
		OutputStream out = socket.getOutputStream();
		out.write(("POST " + VISITS + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic "
				+ credentials + "\r\nContent-Type: application/json\r\nIdempotency-Key: held-write\r\n"
				+ "Transfer-Encoding: chunked\r\n\r\n1\r\n{\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return socket;
	}

}
