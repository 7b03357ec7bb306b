package com.invoice24.shared;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Requests Tomcat refuses before the application sees them (an address it cannot decode, for one) are
 * answered by Tomcat's error report; under {@code /api/} that answer is a problem detail too, not HTML.
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorProblems {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> apiProblemsFromTomcat() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost server) {
                server.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            ProblemReportValve problems = new ProblemReportValve();
            problems.setShowReport(false);
            problems.setShowServerInfo(false);
            host.addValve(problems);
        });
    }

    /** Tomcat's own error report for pages; a problem detail for the API. Public: Tomcat may create it. */
    public static final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String uri = request.getRequestURI();
            if (uri == null || !(uri.equals("/api") || uri.startsWith("/api/"))) {
                super.report(request, response, throwable);
                return;
            }
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatusCode status = HttpStatusCode.valueOf(code);
            HttpStatus known = HttpStatus.resolve(code);
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"about:blank\",\"title\":\"" + (known != null ? known.getReasonPhrase()
                            : "Error") + "\",\"status\":" + code + ",\"detail\":\"" + ErrorPages.sentence(status)
                            + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException alreadyAnswered) {
                // The client has gone or the answer is under way: there is no one left to tell.
            }
        }
    }
}
