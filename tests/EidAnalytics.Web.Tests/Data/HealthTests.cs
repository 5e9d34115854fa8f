using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Data;

public sealed class HealthTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task Health_reports_the_database_and_the_scheduler_as_healthy()
    {
        using var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("Healthy", checks["database"]);
        Assert.Equal("Healthy", checks["jobs"]);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_extract_and_metrics_endpoints()
    {
        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/extracts", document);
        Assert.Contains("/api/organisations/{code}/metrics", document);
    }
}
