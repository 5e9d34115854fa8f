using System.Net;
using AngleSharp.Html.Parser;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Tests.Comparisons;

/// <summary>An admin enters a benchmark with its source; comparisons offer it and compare against it.</summary>
public sealed class EnteredBenchmarkTests(EidApp app) : IClassFixture<EidApp>
{
    private HttpClient _client = null!;

    [Fact]
    public async Task An_entered_benchmark_needs_a_source_and_then_sets_the_control_limits_of_a_comparison()
    {
        await Councils.AddAsync(app, Councils.WithATinyTeam);
        _client = await app.SignedInClientAsync(Roles.Admin);
        var form = await _client.GetStringAsync("/admin/benchmarks");
        var token = new HtmlParser().ParseDocument(form).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var withoutSource = await PostAsync(token, ("MetricId", "representation.women_share"), ("Name", "Survey 2024"), ("Percent", "40"), ("Source", ""));
        using var withSource = await PostAsync(token, ("MetricId", "representation.women_share"), ("Name", "Survey 2024"), ("Percent", "40"), ("Source", "A survey of council IT teams, 2024"));

        Assert.Equal(HttpStatusCode.BadRequest, withoutSource.StatusCode);
        Assert.Contains("Enter where the value comes from", await withoutSource.Content.ReadAsStringAsync());
        Assert.True(withSource.IsSuccessStatusCode);
        await using var db = app.CreateDbContext();
        var benchmark = await db.Benchmarks.SingleAsync();
        Assert.Equal((0.40, "A survey of council IT teams, 2024"), (benchmark.Value, benchmark.Source));

        var page = await _client.GetStringAsync($"/comparisons?set=all&benchmark=user:{benchmark.Id}");
        var document = new HtmlParser().ParseDocument(page);
        Assert.Contains("Survey 2024", document.QuerySelector("#comparison-heading + p")!.TextContent);
        Assert.Contains("A survey of council IT teams, 2024", page);
        // 12 of 64 (18.8%) against 40%: below the 99.8% limits at n = 64 (23.6%–59.0%).
        Assert.Contains("Lower (outside 99.8% limits)", document.QuerySelector("#comparison-table tr[data-code='E06000902']")!.TextContent);
    }

    private async Task<HttpResponseMessage> PostAsync(string token, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await _client.PostAsync("/admin/benchmarks", content);
    }
}
