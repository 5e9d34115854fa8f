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
        var id = await scope.ServiceProvider.GetRequiredService<BriefingService>().RenderAsync(CouncilApp.Code, null, "test:full", CancellationToken.None);
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
        Assert.Contains("Key findings On 31 March 2025 women were 44.4% of the IT function", text, StringComparison.Ordinal);

        // White to the page edges: GOV.UK's grey page background (#f3f2f1) once showed as a band behind the first
        // page's caption and filled the last page below its text. No row of either page is mostly that grey.
        Assert.Null(GreyRow(await RasterAsync(path, 1)));
        Assert.Null(GreyRow(await RasterAsync(path, pages)));
    }

    /// <summary>One page as a 20-dpi greyscale PGM (pdftoppm), returned as its width and pixels.</summary>
    private static async Task<(int Width, byte[] Pixels)> RasterAsync(string pdf, int page)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"page-{Guid.NewGuid():N}");
        await Programs.RunAsync("pdftoppm", "-r", "20", "-gray", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-singlefile", pdf, prefix);
        var bytes = await File.ReadAllBytesAsync(prefix + ".pgm");
        File.Delete(prefix + ".pgm");
        // A binary PGM: "P5", width, height, max value, each followed by whitespace, then one byte a pixel.
        var header = System.Text.Encoding.ASCII.GetString(bytes, 0, 32).Split((char[])[' ', '\n', '\r', '\t'], 5, StringSplitOptions.RemoveEmptyEntries);
        var (width, height) = (int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture));
        return (width, bytes[^(width * height)..]);
    }

    /// <summary>The first row of which four fifths is a light grey (GOV.UK's #f3f2f1 is 242 in greyscale), or null.</summary>
    private static int? GreyRow((int Width, byte[] Pixels) page)
    {
        for (var row = 0; row < page.Pixels.Length / page.Width; row++)
        {
            var pixels = page.Pixels.AsSpan(row * page.Width, page.Width);
            var grey = 0;
            foreach (var pixel in pixels)
            {
                grey += pixel is >= 235 and <= 248 ? 1 : 0;
            }
            if (grey > 0.8 * page.Width)
            {
                return row;
            }
        }
        return null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PageCount();
}
