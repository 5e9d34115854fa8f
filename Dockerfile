# EidAnalytics web service. Build: docker build -t eidanalytics .  Run with docker-compose.yml.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# GOV.UK Frontend from npm, as ./eid does it; the GDS Transport font is not copied (GOV.UK domains only).
RUN cd src/EidAnalytics.Web && npm ci --no-audit --no-fund \
 && mkdir -p wwwroot/govuk \
 && cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js wwwroot/govuk/
# For linux-x64 only: a portable publish carries every platform's SkiaSharp and HarfBuzz natives
# (315 MB in all against 171 MB; most of the rest is Playwright's driver, 135 MB).
RUN dotnet publish src/EidAnalytics.Web -c Release -r linux-x64 --self-contained false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# Chromium prints the briefings to PDF; Liberation fonts stand in for Arial.
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation2 fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --create-home eid && mkdir -p /data && chown eid /data
WORKDIR /app
COPY --from=build /app .
USER eid
ENV ASPNETCORE_URLS=http://+:8080 \
    Eid__Storage__Directory=/data/files \
    Eid__Briefings__ChromiumPath=/usr/bin/chromium
EXPOSE 8080
ENTRYPOINT ["dotnet", "EidAnalytics.Web.dll"]
