# syntax=docker/dockerfile:1
# Multi-stage build: SDK to publish, ASP.NET runtime to run. The bundled corpus is baked in; LiteDB and the index
# snapshots live on the /data volume. Build: docker build -t chatbot . — run: see README ("Docker").

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so code changes don't invalidate the package layer. Every project the
# host references must be listed (tests/ChatBot.IntegrationTests/Hosting/DockerfileTests checks).
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig ./
COPY src/ChatBot.Core/ChatBot.Core.csproj src/ChatBot.Core/
COPY src/ChatBot.Corpus/ChatBot.Corpus.csproj src/ChatBot.Corpus/
COPY src/ChatBot.Lucene/ChatBot.Lucene.csproj src/ChatBot.Lucene/
COPY src/ChatBot.Storage.LiteDb/ChatBot.Storage.LiteDb.csproj src/ChatBot.Storage.LiteDb/
COPY src/ChatBot.MachineLearning/ChatBot.MachineLearning.csproj src/ChatBot.MachineLearning/
COPY src/ChatBot.Slack/ChatBot.Slack.csproj src/ChatBot.Slack/
COPY src/ChatBot.Discord/ChatBot.Discord.csproj src/ChatBot.Discord/
COPY src/ChatBot.SemanticKernel/ChatBot.SemanticKernel.csproj src/ChatBot.SemanticKernel/
COPY src/ChatBot.Embeddings/ChatBot.Embeddings.csproj src/ChatBot.Embeddings/
COPY src/ChatBot.Pictures/ChatBot.Pictures.csproj src/ChatBot.Pictures/
COPY src/ChatBot.Ingest/ChatBot.Ingest.csproj src/ChatBot.Ingest/
COPY src/ChatBot.Storage.Postgres/ChatBot.Storage.Postgres.csproj src/ChatBot.Storage.Postgres/
COPY src/ChatBot.Storage.Redis/ChatBot.Storage.Redis.csproj src/ChatBot.Storage.Redis/
COPY src/ChatBot.Host/ChatBot.Host.csproj src/ChatBot.Host/
RUN dotnet restore src/ChatBot.Host/ChatBot.Host.csproj
COPY src/ src/
RUN dotnet publish src/ChatBot.Host/ChatBot.Host.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY corpus/ ./corpus/
# The runtime image has a non-root user "app"; it owns only /data.
RUN mkdir -p /data && chown app:app /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ChatBot__Corpus__Directory=/app/corpus \
    ChatBot__Corpus__SnapshotDirectory=/data/index \
    ChatBot__Storage__DatabasePath=/data/chatbot.db \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
USER app
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["dotnet", "chatbot.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "chatbot.dll"]
CMD ["serve"]
