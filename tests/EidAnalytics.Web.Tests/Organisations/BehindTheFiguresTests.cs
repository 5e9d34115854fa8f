using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Briefings;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Organisations;

/// <summary>
/// A hand-built IT-team extract whose adjusted figures and projection can be worked out on paper, snapshot
/// 31 March 2025 (P from 1 April 2024). Everyone started on 5 January 2018, so everyone is in the 5–10 years
/// service band whether at the leave date or at the snapshot; there is no working-pattern column and no
/// promotions or joiners. Two levels:
///
///   level 2: 20 women (8 left), 10 men (4 left): leaving 0.4 for both
///   level 4: 10 women (2 left), 20 men (4 left): leaving 0.2 for both
///
/// Within each level women and men leave alike, but women are mostly at the level people leave more from.
/// Pay at the snapshot (stayers), each cell half at one rate and half 1.25 times it; women earn 0.9 times
/// men's rate at the same level, level 4 earns 1.5 times level 2:
///
///   level 2: 6 women at £18.00, 6 at £22.50 · 3 men at £20.00, 3 at £25.00
///   level 4: 4 women at £27.00, 4 at £33.75 · 8 men at £30.00, 8 at £37.50
/// </summary>
internal static class AnalysisExtract
{
    public static string Csv(string code)
    {
        var csv = new StringBuilder("organisation_code,snapshot_date,employee_ref,job_family,level,start_date,last_promotion_date,leave_date,leave_reason,gender,hourly_pay\n");
        var n = 0;
        void Add(int count, int level, string gender, string? pay, bool left)
        {
            for (var i = 0; i < count; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{code},2025-03-31,E{++n},it,{level},2018-01-05,,{(left ? "2024-10-31,voluntary" : ",")},{gender},{pay}\n");
            }
        }
        Add(8, 2, "female", null, left: true);
        Add(6, 2, "female", "18.00", left: false);
        Add(6, 2, "female", "22.50", left: false);
        Add(4, 2, "male", null, left: true);
        Add(3, 2, "male", "20.00", left: false);
        Add(3, 2, "male", "25.00", left: false);
        Add(2, 4, "female", null, left: true);
        Add(4, 4, "female", "27.00", left: false);
        Add(4, 4, "female", "33.75", left: false);
        Add(4, 4, "male", null, left: true);
        Add(8, 4, "male", "30.00", left: false);
        Add(8, 4, "male", "37.50", left: false);
        return csv.ToString();
    }
}

/// <summary>The app with <see cref="AnalysisExtract"/> uploaded once, as organisation <see cref="Code"/>.</summary>
public class AnalysisApp : EidApp
{
    public const string Code = "E09000413";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await AddOrganisationAsync(Code, "Analysis Extract Borough");
        using var client = await this.ApiClientAsync(Code);
        JsonElement upload = await Extracts.UploadAsync(client, Code, AnalysisExtract.Csv(Code));
        Assert.Equal("loaded", upload.GetProperty("status").GetString());
    }
}

/// <summary>
/// "What lies behind the figures" on the dashboard and in the briefing, through HTTP, and the form that tries
/// another target. Every figure is worked out by hand in the comments.
/// </summary>
public sealed class BehindTheFiguresTests(AnalysisApp app) : IClassFixture<AnalysisApp>
{
    private const string Dashboard = $"/organisations/{AnalysisApp.Code}";

    [Fact]
    public async Task The_adjusted_leaving_odds_ratio_is_1_within_levels_though_the_raw_one_is_not()
    {
        // Raw: women 10 left / 20 stayed, men 8 / 22: (10/20) / (8/22) = 0.5 / 0.363636 = 1.375.
        // Within each level the leaving proportions are equal, so the fit with a level indicator reproduces
        // them exactly with β_female = 0: odds ratio 1. Its information, the level intercepts partialled out,
        // is Σ p(1 − p)·n_F·n_M / n = 0.24 × 20 × 10 / 30 + 0.16 × 10 × 20 / 30 = 1.6 + 1.066667 = 2.666667;
        // SE = √(1 / 2.666667) = 0.612372; × 1.959964 = 1.200228; e^∓1.200228 = 0.301126–3.320874.
        var page = await PageAsync(Dashboard);

        Assert.Equal(
            "Among people alike in level, service and working pattern, women's odds of leaving were 1.00 times men's "
            + "(95% CI 0.30–3.32): the interval includes 1, so the data are consistent with no difference. "
            + "Before adjustment, women's odds of leaving were 1.38 times men's.",
            Texts(page, "#it-function-adjusted-sentences li")[0]);
        Assert.Equal(["Odds ratio of leaving", "1.38", "1.00", "0.30 to 3.32"], Row(page, "#it-function-adjusted-table", "Odds ratio of leaving"));
    }

    [Fact]
    public async Task The_adjusted_pay_gap_is_the_gap_within_levels_with_a_student_t_interval_and_the_share_accounted_for()
    {
        // ln pay = a + g·level4 + ln 0.9·female ± ½ ln 1.25 exactly, so OLS gives β_female = ln 0.9 = −0.105361:
        // a gap of (1 − 0.9) × 100 = 10.0%. Every residual is ±0.111572, RSS = 42 × 0.111572² = 0.522827 on
        // 42 − 3 = 39 degrees of freedom: σ² = 0.013406. The female column, level partialled out, has
        // Σ n_F·n_M / n = 12 × 6 / 18 + 8 × 16 / 24 = 4 + 5.333333 = 9.333333: SE = √(0.013406 / 9.333333) = 0.037899;
        // t(0.975, 39) = 2.022691, × SE = 0.076658. Gap limits (1 − e^(−0.105361 ± 0.076658)) × 100 = +2.8% and +16.6%.
        // Raw: geometric means, women e^3.164130 = £23.668, men e^3.402188 = £30.030: 1 − 23.668 / 30.030 = 21.2%.
        // Accounted for: 1 − ln(0.9) / ln(1 − 0.211843) = 1 − 0.105361 / 0.238081 = 0.557 → 56%.
        var page = await PageAsync(Dashboard);

        Assert.Equal(
            "Within the same level, service and working pattern, women are paid 10.0% less than men (95% CI +2.8% to +16.6%). "
            + "Before adjustment, the gap in geometric mean hourly pay is +21.2%. "
            + "Differences in level, service and working pattern account for about 56% of it; the rest is among similar people.",
            Texts(page, "#it-function-adjusted-sentences li")[2]);
        Assert.Equal(["Hourly pay gap (geometric mean)", "+21.2%", "+10.0%", "+2.8% to +16.6%"],
            Row(page, "#it-function-adjusted-table", "Hourly pay gap (geometric mean)"));
        // Statutory: men's mean (3 × 20 + 3 × 25 + 8 × 30 + 8 × 37.5) / 22 = 675 / 22 = 30.6818, women's
        // (6 × 18 + 6 × 22.5 + 4 × 27 + 4 × 33.75) / 20 = 486 / 20 = 24.30: (30.6818 − 24.30) / 30.6818 = 20.8%.
        // Medians: men 30.00, women (22.50 + 22.50) / 2 = 22.50: 25.0%.
        Assert.Equal(["Statutory mean gap", "+20.8%", "–", "–"], Row(page, "#it-function-adjusted-table", "Statutory mean gap"));
        Assert.Equal(["Statutory median gap", "+25.0%", "–", "–"], Row(page, "#it-function-adjusted-table", "Statutory median gap"));
        Assert.Contains("they do not show why", Text(page, "#it-function-adjusted-meaning"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_promotion_odds_ratio_gives_its_plain_reason_when_no_one_was_promoted()
    {
        // Staff at the snapshot above level 1: 20 women and 22 men, none promoted.
        var page = await PageAsync(Dashboard);

        var sentence = Texts(page, "#it-function-adjusted-sentences li")[1];
        Assert.StartsWith("The adjusted odds ratio of being promoted cannot be calculated. Needs at least 5 women and 5 men who were promoted", sentence, StringComparison.Ordinal);
        Assert.Contains("there were 0 and 20 women, 0 and 22 men (42 people)", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("regression", sentence, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_projection_keeps_each_levels_share_and_the_leadership_share_says_why_there_is_none()
    {
        // No one joined, so each level's hires take its own women share: 12 / 18 at level 2, 8 / 24 at level 4.
        // Year 1 at the observed rates: level 2 keeps 0.6 × 12 = 7.2 women and hires 0.4 × 18 = 7.2 × 2/3 = 4.8;
        // level 4 keeps 0.8 × 8 = 6.4 and hires 0.2 × 24 × 1/3 = 1.6: 12 + 8 = 20 of 42 = 47.6%, the same every
        // year. The bootstrap's interval, around redrawn rates, holds that point in each year.
        var page = await PageAsync(Dashboard);

        var rows = page.QuerySelectorAll("#it-function-projection-table tbody tr").Select(r => r.Children.Select(c => Normalise(c.TextContent)).ToArray()).ToList();
        Assert.Equal(["Mar 2026", "Mar 2027", "Mar 2028", "Mar 2029", "Mar 2030"], rows.Select(r => r[0]));
        foreach (var row in rows)
        {
            var limits = row[2].Split('–').Select(Percent).ToArray();
            Assert.InRange(20.0 / 42 * 100, limits[0], limits[1]);
            Assert.Equal("No one at levels 5–6 at the snapshot date has a recorded gender, so there is no leadership share to project.", row[3]);
        }
        var chart = page.QuerySelector("section[aria-labelledby='it-function-behind-heading'] .eid-chart svg")
            ?? throw new Xunit.Sdk.XunitException("the projection has no chart");
        Assert.Contains("Women's projected share at current rates", chart.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_configured_target_of_30_percent_in_5_years_needs_28_percent_of_hires_to_be_women()
    {
        // With hiring share h at every level, a level of N keeping (1 − q) of its women each year has
        // W₅ = (1 − q)⁵·W₀ + h·N·(1 − (1 − q)⁵): level 2, 0.6⁵ = 0.07776: 0.93312 + 16.60032h; level 4,
        // 0.8⁵ = 0.32768: 2.62144 + 16.13568h. 30% of 42 = 12.6 = 3.55456 + 32.736h: h = 0.276315 → 28%.
        var page = await PageAsync(Dashboard);

        Assert.Equal("To reach a women's share of 30% by 2030, 28% of hires would need to be women, at every level.",
            Texts(page, "#it-function-projection-sentences li")[1]);
        Assert.Equal("30", page.QuerySelector("#it-function-target")!.GetAttribute("value"));
        Assert.Equal("5", page.QuerySelector("#it-function-years")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector(".govuk-error-summary"));
    }

    [Theory]
    // Year 1: women kept 7.2 + 6.4 = 13.6, vacancies 7.2 + 4.8 = 12; share (13.6 + 12h) / 42.
    // 50%: 21 − 13.6 = 7.4 = 12h, h = 0.616667 → 62%.
    [InlineData("50", "1", "To reach a women's share of 50% by 2026, 62% of hires would need to be women, at every level.")]
    // 70%: 29.4 − 13.6 = 15.8 > 12 vacancies.
    [InlineData("70", "1", "A women's share of 70% by 2026 cannot be reached by hiring alone: even if every hire were a woman, too few posts fall vacant at the current leaving and promotion rates.")]
    // 30%: 12.6 < 13.6 already kept.
    [InlineData("30%", "1", "A women's share of 30% by 2026 would be reached at the current leaving and promotion rates whoever is hired.")]
    public async Task Another_target_tried_on_the_page_is_worked_out_from_the_stored_flows(string target, string years, string expected)
    {
        var page = await PageAsync($"{Dashboard}?target={Uri.EscapeDataString(target)}&years={years}");

        Assert.Equal(expected, Texts(page, "#it-function-projection-sentences li")[1]);
        Assert.Null(page.QuerySelector(".govuk-error-summary"));
        Assert.Equal(years, page.QuerySelector("#it-function-years")!.GetAttribute("value"));
        // Worked again from the stored flows, the leadership share still says why there is none.
        Assert.Equal("No one at levels 5–6 at the snapshot date has a recorded gender, so there is no leadership share to project.",
            Normalise(page.QuerySelectorAll("#it-function-projection-table tbody tr")[0].Children[3].TextContent));
    }

    [Theory]
    [InlineData("abc", "9", "The women's share must be a whole number between 1 and 99", "The number of years must be a whole number between 1 and 5")]
    [InlineData("", "", "Enter the women's share to reach, as a percentage, like 30", "Enter the number of years, from 1 to 5")]
    [InlineData("100", "0", "The women's share must be a whole number between 1 and 99", "The number of years must be a whole number between 1 and 5")]
    public async Task A_wrong_target_says_what_is_wrong_with_each_field_and_keeps_the_configured_figure(string target, string years, string targetError, string yearsError)
    {
        var viewer = await app.SignedInClientAsync(Roles.Viewer, AnalysisApp.Code);
        using var response = await viewer.GetAsync($"{Dashboard}?target={Uri.EscapeDataString(target)}&years={Uri.EscapeDataString(years)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal([targetError, yearsError], Texts(page, "#it-function-target-error-summary li"));
        Assert.Equal("#it-function-target", page.QuerySelector("#it-function-target-error-summary a")!.GetAttribute("href"));
        Assert.Equal($"Error: {targetError}", Text(page, "#it-function-target-error"));
        Assert.Equal($"Error: {yearsError}", Text(page, "#it-function-years-error"));
        Assert.Contains("govuk-input--error", page.QuerySelector("#it-function-target")!.ClassName, StringComparison.Ordinal);
        Assert.Equal(target, page.QuerySelector("#it-function-target")!.GetAttribute("value"));
        // The configured 30% in 5 years stays, as worked out above.
        Assert.Equal("To reach a women's share of 30% by 2030, 28% of hires would need to be women, at every level.",
            Texts(page, "#it-function-projection-sentences li")[1]);
    }

    [Fact]
    public async Task The_briefing_carries_the_same_section_without_the_form()
    {
        var page = await PageAsync($"{Dashboard}/briefing");

        Assert.Equal("What lies behind the figures", Text(page, "#it-function-behind-heading"));
        Assert.StartsWith("Within the same level, service and working pattern, women are paid 10.0% less than men (95% CI +2.8% to +16.6%).",
            Texts(page, "#it-function-adjusted-sentences li")[2], StringComparison.Ordinal);
        Assert.Equal("To reach a women's share of 30% by 2030, 28% of hires would need to be women, at every level.",
            Texts(page, "#it-function-projection-sentences li")[1]);
        Assert.Null(page.QuerySelector("#it-function-target-form"));
        Assert.Contains("logistic regression", Normalise(page.QuerySelector(".eid-briefing__methods")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printed_briefing_reads_the_section_as_text()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<BriefingService>().RenderAsync(AnalysisApp.Code, null, "test:analyses", CancellationToken.None);
        var viewer = await app.SignedInClientAsync(Roles.Viewer, AnalysisApp.Code);
        var pdf = await viewer.GetByteArrayAsync($"/briefings/{id}/pdf");
        var path = Infrastructure.Browser.ArtifactPath("briefing-analyses.pdf");
        await File.WriteAllBytesAsync(path, pdf);

        var text = string.Join(' ', (await Programs.RunAsync("pdftotext", path, "-")).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

        Assert.Contains("What lies behind the figures", text, StringComparison.Ordinal);
        // As worked out above.
        Assert.Contains("women are paid 10.0% less than men (95% CI +2.8% to +16.6%)", text, StringComparison.Ordinal);
        Assert.Contains("28% of hires would need to be women", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Try another target", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_metrics_api_carries_the_adjusted_and_projection_ids()
    {
        var client = await app.SignedInClientAsync(Roles.Viewer, AnalysisApp.Code);
        var json = await client.GetStringAsync($"/api/organisations/{AnalysisApp.Code}/metrics");

        using var document = JsonDocument.Parse(json);
        var scope = document.RootElement.GetProperty("organisations").EnumerateArray().Single(s => s.GetProperty("scope").GetString() == "it_function");
        var metrics = scope.GetProperty("metrics");
        // As worked out above: 10.0% within levels, 1 within levels for leaving, 28% of hires.
        Assert.Equal(10.0, metrics.GetProperty("adjusted.pay_gap").GetProperty("value").GetDouble(), 3);
        Assert.Equal(21.184317, metrics.GetProperty("adjusted.pay_gap").GetProperty("unadjusted").GetDouble(), 4);
        Assert.Equal(1.0, metrics.GetProperty("adjusted.leaving_odds_ratio").GetProperty("value").GetDouble(), 3);
        Assert.Equal(JsonValueKind.Null, metrics.GetProperty("adjusted.promotion_odds_ratio").GetProperty("value").ValueKind);
        Assert.Equal(0.276315, metrics.GetProperty("projection.hiring_share_needed").GetProperty("value").GetDouble(), 5);
        Assert.Equal(JsonValueKind.Number, metrics.GetProperty("projection.women_share.year.5").GetProperty("ci_high").ValueKind);
        Assert.Equal(JsonValueKind.Null, metrics.GetProperty("projection.leadership_share.year.1").GetProperty("value").ValueKind);
    }

    private async Task<IDocument> PageAsync(string url)
    {
        var viewer = await app.SignedInClientAsync(Roles.Viewer, AnalysisApp.Code);
        return await new HtmlParser().ParseDocumentAsync(await viewer.GetStringAsync(url));
    }

    private static double Percent(string text) => double.Parse(text.TrimEnd('%'), CultureInfo.GetCultureInfo("en-GB"));

    private static string Text(IDocument page, string selector) =>
        Normalise((page.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"{selector} is not on the page")).TextContent);

    private static List<string> Texts(IDocument page, string selector) => page.QuerySelectorAll(selector).Select(e => Normalise(e.TextContent)).ToList();

    private static string[] Row(IDocument page, string table, string label)
    {
        var row = page.QuerySelectorAll($"{table} tbody tr")
            .FirstOrDefault(r => Normalise(r.QuerySelector("th")!.TextContent) == label)
            ?? throw new Xunit.Sdk.XunitException($"{table} has no row '{label}'");
        return row.Children.Select(c => Normalise(c.TextContent)).ToArray();
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>The same, on a real socket, for browser tests.</summary>
public sealed class AnalysisServer : AnalysisApp
{
    protected override bool WithKestrel => true;
}
