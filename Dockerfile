# Dosar application image: built from the sources, runs with the "postgres" profile.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY dmn dmn
COPY forms forms
COPY config config
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 dosar
WORKDIR /app
COPY --from=build /build/target/dosar.jar dosar.jar
USER dosar
ENV SPRING_PROFILES_ACTIVE=postgres TZ=Europe/Bucharest
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/dosar.jar"]
