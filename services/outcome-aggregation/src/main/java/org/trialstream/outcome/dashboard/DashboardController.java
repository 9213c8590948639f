package org.trialstream.outcome.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /dashboard} opens the dashboard page (a static resource), keeping the query (e.g. {@code ?trial=}). */
@Controller
class DashboardController {

	@GetMapping({ "/dashboard", "/dashboard/" })
	String dashboard(HttpServletRequest request) {
		String query = request.getQueryString();
		return "redirect:/dashboard/index.html" + (query == null ? "" : "?" + query);
	}

}
