using System.Text.RegularExpressions;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Briefings;
using EidAnalytics.Web.Tests.Infrastructure;
using EidAnalytics.Web.Tests.Organisations;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Briefings;

/// <summary>
/// The briefing of an extract with leavers, joiners, promotions and pay (<see cref="CouncilExtract"/>,
/// whose figures <see cref="DashboardTests"/> works out by hand) carries the same sections as the dashboard.
/// </summary>
public sealed partial class FullBriefingTests(CouncilApp app) : IClassFixture<CouncilApp>
{
    [Fact]
    public async Task The_briefing_page_has_every_section_for_both_scopes()
    {
        var viewer = await app.SignedInClientAsync(Roles.Viewer, CouncilApp.Code);
        var html = await viewer.GetStringAsync($"/organisations/{CouncilApp.Code}/briefing");

        foreach (var scope in new[] { "it-function", "organisation" })
        {
            foreach (var section in new[] { "hiring", "retention", "progression", "pay", "declaration" })
            {
                Assert.Contains($"id=\"{scope}-{section}-heading\"", html, StringComparison.Ordinal);
            }
        }
        // 3 leavers / ((10 + 9) / 2) in the IT function, as on the dashboard.
        Assert.Contains("Turnover was 31.6% in the year to 31 March 2025", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printed_briefing_reads_as_text_with_each_section_and_fits_a_few_A4_pages()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<BriefingService>().RenderAsync(CouncilApp.Code, "test:full", CancellationToken.None);
        var viewer = await app.SignedInClientAsync(Roles.Viewer, CouncilApp.Code);
        var pdf = await viewer.GetByteArrayAsync($"/briefings/{id}/pdf");
        var path = Infrastructure.Browser.ArtifactPath("briefing-full.pdf");
        await File.WriteAllBytesAsync(path, pdf);

        var info = await Programs.RunAsync("pdfinfo", path);
        var text = Spaces().Replace(await Programs.RunAsync("pdftotext", path, "-"), " ");

        Assert.Contains("(A4)", info, StringComparison.Ordinal);
        var pages = int.Parse(PageCount().Match(info).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(pages, 2, 16);
        Assert.Contains("Women were 0.7 times as likely as men to leave", text, StringComparison.Ordinal);
        Assert.Contains("Four-fifths rule: women were promoted at less than four-fifths of men's rate", text, StringComparison.Ordinal);
        Assert.Contains("Women's median hourly pay (£17.50) was 12.5% lower than men's (£20.00).", text, StringComparison.Ordinal);
        Assert.Contains("Upper quartile (highest paid)", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PageCount();
}
