# The Verbinder application as a container image: a JRE, the packaged jar split into Spring Boot's
# layers (dependencies change seldom, the application's own classes often), run as an unprivileged user.
# Build after `./mvnw -B package` (or `./mvnw -B verify`): docker build -t verbinder .
# It needs a PostgreSQL server: see compose.yaml and the README's "Running in production".
FROM eclipse-temurin:25-jre AS layers
WORKDIR /layers
COPY target/verbinder.jar verbinder.jar
RUN java -Djarmode=tools -jar verbinder.jar extract --layers --destination extracted

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /app verbinder
# The processing log's anchor file (VERBINDER_PROCESSING_LOG_ANCHOR_FILE) lives on a volume here.
RUN mkdir -p /var/lib/verbinder-anchors && chown 10001 /var/lib/verbinder-anchors
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
USER 10001
ENV SPRING_PROFILES_ACTIVE=production
# 8080: the application (behind the TLS proxy); 8081: health, probes and metrics, for the cluster only.
EXPOSE 8080 8081
# Probes: the orchestrator asks /livez and /readyz on 8080, or /actuator/health on 8081 (the JRE image has
# no curl, so there is no HEALTHCHECK here).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "verbinder.jar"]
