# One recipe for the four service images: docker build --build-arg SERVICE=cleaner-service -t newspipe/cleaner .
# Build stage: the Maven Wrapper builds the one service and what it needs.
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    test -n "$SERVICE" && ./mvnw -B -q -Dmaven.test.skip=true -pl "$SERVICE" -am package \
    && java -Djarmode=tools -jar "$SERVICE"/target/"$SERVICE"-*-exec.jar extract --layers --launcher --destination /layers

# Runtime stage: a JRE, the jar's layers from least to most often changed, a non-root user.
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 newspipe && useradd --system --uid 10001 --gid 10001 --no-create-home newspipe
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001:10001
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
